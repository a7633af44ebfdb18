import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { QuestionnaireService } from './questionnaire.service';
import { SurveyWave } from './survey.entity';
import { SurveyService } from './survey.service';
import { ItemKind } from './questionnaire.entity';

export const DEMO_PRE_SURVEY = 'Eingangsbefragung Durchgang 2025';
const DAY = 86_400_000;
/** The demo's surveys lie in the past, with their answers. */
const HISTORIC = { historic: true };
const ends = { lowLabel: 'trifft gar nicht zu', lowLabelEn: 'does not apply at all', highLabel: 'trifft voll zu', highLabelEn: 'fully applies' };

/** Self-generated codes (Pöge): the post answers repeat them, one with a slip in one part, one without a code. */
const CODES = ['MJ07K2', 'AS12B0', 'EH23D1', 'KP05M3', 'SL30W0'];
const POST_CODES = ['MJ07K2', 'AS12B0', 'EH23D1', 'SL30W1', null];

/**
 * Demo data of the evaluation (owned here, called by the demo seed): a pre and a post survey of the
 * finished cohort above the minimum group size, linked by self-generated codes, and a module survey
 * with too few responses to show anything. Answers are written as anonymously as real ones.
 */
@Injectable()
export class EvaluationDemoData {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly questionnaires: QuestionnaireService,
    private readonly surveys: SurveyService,
  ) {}

  /** True when it created the surveys (false when they exist already). */
  async seed(actor: AuthUser, cohort: { id: string; start: Date; end: Date; firstModuleId: string }): Promise<boolean> {
    const { id: cohortId, start: cohortStart, end: cohortEnd } = cohort;
    if ((await sqlRows(this.db, `SELECT 1 FROM evaluation_surveys WHERE title = $1`, [DEMO_PRE_SURVEY])).length) return false;
    const version = await this.questionnaires.create(actor, {
      title: 'Wirkung der Qualifizierung',
      titleEn: 'Effect of the training',
      sections: [
        {
          title: 'Ihre Einschätzung',
          titleEn: 'Your view',
          items: [
            { code: 'prep', kind: ItemKind.LIKERT5, text: 'Ich fühle mich auf Konflikte in meiner Kommune gut vorbereitet.', textEn: 'I feel well prepared for conflicts in my municipality.', ...ends, allowNoAnswer: true, required: true, options: [] },
            { code: 'moderate', kind: ItemKind.LIKERT7, text: 'Ich traue mir zu, ein Konfliktgespräch zu moderieren.', textEn: 'I am confident to moderate a conflict talk.', ...ends, allowNoAnswer: true, required: false, options: [] },
            { code: 'wish', kind: ItemKind.TEXT, text: 'Was möchten Sie uns noch mitteilen?', textEn: 'Is there anything else you would like to tell us?', allowNoAnswer: false, required: false, options: [] },
          ],
        },
      ],
    });
    const items = Object.fromEntries(version.sections.flatMap((s) => s.items.map((i) => [i.code, i.id])));
    const period = (from: Date) => ({ opensAt: from, closesAt: new Date(from.getTime() + 14 * DAY) });
    const pre = await this.surveys.create(actor, { versionId: version.id, cohortId, wave: SurveyWave.PRE, title: DEMO_PRE_SURVEY, titleEn: 'Entry survey, cohort 2025', ...period(cohortStart) }, HISTORIC);
    const post = await this.surveys.create(actor, { versionId: version.id, cohortId, wave: SurveyWave.POST, title: 'Abschlussbefragung Durchgang 2025', titleEn: 'Final survey, cohort 2025', ...period(new Date(cohortEnd.getTime() - 7 * DAY)) }, HISTORIC);
    const mod = await this.surveys.create(
      actor,
      {
        versionId: version.id,
        cohortId,
        wave: SurveyWave.MODULE,
        moduleId: cohort.firstModuleId,
        title: 'Befragung nach Modul 1, Durchgang 2025',
        titleEn: 'Survey after module 1, cohort 2025',
        ...period(new Date(cohortStart.getTime() + 30 * DAY)),
      },
      HISTORIC,
    );
    const texts = ['Mehr Zeit für Fallbesprechungen wäre gut.', 'Die Praxisbeispiele aus anderen Kommunen haben sehr geholfen.', 'Bitte die Unterlagen früher verschicken.'];
    await this.respond(pre.id, pre.invited, CODES, (i) => ({ prep: 2 + (i % 2), moderate: 3 + (i % 3), text: i < 2 ? texts[i] : null }), items);
    await this.respond(post.id, post.invited, POST_CODES, (i) => ({ prep: 4 + (i % 2), moderate: 5 + (i % 3), text: i === 0 ? texts[1] : null }), items);
    await this.respond(mod.id, mod.invited, [null, null, null], (i) => ({ prep: 3 + (i % 2), moderate: 4, text: i === 0 ? texts[2] : null }), items);
    return true;
  }

  /** Stores responses as answering does (no person, no time) and marks as many invitations answered. */
  private async respond(
    surveyId: string,
    invited: number,
    codes: Array<string | null>,
    answer: (i: number) => { prep: number; moderate: number; text: string | null },
    items: Record<string, string>,
  ): Promise<void> {
    const n = Math.min(invited, codes.length);
    const survey = await sqlOne<{ version_id: string; wave: string }>(this.db, `SELECT version_id, wave FROM evaluation_surveys WHERE id = $1`, [surveyId]);
    for (let i = 0; i < n; i++) {
      const a = answer(i);
      const row = await sqlOne<{ id: string }>(this.db, `INSERT INTO evaluation_responses (survey_id, version_id, wave, code) VALUES ($1, $2, $3, $4) RETURNING id`, [
        surveyId,
        survey.version_id,
        survey.wave,
        codes[i],
      ]);
      await sqlRun(this.db, `INSERT INTO evaluation_answers (response_id, item_id, value) VALUES ($1, $2, $3), ($1, $4, $5)`, [row.id, items['prep'], a.prep, items['moderate'], a.moderate]);
      if (a.text) await sqlRun(this.db, `INSERT INTO evaluation_answers (response_id, item_id, text) VALUES ($1, $2, $3)`, [row.id, items['wish'], a.text]);
    }
    await sqlRun(
      this.db,
      `UPDATE evaluation_invitations SET answered = true, token_hash = NULL, reminder_token_hash = NULL
        WHERE (survey_id, user_id) IN (SELECT survey_id, user_id FROM evaluation_invitations WHERE survey_id = $1 ORDER BY random() LIMIT $2)`,
      [surveyId, n],
    );
  }
}
