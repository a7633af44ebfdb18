import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProgrammeModule } from '@koko/api/catalogue';
import { DataSource, EntityManager, In } from 'typeorm';
import { AssessmentErrorCode, AssessmentException } from '../assessment.exception';
import { RubricCriterion, RubricLevel } from './rubric.entity';

export interface RubricInput {
  moduleId: string;
  criteria: { title: string; description: string; required: boolean; minimumPoints?: number | null; levels: { label: string; points: number; descriptor: string }[] }[];
}

/** Rubrics per programme module. Scores keep a snapshot, so editing a rubric never changes given feedback. */
@Injectable()
export class RubricService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async rubricsOf(moduleIds: readonly string[], m: EntityManager = this.db.manager): Promise<RubricCriterion[]> {
    const criteria = await m.find(RubricCriterion, { where: { moduleId: In([...moduleIds]) }, order: { position: 'ASC' } });
    const levels = criteria.length ? await m.find(RubricLevel, { where: { criterionId: In(criteria.map((c) => c.id)) }, order: { position: 'ASC' } }) : [];
    for (const c of criteria) c.levels = levels.filter((l) => l.criterionId === c.id);
    return criteria;
  }

  async setRubric(input: RubricInput): Promise<RubricCriterion[]> {
    if (!input.criteria.length) throw new AssessmentException(AssessmentErrorCode.RUBRIC_INVALID, { reason: 'no criteria' });
    for (const c of input.criteria) {
      if (c.levels.length < 2) throw new AssessmentException(AssessmentErrorCode.RUBRIC_INVALID, { reason: `"${c.title}": at least two levels` });
      const labels = new Set(c.levels.map((l) => l.label.trim().toLowerCase()));
      if (labels.size !== c.levels.length) throw new AssessmentException(AssessmentErrorCode.RUBRIC_INVALID, { reason: `"${c.title}": duplicate level` });
      if (c.minimumPoints != null) {
        const points = c.levels.map((l) => l.points);
        if (!c.required) throw new AssessmentException(AssessmentErrorCode.RUBRIC_INVALID, { reason: `"${c.title}": a minimum only for required criteria` });
        if (!points.includes(c.minimumPoints) || c.minimumPoints <= Math.min(...points)) {
          throw new AssessmentException(AssessmentErrorCode.RUBRIC_INVALID, { reason: `"${c.title}": the minimum must be the points of a level above the lowest` });
        }
      }
    }
    return this.db.transaction(async (m) => {
      if (!(await m.existsBy(ProgrammeModule, { id: input.moduleId }))) throw new AssessmentException(AssessmentErrorCode.MODULE_NOT_FOUND);
      await m.delete(RubricCriterion, { moduleId: input.moduleId });
      for (const [i, c] of input.criteria.entries()) {
        const criterion = await m.save(m.create(RubricCriterion, { moduleId: input.moduleId, position: i + 1, title: c.title.trim(), description: c.description.trim(), required: c.required, minimumPoints: c.minimumPoints ?? null }));
        await m.insert(
          RubricLevel,
          c.levels.map((l, k) => ({ criterionId: criterion.id, position: k + 1, label: l.label.trim(), points: l.points, descriptor: l.descriptor.trim() })),
        );
      }
      return this.rubricsOf([input.moduleId], m);
    });
  }
}
