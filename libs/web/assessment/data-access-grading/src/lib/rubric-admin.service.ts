import { inject, Injectable } from '@angular/core';
import { dataOf, type RubricCriterionInput } from '@koko/web/shared/data-access-graphql';
import {
  GradingRubricDocument,
  GradingRubricEditorDocument,
  type GradingRubricEditorQuery,
  GradingSetRubricDocument,
} from '@koko/web/shared/data-access-graphql/assessment-grading';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable, switchMap } from 'rxjs';
import type { RubricCriterion } from './grading.service';

export type RubricModule = GradingRubricEditorQuery['programmeModules'][number];

export interface ModuleRubric {
  /** null when the programme has no module at that position. */
  module: RubricModule | null;
  criteria: RubricCriterion[];
}

/** Admins: a module's rubric (criteria with levels), read and replaced as a whole. */
@Injectable({ providedIn: 'root' })
export class RubricAdminService {
  private readonly apollo = inject(Apollo);

  /** The module at a position (1–5) with its rubric. */
  byPosition(position: number): Observable<ModuleRubric> {
    return this.apollo.query({ query: GradingRubricEditorDocument, fetchPolicy: 'network-only' }).pipe(
      map((result) => dataOf(result).programmeModules.find((m) => m.position === position) ?? null),
      switchMap((module) =>
        module
          ? this.apollo
              .query({ query: GradingRubricDocument, variables: { moduleId: module.id }, fetchPolicy: 'network-only' })
              .pipe(map((result) => ({ module, criteria: sortRubric(dataOf(result).rubric) })))
          : [{ module: null, criteria: [] }],
      ),
    );
  }

  async save(moduleId: string, criteria: RubricCriterionInput[]): Promise<RubricCriterion[]> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: GradingSetRubricDocument, variables: { input: { moduleId, criteria } } }));
    return sortRubric(dataOf(result).setRubric);
  }
}

/** Criteria and their levels in the order the admin set. */
export function sortRubric(criteria: readonly RubricCriterion[]): RubricCriterion[] {
  return [...criteria]
    .sort((a, b) => a.position - b.position)
    .map((c) => ({ ...c, levels: [...c.levels].sort((a, b) => a.position - b.position) }));
}
