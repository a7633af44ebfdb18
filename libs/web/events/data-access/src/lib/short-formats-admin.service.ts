import { inject, Injectable } from '@angular/core';
import {
  type CheckInInput,
  type ExportFormat,
  dataOf,
  type MoveWaitingEntryInput,
  type RegistrationState,
  type ShortFormatInput,
  type ShortFormatState,
} from '@koko/web/shared/data-access-graphql';
import {
  AdminShortFormatsDocument,
  CancelShortFormatDocument,
  CheckInShortFormatRegistrationDocument,
  CreateShortFormatDocument,
  MarkShortFormatHeldDocument,
  IssueShortFormatAttendanceConfirmationsDocument,
  MoveShortFormatWaitingEntryDocument,
  type OrganiserRegistrationFragment,
  PublishShortFormatDocument,
  type ShortFormatAdminFragment,
  ShortFormatAdminDetailDocument,
  ShortFormatParticipantsCsvDocument,
  ShortFormatRegistrationsDocument,
  ShortFormatStatisticsCsvDocument,
  UndoShortFormatCheckInDocument,
  UpdateShortFormatDocument,
} from '@koko/web/shared/data-access-graphql/events';
import type { ExportFile, ListPage } from '@koko/web/shared/util';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type ShortFormatAdmin = ShortFormatAdminFragment;
export type OrganiserRegistration = OrganiserRegistrationFragment;
export type { ShortFormatInput, ShortFormatState };

/** The organisers' side of short formats: the list, the form, state changes and the registrations. */
@Injectable({ providedIn: 'root' })
export class ShortFormatsAdminService {
  private readonly apollo = inject(Apollo);

  list(variables: { state?: ShortFormatState; search?: string; offset: number; limit: number }): Observable<ListPage<ShortFormatAdmin>> {
    return this.apollo
      .query({ query: AdminShortFormatsDocument, variables, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).adminShortFormats));
  }

  async detail(id: string): Promise<ShortFormatAdmin> {
    return dataOf(await firstValueFrom(this.apollo.query({ query: ShortFormatAdminDetailDocument, variables: { id }, fetchPolicy: 'network-only' }))).shortFormat;
  }

  async registrations(shortFormatId: string, state?: RegistrationState): Promise<OrganiserRegistration[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: ShortFormatRegistrationsDocument, variables: { shortFormatId, state }, fetchPolicy: 'network-only' }),
    );
    return dataOf(result).shortFormatRegistrations;
  }

  /** The participant list of one event (German Excel CSV). */
  /** The participant list as CSV (German Excel) or XLSX (typed cells). */
  async participantsCsv(shortFormatId: string, format: ExportFormat = 'CSV'): Promise<ExportFile> {
    const result = await firstValueFrom(this.apollo.query({ query: ShortFormatParticipantsCsvDocument, variables: { shortFormatId, format }, fetchPolicy: 'network-only' }));
    return dataOf(result).shortFormatParticipantsCsv;
  }

  /** Statistics of the events matching the list's filters: per event, Regierungsbezirk and municipality. */
  async statisticsCsv(variables: { state?: ShortFormatState; search?: string; format?: ExportFormat }): Promise<ExportFile> {
    const result = await firstValueFrom(this.apollo.query({ query: ShortFormatStatisticsCsvDocument, variables, fetchPolicy: 'network-only' }));
    return dataOf(result).shortFormatStatisticsCsv;
  }

  async create(input: ShortFormatInput): Promise<ShortFormatAdmin> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: CreateShortFormatDocument, variables: { input } }))).createShortFormat;
  }

  async update(id: string, input: ShortFormatInput): Promise<ShortFormatAdmin> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: UpdateShortFormatDocument, variables: { input: { ...input, id } } }))).updateShortFormat;
  }

  async publish(id: string): Promise<ShortFormatAdmin> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: PublishShortFormatDocument, variables: { id } }))).publishShortFormat;
  }

  async cancel(id: string, note: string): Promise<ShortFormatAdmin> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: CancelShortFormatDocument, variables: { input: { id, note } } }))).cancelShortFormat;
  }

  async markHeld(id: string): Promise<ShortFormatAdmin> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: MarkShortFormatHeldDocument, variables: { id } }))).markShortFormatHeld;
  }

  /** Issues the missing Teilnahmebescheinigungen of a held event; answers how many. */
  async issueAttendanceConfirmations(shortFormatId: string): Promise<number> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: IssueShortFormatAttendanceConfirmationsDocument, variables: { shortFormatId } })))
      .issueShortFormatAttendanceConfirmations;
  }

  /** Records an attendance; `alreadyCheckedInAt` is set when it had been recorded before (nothing changed). */
  async checkIn(input: CheckInInput): Promise<{ alreadyCheckedInAt?: string | null; registration: OrganiserRegistration }> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: CheckInShortFormatRegistrationDocument, variables: { input } }))).checkInShortFormatRegistration;
  }

  async undoCheckIn(registrationId: string): Promise<OrganiserRegistration> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: UndoShortFormatCheckInDocument, variables: { input: { registrationId } } }))).undoShortFormatCheckIn;
  }

  async moveOnWaitingList(input: MoveWaitingEntryInput): Promise<OrganiserRegistration[]> {
    return dataOf(await firstValueFrom(this.apollo.mutate({ mutation: MoveShortFormatWaitingEntryDocument, variables: { input } }))).moveShortFormatWaitingEntry;
  }
}
