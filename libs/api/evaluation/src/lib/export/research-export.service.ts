import { Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows } from '@koko/api/core/database';
import { ExportFile } from '@koko/api/core/graphql';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { EvaluationErrorCode, EvaluationException } from '../evaluation.exception';
import { Item } from '../questionnaire.entity';
import { QuestionnaireService } from '../questionnaire.service';
import { ResultsService } from '../results/results.service';
import { Survey } from '../survey.entity';
import { SurveyService } from '../survey.service';
import { codebook } from './codebook';
import { csvOf, ExportColumn, ExportItem, ExportResponse, itemColumns, responseColumns, spsOf } from './research-export';
import { researchR } from './research-r';

@ObjectType({ description: 'The raw data of a survey for research: CSV (UTF-8), SPSS syntax and an R script with labels, and the codebook.' })
export class ResearchExport {
  @Field(() => ExportFile) csv!: ExportFile;
  @Field(() => ExportFile, { description: 'SPSS / GNU PSPP syntax: reads the CSV (same folder), labels, missing values, writes a .sav.' }) sps!: ExportFile;
  @Field(() => ExportFile, { description: 'An R script (base R) that reads the CSV (same folder) with variable and value labels.' }) r!: ExportFile;
  @Field(() => ExportFile, { description: 'The codebook of the questionnaire version (Markdown).' }) codebook!: ExportFile;
}

interface AnswerRow {
  response_id: string;
  wave: string;
  code: string | null;
  item_id: string | null;
  value: number | null;
  choices: number[] | null;
  text: string | null;
  no_answer: boolean | null;
  not_for_publication: boolean | null;
}

const text = (filename: string, content: string, contentType = 'text/plain; charset=utf-8'): ExportFile => ({ filename, contentType, content, base64: false });

/**
 * Raw exports for the Evaluation role: one row per response in random order, no response id, no
 * municipality, no free text the respondent kept from publication; only from the minimum group
 * size up; every download is audit-logged.
 */
@Injectable()
export class ResearchExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveyService,
    private readonly results: ResultsService,
    private readonly questionnaires: QuestionnaireService,
  ) {}

  async raw(actor: AuthUser, surveyId: string): Promise<ResearchExport> {
    const survey = await this.surveys.get(surveyId);
    return this.db.transaction(async (m) => {
      const { responses, items } = await this.load(m, survey);
      if (responses.length < this.results.minGroup) throw new EvaluationException(EvaluationErrorCode.TOO_FEW_RESPONSES, { min: this.results.minGroup });
      const columns = [...responseColumns(), ...itemColumns(items)];
      const base = `befragung-${survey.id.slice(0, 8)}`;
      await this.surveys.audit(m, actor, 'evaluation-survey.raw-exported', survey, { responses: responses.length });
      return {
        csv: text(`${base}.csv`, csvOf(columns, responses), 'text/csv; charset=utf-8'),
        sps: text(`${base}.sps`, spsOf(columns, `${base}.csv`, `${base}.sav`)),
        r: text(`${base}.R`, researchR(columns, `${base}.csv`)),
        codebook: await this.codebookFile(survey.versionId, m),
      };
    });
  }

  /** The codebook of a questionnaire version: every export column with its labels and values. */
  async codebookFile(versionId: string, m: EntityManager = this.db.manager): Promise<ExportFile> {
    const version = await this.questionnaires.version(versionId, m);
    const items = version.sections.flatMap((s) => s.items).map(toExportItem);
    const content = codebook({ title: version.title, titleEn: version.titleEn, version: version.number, minGroup: this.results.minGroup }, [...responseColumns(), ...itemColumns(items)]);
    return text(`codebuch-${version.questionnaireId.slice(0, 8)}-v${version.number}.md`, content, 'text/markdown; charset=utf-8');
  }

  /** A survey's responses (random order, without texts kept from publication) and its items in questionnaire order. */
  async load(m: EntityManager, survey: Survey): Promise<{ responses: ExportResponse[]; items: ExportItem[]; columns: ExportColumn[] }> {
    const rows = await sqlRows<AnswerRow>(
      m,
      `SELECT r.id AS response_id, r.wave, r.code, a.item_id, a.value, a.choices, a.text, a.no_answer, a.not_for_publication
         FROM evaluation_responses r LEFT JOIN evaluation_answers a ON a.response_id = r.id
        WHERE r.survey_id = $1`,
      [survey.id],
    );
    const items = await m.find(Item, { where: { versionId: survey.versionId }, order: { position: 'ASC' } });
    const ordered = await this.ordered(m, survey.versionId, items);
    const codeOf = new Map(items.map((i) => [i.id, i.code]));
    const byResponse = new Map<string, ExportResponse>();
    for (const row of rows) {
      let r = byResponse.get(row.response_id);
      if (!r) byResponse.set(row.response_id, (r = { wave: row.wave, code: row.code, answers: new Map() }));
      if (!row.item_id || row.not_for_publication) continue;
      r.answers.set(codeOf.get(row.item_id) ?? row.item_id, { value: row.value, choices: row.choices, text: row.text, noAnswer: row.no_answer ?? false });
    }
    // Random order: the rows say nothing about who answered when.
    const responses = [...byResponse.values()].map((r) => ({ r, k: randomInt(2 ** 30) })).sort((a, b) => a.k - b.k).map((x) => x.r);
    const exportItems = ordered.map(toExportItem);
    return { responses, items: exportItems, columns: itemColumns(exportItems) };
  }

  private async ordered(m: EntityManager, versionId: string, items: Item[]): Promise<Item[]> {
    const sections = await sqlRows<{ id: string }>(m, `SELECT id FROM evaluation_sections WHERE version_id = $1 ORDER BY position`, [versionId]);
    const rank = new Map(sections.map((s, i) => [s.id, i]));
    return [...items].sort((a, b) => (rank.get(a.sectionId) ?? 0) - (rank.get(b.sectionId) ?? 0) || a.position - b.position);
  }
}

function toExportItem(i: Item): ExportItem {
  return { code: i.code, kind: i.kind, text: i.text, textEn: i.textEn, lowLabel: i.lowLabel, highLabel: i.highLabel, allowNoAnswer: i.allowNoAnswer, options: i.options };
}
