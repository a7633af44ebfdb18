import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRun, UNLOGGED_PARAMETERS } from '@koko/api/core/database';
import { DataSource, EntityManager } from 'typeorm';
import { AnswerInput, AnswerSurveyInput } from './dto/survey.input';
import { EvaluationErrorCode, EvaluationException } from './evaluation.exception';
import { Item, ItemKind, scalePoints } from './questionnaire.entity';
import { SurveyInvitees } from './survey-invitees';
import { SurveyService } from './survey.service';

interface StoredAnswer {
  item_id: string;
  value: number | null;
  choices: number[] | null;
  text: string | null;
  no_answer: boolean;
  not_for_publication: boolean;
}

/** The stored form of one answer, or null when it does not fit its item. */
export function storedAnswer(item: Item, a: AnswerInput): StoredAnswer | null {
  const base = { item_id: item.id, value: null, choices: null, text: null, no_answer: false, not_for_publication: false };
  if (a.noAnswer) {
    const empty = a.value == null && !a.choices?.length && !a.text;
    return item.allowNoAnswer && empty ? { ...base, no_answer: true } : null;
  }
  if (a.notForPublication && item.kind !== ItemKind.TEXT) return null;
  const options = new Set(item.options.map((o) => o.value));
  switch (item.kind) {
    case ItemKind.LIKERT5:
    case ItemKind.LIKERT7: {
      const points = scalePoints(item.kind) ?? 0;
      return a.value != null && a.value >= 1 && a.value <= points && !a.choices && a.text == null ? { ...base, value: a.value } : null;
    }
    case ItemKind.SINGLE:
      return a.value != null && options.has(a.value) && !a.choices && a.text == null ? { ...base, value: a.value } : null;
    case ItemKind.MULTIPLE: {
      const choices = a.choices ?? [];
      const valid = choices.length > 0 && new Set(choices).size === choices.length && choices.every((c) => options.has(c));
      return valid && a.value == null && a.text == null ? { ...base, choices: [...choices].sort((x, y) => x - y) } : null;
    }
    case ItemKind.NUMERIC: {
      const inRange = a.value != null && (item.minValue == null || a.value >= item.minValue) && (item.maxValue == null || a.value <= item.maxValue);
      return inRange && !a.choices && a.text == null ? { ...base, value: a.value ?? null } : null;
    }
    case ItemKind.TEXT: {
      const text = a.text?.trim() ?? '';
      return text && a.value == null && !a.choices ? { ...base, text, not_for_publication: a.notForPublication } : null;
    }
  }
}

/** Answering a survey: once, in one transaction, leaving nothing that names the respondent. */
@Injectable()
export class AnswerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveyService,
    private readonly invitees: SurveyInvitees,
  ) {}

  async answer(user: AuthUser, input: AnswerSurveyInput): Promise<boolean> {
    return this.db.transaction((m) => this.answerAs(m, user.id, input));
  }

  /** Answers through a mail's one-time link: the token names the invitation (and is then discarded). */
  async answerByLink(token: string, input: AnswerSurveyInput): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const holder = await this.surveys.linkHolder(m, token, true);
      if (holder.surveyId !== input.surveyId) throw new EvaluationException(EvaluationErrorCode.SURVEY_LINK_INVALID);
      return this.answerAs(m, holder.userId, input);
    });
  }

  private async answerAs(m: EntityManager, userId: string, input: AnswerSurveyInput): Promise<boolean> {
    // The invitation row is the once-only lock: a second submission waits here and then finds it answered.
    const { survey } = await this.surveys.answerable(m, userId, input.surveyId, true);
    // Key-share lock on the version: an edit of its content cannot run meanwhile (it locks FOR UPDATE).
    await sqlRun(m, `SELECT 1 FROM evaluation_questionnaire_versions WHERE id = $1 FOR SHARE`, [survey.versionId]);
    const items = await m.find(Item, { where: { versionId: survey.versionId } });
    const byId = new Map(items.map((i) => [i.id, i]));
    const stored: StoredAnswer[] = [];
    const seen = new Set<string>();
    for (const a of input.answers) {
      const item = byId.get(a.itemId);
      if (!item || seen.has(a.itemId)) throw new EvaluationException(EvaluationErrorCode.INVALID_ANSWER, { item: item?.code ?? '?' });
      seen.add(a.itemId);
      const s = storedAnswer(item, a);
      if (!s) throw new EvaluationException(EvaluationErrorCode.INVALID_ANSWER, { item: item.code });
      stored.push(s);
    }
    const missing = items.find((i) => i.required && !seen.has(i.id));
    if (missing) throw new EvaluationException(EvaluationErrorCode.INVALID_ANSWER, { item: missing.code });
    const municipalityId = await this.invitees.municipalityOf(m, survey, userId);
    // One statement: the response's random id is made and used inside PostgreSQL, so it appears in
    // no parameter next to the respondent's id; its parameters (the answers) stay out of the
    // statement log (DB_LOG_QUERIES), where the same request also logs the respondent's invitation.
    await sqlRun(
      m,
      `${UNLOGGED_PARAMETERS}
       WITH r AS (
         INSERT INTO evaluation_responses (survey_id, version_id, wave, municipality_id, code) VALUES ($1, $2, $3, $4, $5) RETURNING id
       )
       INSERT INTO evaluation_answers (response_id, item_id, value, choices, text, no_answer, not_for_publication)
       SELECT r.id, a.item_id, a.value, a.choices, a.text, a.no_answer, a.not_for_publication
         FROM r CROSS JOIN jsonb_to_recordset($6::jsonb)
           AS a(item_id uuid, value integer, choices integer[], text text, no_answer boolean, not_for_publication boolean)`,
      [survey.id, survey.versionId, survey.wave, municipalityId, input.code ? input.code.toUpperCase() : null, JSON.stringify(stored)],
    );
    await sqlRun(m, `UPDATE evaluation_invitations SET answered = true, token_hash = NULL, reminder_token_hash = NULL WHERE survey_id = $1 AND user_id = $2`, [survey.id, userId]);
    return true;
  }
}
