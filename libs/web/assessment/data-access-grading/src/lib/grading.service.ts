import { inject, Injectable } from '@angular/core';
import { dataOf, type GrantExtensionInput, type SaveFeedbackInput } from '@koko/web/shared/data-access-graphql';
import {
  GradingAttemptDocument,
  type GradingAttemptQuery,
  GradingClaimAttemptDocument,
  GradingDeleteFeedbackFileDocument,
  type GradingClaimFieldsFragment,
  type GradingFeedbackFieldsFragment,
  type GradingFileFieldsFragment,
  GradingGrantExtensionDocument,
  type GradingGrantExtensionMutation,
  type GradingRubricCriterionFieldsFragment,
  GradingSaveFeedbackDocument,
  type GradingSaveFeedbackMutation,
} from '@koko/web/shared/data-access-graphql/assessment-grading';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type GradingAttempt = GradingAttemptQuery['attemptForGrading'];
export type EarlierAttempt = GradingAttempt['earlierAttempts'][number];
export type GradingFile = GradingFileFieldsFragment;
export type GradingFeedback = GradingFeedbackFieldsFragment;
export type RubricCriterion = GradingRubricCriterionFieldsFragment;
export type RubricLevel = RubricCriterion['levels'][number];
export type AttemptClaim = GradingClaimFieldsFragment;
export type SavedFeedback = GradingSaveFeedbackMutation['saveFeedback'];
export type GrantedExtension = GradingGrantExtensionMutation['grantExtension'];

/** One submission on the grader's desk: load, claim, save or release feedback, grant an extension. */
@Injectable({ providedIn: 'root' })
export class GradingService {
  private readonly apollo = inject(Apollo);

  attempt(id: string): Observable<GradingAttempt> {
    return this.apollo
      .query({ query: GradingAttemptDocument, variables: { id }, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).attemptForGrading));
  }

  /** Claims the submission; `takeOver` takes it from whoever holds it. Answers the new version. */
  async claim(attemptId: string, takeOver = false): Promise<AttemptClaim> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: GradingClaimAttemptDocument, variables: { input: { attemptId, takeOver } } }),
    );
    return dataOf(result).claimAttempt;
  }

  async saveFeedback(input: SaveFeedbackInput): Promise<SavedFeedback> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: GradingSaveFeedbackDocument, variables: { input } }));
    return dataOf(result).saveFeedback;
  }

  /** Removes a file from feedback not yet released; answers the attempt's new version. */
  async deleteFeedbackFile(fileId: string): Promise<number> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: GradingDeleteFeedbackFileDocument, variables: { fileId } }));
    return dataOf(result).deleteFeedbackFile.version;
  }

  async grantExtension(input: GrantExtensionInput): Promise<GrantedExtension> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: GradingGrantExtensionDocument, variables: { input } }));
    return dataOf(result).grantExtension;
  }
}
