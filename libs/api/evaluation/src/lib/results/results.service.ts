import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRows } from '@koko/api/core/database';
import { MunicipalityDirectory } from '@koko/api/catalogue';
import { Role } from '@koko/shared';
import { randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ResultGrouping } from '../dto/survey.input';
import { ItemResult, OptionCount, ResultGroup, SurveyResults } from '../dto/survey.model';
import { Item, ItemKind, scalePoints } from '../questionnaire.entity';
import { SurveyService } from '../survey.service';
import { mean, median, suppressedGroups } from './suppression';

export interface AnswerRow {
  response_id: string;
  item_id: string;
  value: number | null;
  choices: number[] | null;
  text: string | null;
  no_answer: boolean;
  not_for_publication: boolean;
}

/** Fisher–Yates with a cryptographic source: the order says nothing about who wrote what when. */
function shuffled<T>(values: readonly T[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Aggregated results, computed and suppressed on the server: no figure for a group (the whole
 * survey, a municipality, an item within a group) with fewer than `EVALUATION_MIN_GROUP`
 * responses, and none that could be worked out from the total and the other groups.
 */
@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly surveys: SurveyService,
    private readonly municipalities: MunicipalityDirectory,
  ) {}

  get minGroup(): number {
    return Math.max(3, this.config.evaluation.minGroup);
  }

  async results(viewer: AuthUser, surveyId: string, grouping: ResultGrouping): Promise<SurveyResults> {
    const survey = await this.surveys.forResults(viewer, surveyId);
    const min = this.minGroup;
    const items = await this.db.manager.find(Item, { where: { versionId: survey.versionId }, order: { sectionId: 'ASC', position: 'ASC' } });
    const ordered = await this.orderedItems(survey.versionId, items);
    const [{ invited }] = await sqlRows<{ invited: number }>(this.db, `SELECT count(*)::int AS invited FROM evaluation_invitations WHERE survey_id = $1`, [surveyId]);
    const responses = await sqlRows<{ id: string; municipality_id: string | null }>(
      this.db,
      `SELECT id, municipality_id FROM evaluation_responses WHERE survey_id = $1`,
      [surveyId],
    );
    const total = responses.length;
    const shown = total >= min;
    // Texts the respondent kept from publication reach the evaluation team only.
    const readsUnpublished = viewer.roles.includes(Role.EVALUATION);
    const answers = shown
      ? await sqlRows<AnswerRow>(
          this.db,
          `SELECT a.response_id, a.item_id, a.value, a.choices, a.text, a.no_answer, a.not_for_publication
             FROM evaluation_answers a JOIN evaluation_responses r ON r.id = a.response_id WHERE r.survey_id = $1`,
          [surveyId],
        )
      : [];
    const visibleAnswers = answers.filter((a) => readsUnpublished || !a.not_for_publication);
    const base: SurveyResults = {
      surveyId,
      title: survey.title,
      titleEn: survey.titleEn,
      wave: survey.wave,
      minGroup: min,
      invited,
      suppressed: !shown,
      responses: shown ? total : null,
      responseRate: shown && invited ? Math.round((total / invited) * 1000) / 1000 : null,
      items: ordered.map((item) => this.itemResult(item, shown ? visibleAnswers.filter((a) => a.item_id === item.id) : [], !shown)),
      groups: [],
    };
    // The item figures of the whole survey: an item answered by too few is hidden as well.
    base.items = base.items.map((r) => (r.answered != null && r.answered + (r.noAnswer ?? 0) < min ? this.hidden(r) : r));
    if (grouping === ResultGrouping.MUNICIPALITY && shown) base.groups = await this.byMunicipality(ordered, responses, visibleAnswers, base.items);
    return base;
  }

  private async byMunicipality(items: Item[], responses: Array<{ id: string; municipality_id: string | null }>, answers: AnswerRow[], totalItems: ItemResult[]): Promise<ResultGroup[]> {
    const keys = [...new Set(responses.map((r) => r.municipality_id ?? 'unknown'))];
    const names = new Map((await this.municipalities.byIds(keys.filter((k) => k !== 'unknown'))).map((m) => [m.id, m.name]));
    return this.groupFigures(items, responses, answers, totalItems, names);
  }

  /**
   * The figures per municipality of one survey whose total is shown, with primary and complementary
   * suppression (groups, then items within groups). Pure: the Kommune page reuses it for one group.
   */
  groupFigures(items: Item[], responses: Array<{ id: string; municipality_id: string | null }>, answers: AnswerRow[], totalItems: ItemResult[], names: ReadonlyMap<string, string>): ResultGroup[] {
    const min = this.minGroup;
    const keyOf = (r: { municipality_id: string | null }) => r.municipality_id ?? 'unknown';
    const keys = [...new Set(responses.map(keyOf))];
    const groupOf = new Map(responses.map((r) => [r.id, keyOf(r)]));
    const counts = keys.map((k) => responses.filter((r) => keyOf(r) === k).length);
    // The total is shown (otherwise no group is computed), so complementary suppression applies.
    const hiddenGroups = suppressedGroups(counts, min, true);
    const perGroup = keys.map((k, g) => items.map((item) => this.itemResult(item, answers.filter((a) => a.item_id === item.id && groupOf.get(a.response_id) === k), hiddenGroups[g])));
    // Per item: a group whose answers to it are too few is hidden, and complemented like groups.
    items.forEach((_, i) => {
      const totalShown = !totalItems[i].suppressed;
      const itemCounts = perGroup.map((g) => (g[i].answered ?? 0) + (g[i].noAnswer ?? 0));
      const hidden = suppressedGroups(itemCounts, min, totalShown, hiddenGroups);
      perGroup.forEach((g, gi) => {
        if (hidden[gi]) g[i] = this.hidden(g[i]);
      });
    });
    const groups = keys.map((k, g) => ({
      key: k,
      label: names.get(k) ?? '—',
      suppressed: hiddenGroups[g],
      responses: hiddenGroups[g] ? null : counts[g],
      items: perGroup[g],
    }));
    return groups.sort((a, b) => a.label.localeCompare(b.label, 'de'));
  }

  private async orderedItems(versionId: string, items: Item[]): Promise<Item[]> {
    const sections = await sqlRows<{ id: string }>(this.db, `SELECT id FROM evaluation_sections WHERE version_id = $1 ORDER BY position`, [versionId]);
    const rank = new Map(sections.map((s, i) => [s.id, i]));
    return [...items].sort((a, b) => (rank.get(a.sectionId) ?? 0) - (rank.get(b.sectionId) ?? 0) || a.position - b.position);
  }

  hidden(r: ItemResult): ItemResult {
    return { ...r, suppressed: true, answered: null, noAnswer: null, mean: null, median: null, distribution: [], texts: [] };
  }

  itemResult(item: Item, answers: AnswerRow[], suppressed: boolean): ItemResult {
    const head = { itemId: item.id, code: item.code, kind: item.kind, text: item.text, textEn: item.textEn };
    const empty: ItemResult = { ...head, suppressed: true, answered: null, noAnswer: null, mean: null, median: null, distribution: [], texts: [] };
    if (suppressed) return empty;
    const noAnswer = answers.filter((a) => a.no_answer).length;
    const given = answers.filter((a) => !a.no_answer);
    const values = given.map((a) => a.value).filter((v): v is number => v != null);
    const result: ItemResult = { ...head, suppressed: false, answered: given.length, noAnswer, mean: null, median: null, distribution: [], texts: [] };
    const points = scalePoints(item.kind);
    if (points) {
      result.distribution = Array.from({ length: points }, (_, i) => this.option(i + 1, i === 0 ? item.lowLabel : i === points - 1 ? item.highLabel : null, i === 0 ? item.lowLabelEn : i === points - 1 ? item.highLabelEn : null, values));
      result.mean = mean(values);
      result.median = median(values);
    } else if (item.kind === ItemKind.SINGLE) {
      result.distribution = item.options.map((o) => this.option(o.value, o.label, o.labelEn, values));
    } else if (item.kind === ItemKind.MULTIPLE) {
      const chosen = given.flatMap((a) => a.choices ?? []);
      result.distribution = item.options.map((o) => this.option(o.value, o.label, o.labelEn, chosen));
    } else if (item.kind === ItemKind.NUMERIC) {
      result.mean = mean(values);
      result.median = median(values);
    } else {
      result.texts = shuffled(given.map((a) => a.text ?? '').filter(Boolean));
    }
    return result;
  }

  private option(value: number, label: string | null, labelEn: string | null, values: number[]): OptionCount {
    return { value, label: label ?? String(value), labelEn: labelEn ?? String(value), count: values.filter((v) => v === value).length };
  }
}
