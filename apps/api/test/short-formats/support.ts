import { createUser, GraphQLClient, shortFormatRegistrationOf, shortFormatsSnapshot, TestApp } from '@koko/api/testing';
import { EventsClock } from '@koko/api/events';
import { Role } from '@koko/shared';
import { startApp } from '../support/app';

export const CREATE = `mutation($input: ShortFormatInput!) { createShortFormat(input: $input) { id state } }`;
export const PUBLISH = `mutation($id: ID!) { publishShortFormat(id: $id) { id state } }`;
export const HELD = `mutation($id: ID!) { markShortFormatHeld(id: $id) { id state } }`;
export const TOPICS = `query($all: Boolean) { shortFormatTopics(includeArchived: $all) { id title titleEn position archived } }`;
export const REGISTER = `mutation($input: RegisterInput!) { registerForShortFormat(input: $input) }`;
export const CONFIRM = `mutation($input: RegistrationTokenInput!) { confirmShortFormatRegistration(input: $input) { state waitingPosition checkInCode joinUrl } }`;
export const CHECK_IN = `mutation($input: CheckInInput!) { checkInShortFormatRegistration(input: $input) { alreadyCheckedInAt registration { id email checkedInAt checkedInVia } } }`;
export const VIEW = `query($input: RegistrationTokenInput!) { shortFormatRegistration(input: $input) { id state waitingPosition checkInCode joinUrl confirmBy offerExpiresAt shortFormat { title } } }`;
export const ORGANISER_LIST = `query($id: ID!) { shortFormatRegistrations(shortFormatId: $id) { id name email state waitingPosition accessibilityNeeds municipalityName } }`;
export const CANCEL = `mutation($input: CancelShortFormatInput!) { cancelShortFormat(input: $input) { id state cancellationNote } }`;

export const HOUR = 3_600_000;
export const tag = () => Math.random().toString(36).slice(2, 8);

/**
 * The app, an organiser and an anonymous visitor (English UI) for the short-format tests, with
 * helpers that build events and registrations over the API. One per test file.
 */
export class ShortFormatsHarness {
  private constructor(
    readonly t: TestApp,
    readonly admin: GraphQLClient,
    readonly anonymous: GraphQLClient,
    readonly topicId: string,
    readonly clock: EventsClock,
  ) {}

  static async start(env: Record<string, string> = {}): Promise<ShortFormatsHarness> {
    const t = await startApp(env);
    const a = await createUser(t.db, { roles: [Role.ADMIN] });
    const admin = t.client();
    await admin.signIn(a.email, a.password);
    const anonymous = t.client('en');
    const topicId = (await anonymous.ok<{ shortFormatTopics: { id: string }[] }>(TOPICS)).shortFormatTopics[3].id;
    return new ShortFormatsHarness(t, admin, anonymous, topicId, t.app.get(EventsClock));
  }

  close(): Promise<void> {
    return this.t.close();
  }

  /** An event starting `startInHours` after `from`, registration open from a day before `from`. */
  input(overrides: Record<string, unknown> = {}, from = new Date(), startInHours = 24 * 14) {
    const startsAt = new Date(from.getTime() + startInHours * HOUR);
    return {
      title: `Rassismus erkennen ${tag()}`,
      topicId: this.topicId,
      description: 'Ein kurzer Austausch.',
      format: 'ONLINE',
      joinUrl: 'https://meet.example.org/geheim-123',
      address: null,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      capacity: 20,
      registrationOpensAt: new Date(from.getTime() - 24 * HOUR).toISOString(),
      registrationClosesAt: startsAt.toISOString(),
      targetGroup: 'KI-Mitarbeitende',
      speakers: 'Dr. Beispiel',
      language: 'DE',
      accessibility: 'Untertitel',
      contact: 'kurzformate@koko.example',
      ...overrides,
    };
  }

  async published(overrides: Record<string, unknown> = {}, from?: Date, startInHours?: number): Promise<string> {
    const id = (await this.admin.ok<{ createShortFormat: { id: string } }>(CREATE, { input: this.input(overrides, from, startInHours) })).createShortFormat.id;
    await this.admin.ok(PUBLISH, { id });
    return id;
  }

  register(shortFormatId: string, email = `gast.${tag()}@example.org`, extra: Record<string, unknown> = {}) {
    return this.anonymous.ok<{ registerForShortFormat: string }>(REGISTER, {
      input: { shortFormatId, name: 'Gast Person', email, municipalityId: null, organisation: 'Verein Miteinander e. V.', locale: 'DE', ...extra },
    });
  }

  async tokenOf(email: string, shortFormatId: string): Promise<string> {
    return (await shortFormatRegistrationOf(this.t.db, email, shortFormatId)).token;
  }

  async confirmAnonymously(shortFormatId: string, email: string, extra: Record<string, unknown> = {}): Promise<{ state: string }> {
    await this.register(shortFormatId, email, extra);
    return (await this.anonymous.ok<{ confirmShortFormatRegistration: { state: string } }>(CONFIRM, { input: { token: await this.tokenOf(email, shortFormatId) } }))
      .confirmShortFormatRegistration;
  }

  /** Every short format and registration, for "nothing changed" comparisons. */
  snapshot(): Promise<string> {
    return shortFormatsSnapshot(this.t.db);
  }
}
