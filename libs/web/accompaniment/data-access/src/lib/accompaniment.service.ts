import { inject, Injectable } from '@angular/core';
import { type AccompanimentStage, dataOf, type MilestoneStatus, type UpdateMilestoneInput } from '@koko/web/shared/data-access-graphql';
import {
  AccompanimentModulesDocument,
  type AccompanimentModulesQuery,
  AccompanimentOverviewCsvDocument,
  AccompanimentOverviewDocument,
  type AccompanimentOverviewQuery,
  type AccompanimentOverviewQueryVariables,
  type AccompanimentPathFieldsFragment,
  AddMilestoneDocument,
  KommunePageDocument,
  type KommunePageQuery,
  KommunePathDocument,
  MyKommunePathsDocument,
  RemoveMilestoneDocument,
  SetKommuneAdvisorsDocument,
  ShareAssignmentEvidenceDocument,
  UpdateMilestoneDocument,
  WithdrawAssignmentEvidenceDocument,
} from '@koko/web/shared/data-access-graphql/accompaniment';
import type { TranslationKey } from '@koko/web/shared/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type AccompanimentPath = AccompanimentPathFieldsFragment;
export type Milestone = AccompanimentPath['milestones'][number];
export type AccompanimentOverview = AccompanimentOverviewQuery['accompanimentOverview'];
export type AccompaniedKommune = AccompanimentOverview['kommunen'][number];
export type AccompanimentFilters = AccompanimentOverviewQueryVariables;
export type KommunePage = KommunePageQuery['kommunePage'];
export type KommuneParticipant = KommunePage['participants'][number];
export type KommuneCounsellingRequest = KommunePage['counsellingRequests'][number];
export type KommuneSurveyResult = KommunePage['evaluation'][number];
export type KommuneContact = KommunePage['contacts'][number];
export type ProgrammeModuleOption = AccompanimentModulesQuery['programmeModules'][number];
export type { AccompanimentStage, MilestoneStatus, UpdateMilestoneInput };

export const MILESTONE_STATUSES: readonly MilestoneStatus[] = ['OPEN', 'IN_PROGRESS', 'REACHED'];
export const ACCOMPANIMENT_STAGES: readonly AccompanimentStage[] = ['NOT_STARTED', 'STARTED', 'ADVANCED', 'ANCHORED'];
export const milestoneStatusKey = (s: MilestoneStatus): TranslationKey => `accompaniment.status.${s}`;
export const stageKey = (s: AccompanimentStage): TranslationKey => `accompaniment.stage.${s}`;

/** Accompaniment (Begleitung): the Kommunen's development paths and the programme overview. */
@Injectable({ providedIn: 'root' })
export class AccompanimentService {
  private readonly apollo = inject(Apollo);

  async mine(): Promise<AccompanimentPath[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: MyKommunePathsDocument, fetchPolicy: 'network-only' }))).myKommunePaths;
  }

  async path(municipalityId: string): Promise<AccompanimentPath> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: KommunePathDocument, variables: { municipalityId }, fetchPolicy: 'network-only' }))).kommunePath;
  }

  /** The Kommune page for admins and its advisors: every building block in one request. */
  async kommunePage(municipalityId: string): Promise<KommunePage> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: KommunePageDocument, variables: { municipalityId }, fetchPolicy: 'network-only' }))).kommunePage;
  }

  async update(input: UpdateMilestoneInput): Promise<AccompanimentPath> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: UpdateMilestoneDocument, variables: { input } }))).updateMilestone;
  }

  async add(municipalityId: string, title: string): Promise<AccompanimentPath> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: AddMilestoneDocument, variables: { input: { municipalityId, title } } }))).addMilestone;
  }

  async remove(milestoneId: string): Promise<AccompanimentPath> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: RemoveMilestoneDocument, variables: { milestoneId } }))).removeMilestone;
  }

  async share(milestoneId: string, moduleId: string): Promise<AccompanimentPath> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: ShareAssignmentEvidenceDocument, variables: { input: { milestoneId, moduleId } } }))).shareAssignmentEvidence;
  }

  async withdraw(milestoneId: string): Promise<AccompanimentPath> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: WithdrawAssignmentEvidenceDocument, variables: { milestoneId } }))).withdrawAssignmentEvidence;
  }

  async setAdvisors(municipalityId: string, advisorIds: string[]): Promise<AccompanimentPath> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: SetKommuneAdvisorsDocument, variables: { input: { municipalityId, advisorIds } } }))).setKommuneAdvisors;
  }

  async modules(): Promise<ProgrammeModuleOption[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: AccompanimentModulesDocument, fetchPolicy: 'cache-first' }))).programmeModules;
  }

  async overview(filters: AccompanimentFilters): Promise<AccompanimentOverview> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: AccompanimentOverviewDocument, variables: filters, fetchPolicy: 'network-only' }))).accompanimentOverview;
  }

  async overviewCsv(filters: AccompanimentFilters): Promise<{ filename: string; content: string; base64: boolean; contentType: string }> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: AccompanimentOverviewCsvDocument, variables: filters, fetchPolicy: 'network-only' }))).accompanimentOverviewCsv;
  }
}
