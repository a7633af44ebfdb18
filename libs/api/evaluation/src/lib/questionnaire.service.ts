import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows, TransactionalEvent } from '@koko/api/core/database';
import { EvaluationAuditedEvent, EvaluationEvents } from '@koko/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { ItemInput, QuestionnaireInput } from './dto/questionnaire.input';
import { EvaluationErrorCode, EvaluationException } from './evaluation.exception';
import { Item, ItemKind, Questionnaire, QuestionnaireSummary, QuestionnaireVersion, QuestionnaireVersionRow, scalePoints, Section } from './questionnaire.entity';

/** Why a questionnaire is refused; each has its own translated message (evaluation.exception.ts). */
export enum QuestionnaireProblem {
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  LIKERT_ENDS = 'LIKERT_ENDS',
  TOO_FEW_OPTIONS = 'TOO_FEW_OPTIONS',
  DUPLICATE_OPTION_VALUE = 'DUPLICATE_OPTION_VALUE',
  OPTIONS_NOT_ALLOWED = 'OPTIONS_NOT_ALLOWED',
  NUMERIC_RANGE = 'NUMERIC_RANGE',
  RANGE_NOT_ALLOWED = 'RANGE_NOT_ALLOWED',
  NO_ANSWER_ON_TEXT = 'NO_ANSWER_ON_TEXT',
}

/** What is wrong with an item, or null. Checked before anything is written. */
export function itemProblem(item: ItemInput): QuestionnaireProblem | null {
  const points = scalePoints(item.kind);
  if (points && !(item.lowLabel && item.lowLabelEn && item.highLabel && item.highLabelEn)) return QuestionnaireProblem.LIKERT_ENDS;
  if (item.kind === ItemKind.SINGLE || item.kind === ItemKind.MULTIPLE) {
    if (item.options.length < 2) return QuestionnaireProblem.TOO_FEW_OPTIONS;
    if (new Set(item.options.map((o) => o.value)).size !== item.options.length) return QuestionnaireProblem.DUPLICATE_OPTION_VALUE;
  } else if (item.options.length) return QuestionnaireProblem.OPTIONS_NOT_ALLOWED;
  if (item.kind !== ItemKind.NUMERIC && (item.minValue != null || item.maxValue != null)) return QuestionnaireProblem.RANGE_NOT_ALLOWED;
  if (item.kind === ItemKind.NUMERIC && item.minValue != null && item.maxValue != null && item.minValue >= item.maxValue) return QuestionnaireProblem.NUMERIC_RANGE;
  if (item.allowNoAnswer && item.kind === ItemKind.TEXT) return QuestionnaireProblem.NO_ANSWER_ON_TEXT;
  return null;
}

