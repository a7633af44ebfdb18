import { Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows } from '@koko/api/core/database';
import { ExportFile } from '@koko/api/core/graphql';
import { DataSource } from 'typeorm';
import { EvaluationErrorCode, EvaluationException } from '../evaluation.exception';
import { Item } from '../questionnaire.entity';
import { ResultsService } from '../results/results.service';
import { SurveyService } from '../survey.service';
import { ExportResponse, researchCsv, researchSps } from './research-export';

@ObjectType({ description: 'The raw data of a survey for research: CSV (UTF-8) and SPSS syntax with labels.' })
export class ResearchExport {
  @Field(() => ExportFile) csv!: ExportFile;
  @Field(() => ExportFile, { description: 'SPSS / GNU PSPP syntax: reads the CSV (same folder), labels, missing values, writes a .sav.' }) sps!: ExportFile;
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
  ) {}

  async raw(actor: AuthUser, surveyId: string): Promise<ResearchExport> {
    const survey = await this.surveys.get(surveyId);
    return this.db.transaction(async (m) => {
      const rows = await sqlRows<AnswerRow>(
        m,
        `SELECT r.id AS response_id, r.wave, r.code, a.item_id, a.value, a.choices, a.text, a.no_answer, a.not_for_publication
           FROM evaluation_responses r LEFT JOIN evaluation_answers a ON a.response_id = r.id
          WHERE r.survey_id = $1`,
        [surveyId],
      );
      const byResponse = new Map<string, ExportResponse>();
      const items = await m.find(Item, { where: { versionId: survey.versionId }, order: { position: 'ASC' } });
      const ordered = await this.ordered(m, survey.versionId, items);
      const codeOf = new Map(items.map((i) => [i.id, i.code]));
      for (const row of rows) {
        let r = byResponse.get(row.response_id);
        if (!r) byResponse.set(row.response_id, (r = { wave: row.wave, code: row.code, answers: new Map() }));
        if (!row.item_id || row.not_for_publication) continue;
        r.answers.set(codeOf.get(row.item_id) ?? row.item_id, { value: row.value, choices: row.choices, text: row.text, noAnswer: row.no_answer ?? false });
      }
      if (byResponse.size < this.results.minGroup) throw new EvaluationException(EvaluationErrorCode.TOO_FEW_RESPONSES, { min: this.results.minGroup });
      // Random order: the rows say nothing about who answered when.
      const responses = [...byResponse.values()].map((r) => ({ r, k: Math.random() })).sort((a, b) => a.k - b.k).map((x) => x.r);
      const base = `befragung-${survey.id.slice(0, 8)}`;
      const exportItems = ordered.map((i) => ({ code: i.code, kind: i.kind, text: i.text, lowLabel: i.lowLabel, highLabel: i.highLabel, allowNoAnswer: i.allowNoAnswer, options: i.options }));
      await this.surveys.audit(m, actor, 'evaluation-survey.raw-exported', survey, { responses: responses.length });
      return {
        csv: { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', content: researchCsv(exportItems, responses), base64: false },
        sps: { filename: `${base}.sps`, contentType: 'text/plain; charset=utf-8', content: researchSps(exportItems, `${base}.csv`, `${base}.sav`), base64: false },
      };
    });
  }

  private async ordered(m: DataSource['manager'], versionId: string, items: Item[]): Promise<Item[]> {
    const sections = await sqlRows<{ id: string }>(m, `SELECT id FROM evaluation_sections WHERE version_id = $1 ORDER BY position`, [versionId]);
    const rank = new Map(sections.map((s, i) => [s.id, i]));
    return [...items].sort((a, b) => (rank.get(a.sectionId) ?? 0) - (rank.get(b.sectionId) ?? 0) || a.position - b.position);
  }
}
