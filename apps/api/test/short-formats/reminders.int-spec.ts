import { eventually, GraphQLClient, TestApp, waitForMail } from '@koko/api/testing';
import { EventsClock, ShortFormatReminders } from '@koko/api/events';
import { CONFIRM, HOUR, ShortFormatsHarness, tag } from './support';

const DAY = 24 * HOUR;
const CANCEL = `mutation($input: RegistrationTokenInput!) { cancelShortFormatRegistration(input: $input) { state } }`;

describe('short formats: reminders 7 days and 1 day before (controlled clock)', () => {
  let h: ShortFormatsHarness;
  let t: TestApp, anonymous: GraphQLClient, clock: EventsClock, reminders: ShortFormatReminders;
  beforeAll(async () => {
    h = await ShortFormatsHarness.start();
    ({ t, anonymous, clock } = h);
    reminders = t.app.get(ShortFormatReminders);
  });
  afterAll(() => h.close());
  afterEach(() => jest.restoreAllMocks());

  const at = (date: Date) => jest.spyOn(clock, 'now').mockReturnValue(date);
  const mailsTo = async (email: string) =>
    ((await t.db.query(`SELECT subject FROM captured_mail WHERE lower(recipient) = lower($1) AND subject ~ '^(Erinnerung|Reminder):' ORDER BY created_at`, [email])) as {
      subject: string;
    }[]).map((m) => m.subject);
  const emailsOf = async (sent: { registrationId: string; days: number }[]) => {
    const rows = (await t.db.query(`SELECT id, email FROM short_format_registrations WHERE id = ANY($1)`, [sent.map((s) => s.registrationId)])) as { id: string; email: string }[];
    const email = new Map(rows.map((r) => [r.id, r.email]));
    return sent.map((s) => `${email.get(s.registrationId)}:${s.days}`).sort();
  };

  it('reminds confirmed registrants once each, in their language, with the join link online; not the waiting, the pending, the cancelled or the late', async () => {
    const start = new Date('2031-10-10T08:00:00Z');
    const early = new Date(start.getTime() - 10 * DAY);
    at(early);
    const online = await h.published({ capacity: 3, title: `Erinnerung online ${tag()}` }, early, 10 * 24);
    const inPerson = await h.published({ capacity: 5, format: 'IN_PERSON', joinUrl: null, address: 'Rathaus Kleve, Minoritenplatz 1', title: `Erinnerung Präsenz ${tag()}` }, early, 10 * 24);
    const [a, b, pending, late, waiting, visitor] = ['a', 'b', 'pending', 'late', 'waiting', 'visitor'].map((p) => `${p}.${tag()}@example.org`);
    await h.confirmAnonymously(online, a);
    await h.confirmAnonymously(online, b, { locale: 'EN' });
    await h.register(online, pending);
    await h.confirmAnonymously(inPerson, visitor);

    // Eight days before: nothing is due yet.
    expect(await reminders.sendDue(new Date(start.getTime() - 8 * DAY))).toEqual([]);

    // Seven days before: A and B (online) and the visitor (in person); two overlapping runs send each once.
    const sevenDays = new Date(start.getTime() - 7 * DAY + HOUR);
    const runs = await Promise.all([reminders.sendDue(sevenDays), reminders.sendDue(sevenDays)]);
    expect(await emailsOf(runs.flat())).toEqual([`${a}:7`, `${b}:7`, `${visitor}:7`].sort());
    expect(await reminders.sendDue(new Date(sevenDays.getTime() + HOUR))).toEqual([]);

    const de = await waitForMail(t.db, a, { subject: /^Erinnerung:/ });
    expect(de.text).toContain('https://meet.example.org/geheim-123');
    expect(de.text).toContain(`/veranstaltungen/anmeldung/${await h.tokenOf(a, online)}`);
    const en = await waitForMail(t.db, b, { subject: /^Reminder:/ });
    expect(en.text).toContain('https://meet.example.org/geheim-123');
    const door = await waitForMail(t.db, visitor, { subject: /^Erinnerung:/ });
    expect(door.text).not.toContain('meet.example.org');
    expect(door.text).toMatch(/Ihr Check-in-Code: [A-Z2-9]{6}/);

    // Three days before: a late registrant takes the last place, the next goes on the waiting list; B cancels.
    at(new Date(start.getTime() - 3 * DAY));
    await h.confirmAnonymously(online, late);
    await h.confirmAnonymously(online, waiting);
    await anonymous.ok(CANCEL, { input: { token: await h.tokenOf(b, online) } });
    expect(await reminders.sendDue(new Date(start.getTime() - 2 * DAY))).toEqual([]);

    // One day before: A, the late registrant (confirmed by then) and the visitor; not B (cancelled), nor the next in line (offered B's place, not confirmed).
    const oneDay = new Date(start.getTime() - 20 * HOUR);
    expect(await emailsOf(await reminders.sendDue(oneDay))).toEqual([`${a}:1`, `${late}:1`, `${visitor}:1`].sort());
    expect(await reminders.sendDue(oneDay)).toEqual([]);
    // After the start: nothing more.
    expect(await reminders.sendDue(new Date(start.getTime() + HOUR))).toEqual([]);

    // Mails are captured by the outbox worker, a moment after the commit.
    await eventually(async () => (await mailsTo(a)).length, 2, 30_000);
    await eventually(async () => (await mailsTo(late)).length, 1, 30_000);
    expect(await mailsTo(b)).toHaveLength(1);
    expect(await mailsTo(waiting)).toEqual([]);
    expect(await mailsTo(pending)).toEqual([]);
    const rows = (await t.db.query(`SELECT days FROM short_format_reminders r JOIN short_format_registrations g ON g.id = r.registration_id WHERE g.email = $1 ORDER BY days`, [a])) as {
      days: number;
    }[];
    expect(rows.map((r) => r.days)).toEqual([1, 7]);
  });

  it('reminds again when the event is moved, and honours the configured days', async () => {
    const moved = await ShortFormatsHarness.start({ SHORT_FORMAT_EARLY_REMINDER_DAYS: '3', SHORT_FORMAT_LATE_REMINDER_DAYS: '2' });
    try {
      const start = new Date('2031-11-10T08:00:00Z');
      const from = new Date(start.getTime() - 10 * DAY);
      jest.spyOn(moved.clock, 'now').mockReturnValue(from);
      const id = await moved.published({ title: `Verschoben ${tag()}` }, from, 10 * 24);
      const email = `verschoben.${tag()}@example.org`;
      await moved.register(id, email);
      await moved.anonymous.ok(CONFIRM, { input: { token: await moved.tokenOf(email, id) } });
      const service = moved.t.app.get(ShortFormatReminders);
      expect(await service.sendDue(new Date(start.getTime() - 4 * DAY))).toEqual([]);
      expect((await service.sendDue(new Date(start.getTime() - 3 * DAY + HOUR))).map((s) => s.days)).toEqual([3]);
      expect((await service.sendDue(new Date(start.getTime() - 2 * DAY + HOUR))).map((s) => s.days)).toEqual([2]);
      // The organiser moves the event a week later: its reminders are due again for the new date.
      const later = new Date(start.getTime() + 7 * DAY);
      await moved.admin.ok(`mutation($input: UpdateShortFormatInput!) { updateShortFormat(input: $input) { id } }`, {
        input: { id, ...moved.input({ title: `Verschoben ${tag()}`, registrationClosesAt: later.toISOString() }, from, 17 * 24) },
      });
      expect((await service.sendDue(new Date(later.getTime() - 3 * DAY + HOUR))).map((s) => s.days)).toEqual([3]);
    } finally {
      await moved.close();
    }
  });
});