/** Questionnaires and their versions; a version with responses is frozen. */
@Injectable()
export class QuestionnaireService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
  ) {}

  async list(): Promise<QuestionnaireSummary[]> {
    const questionnaires = await this.db.manager.find(Questionnaire, { order: { createdAt: 'DESC', id: 'ASC' } });
    const versions = questionnaires.length
      ? await this.db.manager.find(QuestionnaireVersionRow, { where: { questionnaireId: In(questionnaires.map((q) => q.id)) }, order: { number: 'DESC' } })
      : [];
    const frozen = await this.frozenVersionIds(this.db.manager, versions.map((v) => v.id));
    return questionnaires.map((q) => ({
      id: q.id,
      title: q.title,
      titleEn: q.titleEn,
      versions: versions.filter((v) => v.questionnaireId === q.id).map((v) => ({ id: v.id, number: v.number, createdAt: v.createdAt, frozen: frozen.has(v.id) })),
    }));
  }

  async version(versionId: string, m: EntityManager = this.db.manager): Promise<QuestionnaireVersion> {
    const row = await m.findOneBy(QuestionnaireVersionRow, { id: versionId });
    if (!row) throw new EvaluationException(EvaluationErrorCode.QUESTIONNAIRE_NOT_FOUND);
    const questionnaire = await m.findOneByOrFail(Questionnaire, { id: row.questionnaireId });
    const sections = await m.find(Section, { where: { versionId }, order: { position: 'ASC' } });
    const items = await m.find(Item, { where: { versionId }, order: { position: 'ASC' } });
    for (const s of sections) s.items = items.filter((i) => i.sectionId === s.id);
    const frozen = await this.frozenVersionIds(m, [versionId]);
    return { id: row.id, questionnaireId: row.questionnaireId, title: questionnaire.title, titleEn: questionnaire.titleEn, number: row.number, frozen: frozen.has(row.id), sections };
  }

  async create(actor: AuthUser, input: QuestionnaireInput): Promise<QuestionnaireVersion> {
    this.check(input);
    return this.db.transaction(async (m) => {
      const q = await m.save(m.create(Questionnaire, { title: input.title, titleEn: input.titleEn }));
      const v = await m.save(m.create(QuestionnaireVersionRow, { questionnaireId: q.id, number: 1 }));
      await this.writeContent(m, v.id, input);
      await this.audit(m, actor, 'evaluation-questionnaire.created', q.id, { version: 1 });
      return this.version(v.id, m);
    });
  }

  /**
   * Saves a questionnaire's content: into its newest version while no response exists, else into
   * a new version (surveys keep the version they were made with).
   */
  async save(actor: AuthUser, questionnaireId: string, input: QuestionnaireInput): Promise<QuestionnaireVersion> {
    this.check(input);
    return this.db.transaction(async (m) => {
      // Locks the newest version: answering takes a key-share lock on it through the foreign key.
      const [latest] = await sqlRows<{ id: string; number: number }>(
        m,
        `SELECT id, number FROM evaluation_questionnaire_versions WHERE questionnaire_id = $1 ORDER BY number DESC LIMIT 1 FOR UPDATE`,
        [questionnaireId],
      );
      if (!latest) throw new EvaluationException(EvaluationErrorCode.QUESTIONNAIRE_NOT_FOUND);
      await m.update(Questionnaire, { id: questionnaireId }, { title: input.title, titleEn: input.titleEn });
      let versionId = latest.id;
      if ((await this.frozenVersionIds(m, [latest.id])).has(latest.id)) {
        versionId = (await m.save(m.create(QuestionnaireVersionRow, { questionnaireId, number: latest.number + 1 }))).id;
      } else {
        await m.delete(Section, { versionId });
      }
      await this.writeContent(m, versionId, input);
      await this.audit(m, actor, 'evaluation-questionnaire.saved', questionnaireId, { versionId });
      return this.version(versionId, m);
    });
  }

  private check(input: QuestionnaireInput): void {
    const items = input.sections.flatMap((s) => s.items);
    const codes = items.map((i) => i.code.toLowerCase());
    const duplicate = items.find((_, i) => codes.indexOf(codes[i]) !== i);
    if (duplicate) throw new EvaluationException(EvaluationErrorCode.INVALID_QUESTIONNAIRE, { item: duplicate.code, problem: QuestionnaireProblem.DUPLICATE_CODE });
    for (const item of items) {
      const problem = itemProblem(item);
      if (problem) throw new EvaluationException(EvaluationErrorCode.INVALID_QUESTIONNAIRE, { item: item.code, problem });
    }
  }

  private async writeContent(m: EntityManager, versionId: string, input: QuestionnaireInput): Promise<void> {
    for (const [sIndex, s] of input.sections.entries()) {
      const section = await m.save(m.create(Section, { versionId, position: sIndex + 1, title: s.title, titleEn: s.titleEn }));
      await m.insert(
        Item,
        s.items.map((i, iIndex) => ({
          versionId,
          sectionId: section.id,
          position: iIndex + 1,
          code: i.code,
          kind: i.kind,
          text: i.text,
          textEn: i.textEn,
          lowLabel: i.lowLabel ?? null,
          lowLabelEn: i.lowLabelEn ?? null,
          highLabel: i.highLabel ?? null,
          highLabelEn: i.highLabelEn ?? null,
          allowNoAnswer: i.allowNoAnswer,
          required: i.required,
          options: i.options.map((o) => ({ value: o.value, label: o.label, labelEn: o.labelEn })),
          minValue: i.minValue ?? null,
          maxValue: i.maxValue ?? null,
        })),
      );
    }
  }

  private async frozenVersionIds(m: EntityManager, versionIds: string[]): Promise<Set<string>> {
    if (!versionIds.length) return new Set();
    const rows = await sqlRows<{ version_id: string }>(m, `SELECT DISTINCT version_id FROM evaluation_responses WHERE version_id = ANY($1::uuid[])`, [versionIds]);
    return new Set(rows.map((r) => r.version_id));
  }

  private async audit(m: EntityManager, actor: AuthUser, action: string, entityId: string, after: Record<string, unknown>): Promise<void> {
    const payload: EvaluationAuditedEvent = { actorId: actor.id, action, entityType: 'evaluation_questionnaire', entityId, cohortId: null, after };
    await this.events.emitAsync(EvaluationEvents.Audited, { payload, manager: m } satisfies TransactionalEvent<EvaluationAuditedEvent>);
  }
}
