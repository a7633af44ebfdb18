import { CounsellingAppointmentsService } from '@koko/api/counselling';
import { sqlRows } from '@koko/api/core/database';
import { auditTrail, createUser, signInAs, TestApp, waitForMail } from '@koko/api/testing';
import { Role } from '@koko/shared';
import ICAL from 'ical.js';
import { startApp } from '../support/app';
import { ASSIGN, counsellingSetup, SET_STATUS } from './support';

const FIELDS = `id startsAt endsAt durationMinutes format location sequence cancelledAt icsUrl plannedBy { displayName }`;
const LIST = `query($id: ID!) { counsellingAppointments(requestId: $id) { ${FIELDS} } }`;
const PLAN = `mutation($input: PlanCounsellingAppointmentInput!) { planCounsellingAppointment(input: $input) { ${FIELDS} } }`;
const CHANGE = `mutation($input: ChangeCounsellingAppointmentInput!) { changeCounsellingAppointment(input: $input) { ${FIELDS} } }`;
const CANCEL = `mutation($id: ID!) { cancelCounsellingAppointment(id: $id) { ${FIELDS} } }`;

interface Appointment {
  id: string;
  startsAt: string;
  endsAt: string;
  sequence: number;
  cancelledAt: string | null;
  icsUrl: string;
}
interface Outbox {
  recipient: string;
  locale: string;
  context: Record<string, unknown>;
  attachments: Array<{ filename: string; contentType: string; content: string }>;
}

const HOUR = 3_600_000;
/** Whole hours from now, at :00 (so the local time in mails is predictable to the minute). */
const hoursAhead = (h: number) => new Date(Math.ceil(Date.now() / HOUR) * HOUR + h * HOUR);

