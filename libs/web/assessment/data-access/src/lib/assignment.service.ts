import { inject, Injectable } from '@angular/core';
import { dataOf } from '@koko/web/shared/data-access-graphql';
import {
  AssignmentDeleteFileDocument,
  type AssignmentFileFieldsFragment,
  type AssignmentAttemptFieldsFragment,
  AssignmentOverviewDocument,
  type AssignmentOverviewQuery,
  AssignmentProgrammeModulesDocument,
  AssignmentRubricDocument,
  type AssignmentRubricQuery,
  AssignmentSaveDraftDocument,
  AssignmentSubmitDocument,
} from '@koko/web/shared/data-access-graphql/assessment';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type AssignmentOverview = AssignmentOverviewQuery['assignment'];
export type AssignmentAttempt = AssignmentAttemptFieldsFragment;
export type AssignmentFile = AssignmentFileFieldsFragment;
export type AssignmentFeedback = NonNullable<AssignmentAttempt['feedback']>;
export type RubricCriterion = AssignmentRubricQuery['rubric'][number];

/** The participant's transfer assignment of one module: read it, autosave the draft, submit, remove files. */
@Injectable({ providedIn: 'root' })
export class AssignmentService {
  private readonly apollo = inject(Apollo);

  overview(enrolmentId: string, moduleId: string): Observable<AssignmentOverview> {
    return this.apollo
      .query({ query: AssignmentOverviewDocument, variables: { enrolmentId, moduleId }, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).assignment));
  }

  /** The module at a position of the programme (links and mails name modules by position), or null. */
  moduleIdAt(position: number): Observable<string | null> {
    return this.apollo
      .query({ query: AssignmentProgrammeModulesDocument, fetchPolicy: 'cache-first' })
      .pipe(map((result) => dataOf(result).programmeModules.find((m) => m.position === position)?.id ?? null));
  }

  /** What the write-up will be graded on. */
  rubric(moduleId: string): Observable<RubricCriterion[]> {
    return this.apollo
      .query({ query: AssignmentRubricDocument, variables: { moduleId }, fetchPolicy: 'network-only' })
      .pipe(map((result) => [...dataOf(result).rubric].sort((a, b) => a.position - b.position)));
  }

  /** Saves the write-up; creates the attempt (the first, or the next after a revision request) when there is none. */
  async saveDraft(enrolmentId: string, moduleId: string, body: string): Promise<AssignmentAttempt> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: AssignmentSaveDraftDocument, variables: { input: { enrolmentId, moduleId, body } } }));
    return dataOf(result).saveAssignmentDraft;
  }

  /** Submits with the statement of own work; the attempt is frozen afterwards. */
  async submit(attemptId: string): Promise<AssignmentAttempt> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: AssignmentSubmitDocument, variables: { input: { attemptId, confirmOwnWork: true } } }));
    return dataOf(result).submitAssignment;
  }

  async deleteFile(fileId: string): Promise<void> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: AssignmentDeleteFileDocument, variables: { fileId } }));
    dataOf(result);
  }
}
