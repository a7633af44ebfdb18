import { inject, Injectable } from '@angular/core';
import {
  type CounsellingFormat,
  type CounsellingOutcome,
  type CounsellingStatus,
  type CounsellingUrgency,
  dataOf,
  type RequestCounsellingInput,
  type RequestCounsellingWithoutAccountInput,
  type SetCounsellingStatusInput,
} from '@koko/web/shared/data-access-graphql';
import {
  CancelCounsellingAppointmentDocument,
  ChangeCounsellingAppointmentDocument,
  type CounsellingAppointmentFieldsFragment,
  CounsellingAppointmentsDocument,
  PlanCounsellingAppointmentDocument,
  AssignCounsellingAdvisorsDocument,
  CounsellingAdvisorsDocument,
  type CounsellingAdvisorsQuery,
  type CounsellingRequestFieldsFragment,
  CounsellingRequestDocument,
  CounsellingRequestsDocument,
  CounsellingThreadDocument,
  type CounsellingThreadQuery,
  CounsellingTopicsDocument,
  PostCounsellingMessageDocument,
  type CounsellingTopicsQuery,
  MyCounsellingRequestsDocument,
  RequestCounsellingDocument,
  RequestCounsellingWithoutAccountDocument,
  SetCounsellingStatusDocument,
} from '@koko/web/shared/data-access-graphql/counselling';
import type { ListPage, TranslationKey } from '@koko/web/shared/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type CounsellingRequest = CounsellingRequestFieldsFragment;
export type CounsellingAdvisor = CounsellingAdvisorsQuery['counsellingAdvisors'][number];
export type CounsellingMessage = CounsellingThreadQuery['counsellingThread'][number];
export type CounsellingTopic = CounsellingTopicsQuery['shortFormatTopics'][number];
export type CounsellingAppointment = CounsellingAppointmentFieldsFragment;

/** When and how an appointment takes place (the start as an ISO instant). */
export interface CounsellingAppointmentInput {
  startsAt: string;
  durationMinutes: number;
  format: CounsellingFormat;
  location: string | null;
}
export type { CounsellingFormat, CounsellingOutcome, CounsellingStatus, CounsellingUrgency, RequestCounsellingInput, SetCounsellingStatusInput };

export const COUNSELLING_STATUSES: readonly CounsellingStatus[] = ['NEW', 'ACCEPTED', 'IN_PROGRESS', 'CLOSED', 'DECLINED'];
export const COUNSELLING_URGENCIES: readonly CounsellingUrgency[] = ['NORMAL', 'SOON', 'ACUTE'];
export const COUNSELLING_FORMATS: readonly CounsellingFormat[] = ['PHONE', 'ONLINE', 'ON_SITE'];
export const COUNSELLING_OUTCOMES: readonly CounsellingOutcome[] = ['ADVICE', 'MEDIATION', 'PROCESS_SUPPORT', 'CRISIS_INTERVENTION', 'REFERRAL', 'NETWORKING'];

/** Where a request may go next (the server enforces the same machine). */
export const NEXT_STATUSES: Readonly<Record<CounsellingStatus, readonly CounsellingStatus[]>> = {
  NEW: ['ACCEPTED', 'DECLINED'],
  ACCEPTED: ['IN_PROGRESS', 'DECLINED'],
  IN_PROGRESS: ['CLOSED'],
  CLOSED: [],
  DECLINED: [],
};

export const statusKey = (s: CounsellingStatus): TranslationKey => `counselling.status.${s}`;
export const urgencyKey = (u: CounsellingUrgency): TranslationKey => `counselling.urgency.${u}`;
export const formatKey = (f: CounsellingFormat): TranslationKey => `counselling.format.${f}`;
export const outcomeKey = (o: CounsellingOutcome): TranslationKey => `counselling.outcome.${o}`;

export interface CounsellingFilters {
  status?: CounsellingStatus;
  urgency?: CounsellingUrgency;
  /** Only the requests of this Kommune (its page). */
  municipalityId?: string;
  offset: number;
  limit: number;
}

/** Counselling requests: participants ask, admins triage, advisors accompany. */
@Injectable({ providedIn: 'root' })
export class CounsellingService {
  private readonly apollo = inject(Apollo);

  async mine(): Promise<CounsellingRequest[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: MyCounsellingRequestsDocument, fetchPolicy: 'network-only' }))).myCounsellingRequests;
  }

  list(variables: CounsellingFilters): Observable<ListPage<CounsellingRequest>> {
    return this.apollo.query({ query: CounsellingRequestsDocument, variables, fetchPolicy: 'network-only' }).pipe(map((result) => dataOf(result).counsellingRequests));
  }

  async get(id: string): Promise<CounsellingRequest> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: CounsellingRequestDocument, variables: { id }, fetchPolicy: 'network-only' }))).counsellingRequest;
  }

  async advisors(): Promise<CounsellingAdvisor[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: CounsellingAdvisorsDocument, fetchPolicy: 'network-only' }))).counsellingAdvisors;
  }

  async topics(): Promise<CounsellingTopic[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: CounsellingTopicsDocument, fetchPolicy: 'cache-first' }))).shortFormatTopics;
  }

  async request(input: RequestCounsellingInput): Promise<CounsellingRequest> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: RequestCounsellingDocument, variables: { input } }))).requestCounselling;
  }

  /** The public contact form: always true (nothing says whether the address had an account). */
  async requestWithoutAccount(input: RequestCounsellingWithoutAccountInput): Promise<void> {
    dataOf(await firstValueFrom(this.apollo.mutate({ mutation: RequestCounsellingWithoutAccountDocument, variables: { input } })));
  }

  async assign(requestId: string, advisorIds: string[]): Promise<CounsellingRequest> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: AssignCounsellingAdvisorsDocument, variables: { input: { requestId, advisorIds } } }))).assignCounsellingAdvisors;
  }

  async setStatus(input: SetCounsellingStatusInput): Promise<CounsellingRequest> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: SetCounsellingStatusDocument, variables: { input } }))).setCounsellingStatus;
  }

  async thread(requestId: string): Promise<CounsellingMessage[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: CounsellingThreadDocument, variables: { requestId }, fetchPolicy: 'network-only' }))).counsellingThread;
  }

  async post(requestId: string, body: string, confidential: boolean, fileIds: string[] = []): Promise<void> {
    dataOf(await firstValueFrom(this.apollo.mutate({ mutation: PostCounsellingMessageDocument, variables: { input: { requestId, body, confidential, fileIds } } })));
  }

  async appointments(requestId: string): Promise<CounsellingAppointment[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: CounsellingAppointmentsDocument, variables: { requestId }, fetchPolicy: 'network-only' }))).counsellingAppointments;
  }

  async planAppointment(requestId: string, input: CounsellingAppointmentInput): Promise<CounsellingAppointment> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: PlanCounsellingAppointmentDocument, variables: { input: { requestId, ...input } } }))).planCounsellingAppointment;
  }

  async changeAppointment(appointmentId: string, input: CounsellingAppointmentInput): Promise<CounsellingAppointment> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: ChangeCounsellingAppointmentDocument, variables: { input: { appointmentId, ...input } } }))).changeCounsellingAppointment;
  }

  async cancelAppointment(id: string): Promise<CounsellingAppointment> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: CancelCounsellingAppointmentDocument, variables: { id } }))).cancelCounsellingAppointment;
  }
}