/** Parses an .ics with an independent parser (ical.js) and answers the calendar's METHOD and its one VEVENT. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const e = events[0];
  const time = (name: string) => (e.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: e.getFirstPropertyValue('uid'),
    sequence: e.getFirstPropertyValue('sequence'),
    status: e.getFirstPropertyValue('status'),
    start: time('dtstart'),
    end: time('dtend'),
    stamp: time('dtstamp'),
    summary: e.getFirstPropertyValue('summary'),
    location: e.getFirstPropertyValue('location'),
    organizer: String(e.getFirstPropertyValue('organizer')).toLowerCase(),
    attendees: e.getAllProperties('attendee').map((p) => String(p.getFirstValue()).toLowerCase().replace('mailto:', '')).sort(),
  };
}

describe('counselling: appointments with iCal, mails and reminders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  const mails = (requestUrlEnd: string) =>
    sqlRows<Outbox>(
      t.db,
      `SELECT recipient, locale, context, attachments FROM mail_outbox WHERE template = 'counselling-appointment' AND context->>'requestUrl' LIKE $1 ORDER BY created_at, recipient`,
      [`%${requestUrlEnd}`],
    );

  it('advisors plan, move and cancel an appointment; both sides see it, get mails in their language with a correct .ics and can download it', async () => {
    const s = await counsellingSetup(t);
    const request = await s.file({ format: 'ONLINE' });
    await s.admin.ok(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id, s.advisors.b.id] } });
    const advisorA = await signInAs(t, s.advisors.a, 'en');
    await advisorA.ok(SET_STATUS, { input: { requestId: request.id, status: 'ACCEPTED' } });

    const startsAt = hoursAhead(72);
    const planned = (
      await advisorA.ok<{ planCounsellingAppointment: Appointment }>(PLAN, {
        input: { requestId: request.id, startsAt: startsAt.toISOString(), durationMinutes: 90, format: 'ONLINE', location: 'https://meet.example.org/kleve-kueche' },
      })
    ).planCounsellingAppointment;
    expect(planned).toMatchObject({ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 90 * 60_000).toISOString(), sequence: 0, cancelledAt: null });

    // The requester sees it on the request.
    const seen = (await s.requester.ok<{ counsellingAppointments: Appointment[] }>(LIST, { id: request.id })).counsellingAppointments;
    expect(seen.map((a) => a.id)).toEqual([planned.id]);

    // Mails to requester (German) and both advisors (A in English), each with its .ics.
    const first = await mails(request.id);
    expect(first.map((m) => [m.recipient, m.locale]).sort()).toEqual(
      [
        [s.requesterUser.email, 'de'],
        [s.advisors.a.email, 'en'],
        [s.advisors.b.email, 'de'],
      ].sort(),
    );
    const forRequester = first.find((m) => m.recipient === s.requesterUser.email);
    expect(forRequester?.attachments[0]).toMatchObject({ filename: 'beratungstermin.ics', contentType: 'text/calendar; method=REQUEST; charset=utf-8' });
    const ics = parse(forRequester?.attachments[0].content ?? '');
    expect(ics).toMatchObject({
      method: 'REQUEST',
      uid: `counselling-appointment-${planned.id}@koko-campus`,
      sequence: 0,
      status: 'CONFIRMED',
      start: startsAt.toISOString(),
      end: planned.endsAt,
      location: 'https://meet.example.org/kleve-kueche',
      organizer: 'mailto:koko-team@koko-campus.example',
    });
    expect(ics.summary).toMatch(/^Beratung: .+ · Kleve$/);
    expect(ics.attendees).toEqual([s.requesterUser.email, s.advisors.a.email, s.advisors.b.email].map((e) => e.toLowerCase()).sort());
    expect(parse(first.find((m) => m.locale === 'en')?.attachments[0].content ?? '').summary).toMatch(/^Counselling: /);
    // The delivered mail carries the attachment too.
    const delivered = await waitForMail(t.db, s.advisors.a.email, { subject: /^Counselling appointment on .* – Kleve$/ });
    expect(delivered.text).toContain('Link: https://meet.example.org/kleve-kueche');
    const captured = await sqlRows<{ attachments: Array<{ filename: string }> }>(t.db, `SELECT attachments FROM captured_mail WHERE recipient = $1 AND subject LIKE 'Counselling appointment%'`, [s.advisors.a.email]);
    expect(captured[0].attachments.map((a) => a.filename)).toEqual(['counselling-appointment.ics']);

    // Moved by two hours: same UID, SEQUENCE 1, new times.
    const moved = hoursAhead(74);
    const changed = (
      await s.admin.ok<{ changeCounsellingAppointment: Appointment }>(CHANGE, {
        input: { appointmentId: planned.id, startsAt: moved.toISOString(), durationMinutes: 60, format: 'ON_SITE', location: 'Rathaus Kleve, Raum 2.14' },
      })
    ).changeCounsellingAppointment;
    expect(changed.sequence).toBe(1);
    const second = (await mails(request.id)).filter((m) => m.context['changed'] === true);
    expect(second).toHaveLength(3);
    expect(parse(second[0].attachments[0].content)).toMatchObject({ method: 'REQUEST', uid: ics.uid, sequence: 1, start: moved.toISOString(), location: 'Rathaus Kleve, Raum 2.14' });

    // The download (signed in, anyone on the request): no METHOD, the current state.
    const download = await s.requester.agent.get(planned.icsUrl);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/calendar/);
    expect(parse(download.text)).toMatchObject({ method: null, uid: ics.uid, sequence: 1, start: moved.toISOString() });
    expect(parse((await advisorA.agent.get(`${planned.icsUrl}?lang=en`)).text).summary).toMatch(/^Counselling: /);

    // Cancelled: METHOD:CANCEL, SEQUENCE 2; it stays listed as cancelled and cannot change any more.
    const cancelled = (await advisorA.ok<{ cancelCounsellingAppointment: Appointment }>(CANCEL, { id: planned.id })).cancelCounsellingAppointment;
    expect(cancelled.cancelledAt).not.toBeNull();
    const third = (await mails(request.id)).filter((m) => m.context['cancelled'] === true);
    expect(third).toHaveLength(3);
    expect(third[0].attachments[0].contentType).toBe('text/calendar; method=CANCEL; charset=utf-8');
    expect(parse(third[0].attachments[0].content)).toMatchObject({ method: 'CANCEL', uid: ics.uid, sequence: 2, status: 'CANCELLED' });
    expect((await advisorA.error(CANCEL, { id: planned.id })).code).toBe('APPOINTMENT_CANCELLED');

    // Audited.
    const actions = (await auditTrail(t.db, { entityId: request.id })).map((e) => e.action).filter((a) => a.includes('appointment'));
    expect(actions).toEqual(['counselling-request.appointment-planned', 'counselling-request.appointment-changed', 'counselling-request.appointment-cancelled']);
  });

  it('refuses what is not theirs and bad input with a translated message that changes nothing', async () => {
    const s = await counsellingSetup(t);
    const request = await s.file();
    await s.admin.ok(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.a.id, s.advisors.b.id] } });
    const input = { requestId: request.id, startsAt: hoursAhead(30).toISOString(), durationMinutes: 60, format: 'PHONE', location: null };
    const planned = (await s.admin.ok<{ planCounsellingAppointment: Appointment }>(PLAN, { input })).planCounsellingAppointment;

    // The requester may read, not plan (participants are refused by role); an advisor of another request and a stranger learn nothing.
    expect((await s.requester.error(PLAN, { input })).code).toBe('FORBIDDEN');
    expect((await s.requester.error(CANCEL, { id: planned.id })).code).toBe('FORBIDDEN');
    const requesterAsAdvisor = await signInAs(t, s.advisors.other);
    expect((await requesterAsAdvisor.error(CANCEL, { id: planned.id })).code).toBe('APPOINTMENT_NOT_FOUND');
    const other = await signInAs(t, s.advisors.other);
    expect((await other.error(LIST, { id: request.id })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');
    expect((await other.error(PLAN, { input })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');
    expect((await other.error(CHANGE, { input: { ...input, requestId: undefined, appointmentId: planned.id } })).code).toBe('APPOINTMENT_NOT_FOUND');
    expect((await other.agent.get(planned.icsUrl)).status).toBe(404);
    const stranger = await signInAs(t, await createUser(t.db, { roles: [Role.PARTICIPANT] }));
    expect((await stranger.error(LIST, { id: request.id })).code).toBe('COUNSELLING_REQUEST_NOT_FOUND');
    expect((await stranger.agent.get(planned.icsUrl)).status).toBe(404);
    expect((await t.http().get(planned.icsUrl)).status).toBe(401);

    // Bad input: translated, nothing saved.
    const advisor = await signInAs(t, s.advisors.b);
    const past = await advisor.error(PLAN, { input: { ...input, startsAt: new Date(Date.now() - HOUR).toISOString() } });
    expect(past).toMatchObject({ code: 'APPOINTMENT_IN_PAST', message: 'Bitte wählen Sie einen Zeitpunkt in der Zukunft.' });
    expect((await advisor.error(PLAN, { input: { ...input, format: 'ONLINE', location: 'meet.example.org' } })).code).toBe('APPOINTMENT_LINK_REQUIRED');
    expect((await advisor.error(PLAN, { input: { ...input, format: 'ON_SITE', location: ' ' } })).code).toBe('APPOINTMENT_PLACE_REQUIRED');
    const english = await signInAs(t, s.advisors.a, 'en');
    expect((await english.error(PLAN, { input: { ...input, format: 'ON_SITE' } })).message).toBe('For an on-site appointment, please give the place.');
    expect((await advisor.error(PLAN, { input: { ...input, durationMinutes: 5 } })).code).toBeDefined();
    expect((await s.requester.ok<{ counsellingAppointments: Appointment[] }>(LIST, { id: request.id })).counsellingAppointments).toHaveLength(1);
  });

  it('reminds requester and advisors the day before, once per start time, and again after a move; not when cancelled', async () => {
    const s = await counsellingSetup(t);
    const request = await s.file();
    await s.admin.ok(ASSIGN, { input: { requestId: request.id, advisorIds: [s.advisors.b.id] } });
    const startsAt = hoursAhead(48);
    const plan = (start: Date) =>
      s.admin.ok<{ planCounsellingAppointment: Appointment }>(PLAN, { input: { requestId: request.id, startsAt: start.toISOString(), durationMinutes: 45, format: 'PHONE', location: '0281 123456' } });
    const a = (await plan(startsAt)).planCounsellingAppointment;
    const gone = (await plan(hoursAhead(49))).planCounsellingAppointment;
    await s.admin.ok(CANCEL, { id: gone.id });
    const service = t.app.get(CounsellingAppointmentsService);
    const reminders = () => mails(request.id).then((list) => list.filter((m) => m.context['reminder'] === true));

    // Two days ahead: too early. 23 hours before: once, even when two runs overlap.
    expect(await service.sendDueReminders(new Date(startsAt.getTime() - 47 * HOUR))).not.toContain(a.id);
    const [one, two] = await Promise.all([service.sendDueReminders(new Date(startsAt.getTime() - 23 * HOUR)), service.sendDueReminders(new Date(startsAt.getTime() - 23 * HOUR))]);
    expect([...one, ...two].filter((id) => id === a.id || id === gone.id)).toEqual([a.id]);
    expect((await reminders()).map((m) => [m.recipient, m.locale]).sort()).toEqual([[s.requesterUser.email, 'de'], [s.advisors.b.email, 'de']].sort());
    const mail = await waitForMail(t.db, s.requesterUser.email, { subject: /^Erinnerung: Beratungstermin am / });
    expect(mail.text).toContain('Telefon: 0281 123456');
    expect(parse((await reminders())[0].attachments[0].content)).toMatchObject({ method: 'REQUEST', sequence: 0 });

    // Moved a day later: reminded again for the new time.
    const later = hoursAhead(72);
    await s.admin.ok(CHANGE, { input: { appointmentId: a.id, startsAt: later.toISOString(), durationMinutes: 45, format: 'PHONE', location: '0281 123456' } });
    expect(await service.sendDueReminders(new Date(startsAt.getTime() - 22 * HOUR))).not.toContain(a.id);
    expect(await service.sendDueReminders(new Date(later.getTime() - 20 * HOUR))).toContain(a.id);
    expect(await reminders()).toHaveLength(4);
  });
});
