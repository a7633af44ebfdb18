import { Injectable } from '@nestjs/common';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { sqlRows } from '@koko/api/core/database';
import { DataSource, In } from 'typeorm';
import { Item, ItemKind, Section } from '../questionnaire.entity';
import { Survey, SurveyWave } from '../survey.entity';
import { AnswerRow, ResultsService } from './results.service';

@ObjectType({ description: 'One scale or numeric question: the Kommune’s mean beside everyone’s; null where suppressed.' })
export class KommuneItemFigure {
  @Field(() => ID) itemId!: string;
  @Field() code!: string;
  @Field(() => ItemKind) kind!: ItemKind;
  @Field() text!: string;
  @Field() textEn!: string;
  @Field(() => Int, { nullable: true, description: 'The Kommune’s answers on the scale; null when suppressed.' }) answered!: number | null;
  @Field(() => Float, { nullable: true }) kommuneMean!: number | null;
  @Field(() => Float, { nullable: true, description: 'The mean of all responses to the survey.' }) overallMean!: number | null;
}

@ObjectType({ description: 'A survey answered by people of a Kommune, as aggregates only from the minimum group size up (complementary suppression included).' })
export class KommuneSurveyResult {
  @Field(() => ID) surveyId!: string;
  @Field() title!: string;
  @Field() titleEn!: string;
  @Field(() => SurveyWave) wave!: SurveyWave;
  @Field() closesAt!: Date;
  @Field(() => Int) minGroup!: number;
  @Field({ description: 'True when the Kommune’s group is too small (or could be worked out from the others): no figure at all.' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) responses!: number | null;
  @Field(() => [KommuneItemFigure]) items!: KommuneItemFigure[];
}

/**
 * The evaluation figures of one Kommune across every survey its people answered, suppressed exactly
 * as the results grouped by municipality are: the read the Kommune page uses. A fixed number of
 * statements whatever the number of surveys, responses or Kommunen.
 */
@Injectable()
export class KommuneResults {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly results: ResultsService,
  ) {}

  async of(municipalityId: string): Promise<KommuneSurveyResult[]> {
    const min = this.results.minGroup;
    const responses = await sqlRows<{ id: string; survey_id: string; municipality_id: string | null }>(
      this.db,
      `SELECT id, survey_id, municipality_id FROM evaluation_responses
        WHERE survey_id IN (SELECT survey_id FROM evaluation_responses WHERE municipality_id = $1)`,
      [municipalityId],
    );
    const surveyIds = [...new Set(responses.map((r) => r.survey_id))];
    if (!surveyIds.length) return [];
    const surveys = await this.db.manager.find(Survey, { where: { id: In(surveyIds) }, order: { closesAt: 'DESC', id: 'ASC' } });
    const shownIds = surveyIds.filter((id) => responses.filter((r) => r.survey_id === id).length >= min);
    const [items, answers] = await Promise.all([
      this.db.manager
        .createQueryBuilder(Item, 'i')
        .innerJoin(Section, 's', 's.id = i.section_id')
        .where('i.version_id IN (:...versions)', { versions: [...new Set(surveys.map((s) => s.versionId))] })
        .orderBy('s.position', 'ASC')
        .addOrderBy('i.position', 'ASC')
        .getMany(),
      shownIds.length
        ? sqlRows<AnswerRow>(
            this.db,
            `SELECT a.response_id, a.item_id, a.value, a.choices, a.text, a.no_answer, a.not_for_publication
               FROM evaluation_answers a JOIN evaluation_responses r ON r.id = a.response_id
              WHERE r.survey_id = ANY($1::uuid[]) AND NOT a.not_for_publication`,
            [shownIds],
          )
        : Promise.resolve([]),
    ]);
    return surveys.map((survey) => {
      const head = { surveyId: survey.id, title: survey.title, titleEn: survey.titleEn, wave: survey.wave, closesAt: survey.closesAt, minGroup: min };
      const hidden: KommuneSurveyResult = { ...head, suppressed: true, responses: null, items: [] };
      if (!shownIds.includes(survey.id)) return hidden;
      const surveyResponses = responses.filter((r) => r.survey_id === survey.id);
      const ids = new Set(surveyResponses.map((r) => r.id));
      const surveyAnswers = answers.filter((a) => ids.has(a.response_id));
      // Only what a mean says something about: scales and numbers (never free text or choices).
      const surveyItems = items.filter((i) => i.versionId === survey.versionId && i.kind !== ItemKind.TEXT && i.kind !== ItemKind.SINGLE && i.kind !== ItemKind.MULTIPLE);
      const totals = surveyItems
        .map((item) => this.results.itemResult(item, surveyAnswers.filter((a) => a.item_id === item.id), false))
        .map((r) => (r.answered != null && r.answered + (r.noAnswer ?? 0) < min ? this.results.hidden(r) : r));
      const group = this.results.groupFigures(surveyItems, surveyResponses, surveyAnswers, totals, new Map()).find((g) => g.key === municipalityId);
      if (!group || group.suppressed) return hidden;
      return {
        ...head,
        suppressed: false,
        responses: group.responses,
        items: surveyItems.map((item, i) => ({
          itemId: item.id,
          code: item.code,
          kind: item.kind,
          text: item.text,
          textEn: item.textEn,
          answered: group.items[i].answered,
          kommuneMean: group.items[i].mean,
          overallMean: totals[i].mean,
        })),
      };
    });
  }
}
