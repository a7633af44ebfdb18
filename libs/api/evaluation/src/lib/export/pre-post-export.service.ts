import { Injectable } from '@nestjs/common';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows } from '@koko/api/core/database';
import { ExportFile } from '@koko/api/core/graphql';
import { randomInt } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { EvaluationErrorCode, EvaluationException } from '../evaluation.exception';
import { ResultsService } from '../results/results.service';
import { Survey, SurveyWave } from '../survey.entity';
import { SurveyService } from '../survey.service';
import { linkPrePost } from './pre-post-linking';
import { csvOf, ExportColumn, ExportResponse, spsOf } from './research-export';
import { ResearchExportService } from './research-export.service';
import { researchR } from './research-r';

@ObjectType({ description: 'How many pre and post responses of a cohort could be linked by their self-generated code.' })
export class PrePostMatchRate {
  @Field(() => ID) cohortId!: string;
  @Field(() => ID) preSurveyId!: string;
  @Field() preTitle!: string;
  @Field() preTitleEn!: string;
  @Field(() => ID) postSurveyId!: string;
  @Field() postTitle!: string;
  @Field() postTitleEn!: string;
  @Field({ description: 'True while either wave has fewer responses than the minimum: no figure then.' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) preResponses!: number | null;
  @Field(() => Int, { nullable: true }) postResponses!: number | null;
  @Field(() => Int, { nullable: true }) preWithCode!: number | null;
  @Field(() => Int, { nullable: true }) postWithCode!: number | null;
  @Field(() => Int, { nullable: true, description: 'Pairs with the same code.' }) exact!: number | null;
  @Field(() => Int, { nullable: true, description: 'Further pairs agreeing in at least k of the five code elements.' }) partial!: number | null;
  @Field(() => Int, { nullable: true, description: 'Codes left unlinked because they occur more than once in a wave.' }) ambiguous!: number | null;
  @Field(() => Float, { nullable: true, description: 'Linked pairs ÷ post responses with a code (0…1).' }) matchRate!: number | null;
}

@ObjectType({ description: 'Linked pre and post responses of a cohort: CSV (one row per pair) with SPSS syntax and an R script.' })
export class PrePostExport {
  @Field(() => ExportFile) csv!: ExportFile;
  @Field(() => ExportFile) sps!: ExportFile;
  @Field(() => ExportFile) r!: ExportFile;
  @Field(() => Int) exact!: number;
  @Field(() => Int) partial!: number;
}

interface Pair {
  number: number;
  agreeing: number;
  pre: ExportResponse;
  post: ExportResponse;
}

/**
 * Pre/post linking without identity: responses of a cohort's pre and post survey are paired by the
 * self-generated code (exactly, then by k of 5 elements). Only counts leave this service, except
 * for the Evaluation role's audit-logged export of the linked pairs, which holds no code.
 */
@Injectable()
export class PrePostExportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly surveys: SurveyService,
    private readonly results: ResultsService,
    private readonly research: ResearchExportService,
  ) {}

  /** Per cohort with a pre and a post survey (the newest of each): the match rate, from the minimum group size up. */
  async matchRates(minAgreement: number): Promise<PrePostMatchRate[]> {
    this.checkAgreement(minAgreement);
    const surveys = await this.db.manager.find(Survey, { where: { wave: In([SurveyWave.PRE, SurveyWave.POST]) }, order: { opensAt: 'DESC', id: 'ASC' } });
    const byCohort = new Map<string, { pre?: Survey; post?: Survey }>();
    for (const s of surveys) {
      // Pre and post surveys always have a cohort (a database check).
      if (!s.cohortId) continue;
      const entry = byCohort.get(s.cohortId) ?? {};
      if (s.wave === SurveyWave.PRE) entry.pre ??= s;
      else entry.post ??= s;
      byCohort.set(s.cohortId, entry);
    }
    const rates: PrePostMatchRate[] = [];
    for (const [cohortId, { pre, post }] of byCohort) {
      if (!pre || !post) continue;
      const head = {
        cohortId,
        preSurveyId: pre.id,
        preTitle: pre.title,
        preTitleEn: pre.titleEn,
        postSurveyId: post.id,
        postTitle: post.title,
        postTitleEn: post.titleEn,
      };
      const [preCodes, postCodes] = await Promise.all([this.codes(this.db.manager, pre.id), this.codes(this.db.manager, post.id)]);
      if (preCodes.length < this.results.minGroup || postCodes.length < this.results.minGroup) {
        rates.push({ ...head, suppressed: true, preResponses: null, postResponses: null, preWithCode: null, postWithCode: null, exact: null, partial: null, ambiguous: null, matchRate: null });
        continue;
      }
      const linkage = linkPrePost(preCodes, postCodes, minAgreement);
      rates.push({
        ...head,
        suppressed: false,
        preResponses: preCodes.length,
        postResponses: postCodes.length,
        preWithCode: linkage.preWithCode,
        postWithCode: linkage.postWithCode,
        exact: linkage.exact,
        partial: linkage.partial,
        ambiguous: linkage.ambiguous,
        matchRate: linkage.postWithCode ? Math.round((linkage.pairs.length / linkage.postWithCode) * 1000) / 1000 : null,
      });
    }
    return rates.sort((a, b) => a.preTitle.localeCompare(b.preTitle, 'de'));
  }

  /** The linked pairs of a pre and a post survey of one cohort; only from the minimum number of pairs up, audit-logged. */
  async export(actor: AuthUser, preSurveyId: string, postSurveyId: string, minAgreement: number): Promise<PrePostExport> {
    this.checkAgreement(minAgreement);
    const pre = await this.surveys.get(preSurveyId);
    const post = await this.surveys.get(postSurveyId);
    if (pre.wave !== SurveyWave.PRE || post.wave !== SurveyWave.POST || pre.cohortId !== post.cohortId) throw new EvaluationException(EvaluationErrorCode.PRE_POST_MISMATCH);
    return this.db.transaction(async (m) => {
      const before = await this.research.load(m, pre);
      const after = await this.research.load(m, post);
      const min = this.results.minGroup;
      if (before.responses.length < min || after.responses.length < min) throw new EvaluationException(EvaluationErrorCode.TOO_FEW_RESPONSES, { min });
      const key = (r: ExportResponse, i: number) => ({ key: String(i), code: r.code });
      const linkage = linkPrePost(before.responses.map(key), after.responses.map(key), minAgreement);
      if (linkage.pairs.length < min) throw new EvaluationException(EvaluationErrorCode.TOO_FEW_RESPONSES, { min });
      // Random order, then numbered: the number says nothing about either submission.
      const shuffled = linkage.pairs.map((p) => ({ p, k: randomInt(2 ** 30) })).sort((a, b) => a.k - b.k);
      const pairs: Pair[] = shuffled.map(({ p }, i) => ({ number: i + 1, agreeing: p.agreeing, pre: before.responses[Number(p.pre)], post: after.responses[Number(p.post)] }));
      const columns: Array<ExportColumn<Pair>> = [
        { name: 'pair', label: 'Paar (laufende Nummer, zufällige Reihenfolge)', labelEn: 'Pair (running number, random order)', numeric: true, values: [], missing: false, cell: (p) => p.number },
        {
          name: 'agreeing',
          label: 'Übereinstimmende Code-Elemente (5 = exakt)',
          labelEn: 'Agreeing code elements (5 = exact)',
          numeric: true,
          values: [[5, 'exakt']],
          missing: false,
          cell: (p) => p.agreeing,
        },
        ...before.columns.map((c): ExportColumn<Pair> => ({ ...c, name: `pre_${c.name}`, label: `Vorher: ${c.label}`, labelEn: `Pre: ${c.labelEn}`, cell: (p) => c.cell(p.pre) })),
        ...after.columns.map((c): ExportColumn<Pair> => ({ ...c, name: `post_${c.name}`, label: `Nachher: ${c.label}`, labelEn: `Post: ${c.labelEn}`, cell: (p) => c.cell(p.post) })),
      ];
      await this.surveys.audit(m, actor, 'evaluation-survey.pre-post-exported', post, { preSurveyId, pairs: pairs.length, minAgreement });
      const base = `vorher-nachher-${pre.id.slice(0, 8)}-${post.id.slice(0, 8)}`;
      return {
        csv: { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', content: csvOf(columns, pairs), base64: false },
        sps: { filename: `${base}.sps`, contentType: 'text/plain; charset=utf-8', content: spsOf(columns, `${base}.csv`, `${base}.sav`), base64: false },
        r: { filename: `${base}.R`, contentType: 'text/plain; charset=utf-8', content: researchR(columns, `${base}.csv`), base64: false },
        exact: linkage.exact,
        partial: linkage.partial,
      };
    });
  }

  private checkAgreement(k: number): void {
    if (!Number.isInteger(k) || k < 3 || k > 5) throw new EvaluationException(EvaluationErrorCode.INVALID_MIN_AGREEMENT);
  }

  private async codes(m: EntityManager, surveyId: string): Promise<Array<{ key: string; code: string | null }>> {
    const rows = await sqlRows<{ id: string; code: string | null }>(m, `SELECT id, code FROM evaluation_responses WHERE survey_id = $1`, [surveyId]);
    return rows.map((r) => ({ key: r.id, code: r.code }));
  }
}
