import { inject, Injectable } from '@angular/core';
import { type RegisterInput, type ShortFormatFormat, type RegistrationState, dataOf } from '@koko/web/shared/data-access-graphql';
import {
  AcceptShortFormatOfferDocument,
  CancelShortFormatRegistrationDocument,
  ConfirmShortFormatRegistrationDocument,
  RegisterForShortFormatDocument,
  type RegistrationLinkFragment,
  ResendShortFormatConfirmationDocument,
  SelfCheckInShortFormatDocument,
  type ShortFormatCardFragment,
  ShortFormatCalendarDocument,
  type ShortFormatDetailFragment,
  ShortFormatDetailDocument,
  ShortFormatRegistrationLinkDocument,
  ShortFormatTopicsDocument,
  type ShortFormatTopicsQuery,
  LeaveMyShortFormatRegistrationDocument,
  MyShortFormatRegistrationsDocument,
  type MyShortFormatRegistrationsQuery,
} from '@koko/web/shared/data-access-graphql/events';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type ShortFormatCard = ShortFormatCardFragment;
export type ShortFormatDetail = ShortFormatDetailFragment;
export type RegistrationLink = RegistrationLinkFragment;
export type MyRegistration = MyShortFormatRegistrationsQuery['myShortFormatRegistrations'][number];
export type ShortFormatTopic = ShortFormatTopicsQuery['shortFormatTopics'][number];
export type { RegistrationState, ShortFormatFormat };

export interface CalendarFilter {
  topicId: string | null;
  format: ShortFormatFormat | null;
  /** "YYYY-MM" in Berlin time. */
  month: string | null;
}

/** The public side of short formats: calendar, detail, registering and the personal link's page. */
@Injectable({ providedIn: 'root' })
export class ShortFormatsService {
  private readonly apollo = inject(Apollo);

  /** The conflict topics; archived ones too when asked (organisers editing an event that has one). */
  async topics(includeArchived = false): Promise<ShortFormatTopic[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: ShortFormatTopicsDocument, variables: { includeArchived }, fetchPolicy: 'network-only' }))).shortFormatTopics;
  }

  async calendar(filter: CalendarFilter, limit = 50): Promise<{ items: ShortFormatCard[]; total: number }> {
    const result = await firstValueFrom(
      this.apollo.query({ query: ShortFormatCalendarDocument, variables: { ...filter, offset: 0, limit }, fetchPolicy: 'network-only' }),
    );
    return dataOf(result).shortFormatCalendar;
  }

  async detail(id: string): Promise<ShortFormatDetail> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: ShortFormatDetailDocument, variables: { id }, fetchPolicy: 'network-only' }))).shortFormat;
  }

  /** PENDING: check the mail; CONFIRMED / WAITING: a signed-in user's own address. */
  async register(input: RegisterInput): Promise<RegistrationState> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: RegisterForShortFormatDocument, variables: { input } }))).registerForShortFormat;
  }

  async resend(shortFormatId: string, email: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: ResendShortFormatConfirmationDocument, variables: { input: { shortFormatId, email } } }));
  }

  /** Reads the registration behind a mail link (changes nothing). */
  async link(token: string): Promise<RegistrationLink> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: ShortFormatRegistrationLinkDocument, variables: { input: { token } }, fetchPolicy: 'network-only' })))
      .shortFormatRegistration;
  }

  async confirm(token: string): Promise<RegistrationLink> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: ConfirmShortFormatRegistrationDocument, variables: { input: { token } } }))).confirmShortFormatRegistration;
  }

  async cancel(token: string): Promise<RegistrationLink> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: CancelShortFormatRegistrationDocument, variables: { input: { token } } }))).cancelShortFormatRegistration;
  }

  /** Online and hybrid: checks in through the personal link while it is open. */
  async selfCheckIn(token: string): Promise<RegistrationLink> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: SelfCheckInShortFormatDocument, variables: { input: { token } } }))).selfCheckInShortFormat;
  }

  async acceptOffer(token: string): Promise<RegistrationLink> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: AcceptShortFormatOfferDocument, variables: { input: { token } } }))).acceptShortFormatOffer;
  }

  /** Signed in: my registrations (with my account or my address), newest event first. */
  async mine(): Promise<MyRegistration[]> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: MyShortFormatRegistrationsDocument, fetchPolicy: 'network-only' }))).myShortFormatRegistrations;
  }

  /** Signed in: cancels one of my registrations or leaves the waiting list. */
  async leave(registrationId: string): Promise<MyRegistration> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: LeaveMyShortFormatRegistrationDocument, variables: { registrationId } }))).leaveMyShortFormatRegistration;
  }
}
