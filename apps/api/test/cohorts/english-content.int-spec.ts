import { sqlOne } from '@koko/api/core/database';
import { createEnrolment, createRunningCohort, createUser, GraphQLClient, signInAs, TestApp } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { ADD_SESSION, at, cohortInput, CREATE, day, startCohortsApp, UPDATE, UPDATE_SESSION } from './support';

/** Programme content in English for English readers, German as the fallback; the German text stays editable as written. */
const MODULES = `{ programmeModules { position title titleDe titleEn learningOutcomes learningOutcomesDe assignmentBrief assignmentBriefDe } }`;
const UPDATE_MODULE = `mutation($input: UpdateProgrammeModuleInput!) { updateProgrammeModule(input: $input) { title titleDe titleEn learningOutcomesEn assignmentBriefEn } }`;
const COHORT = `query($id: ID!) { cohort(id: $id) { name nameDe nameEn description descriptionDe descriptionEn sessions { title titleDe titleEn } modules { module { title } } } }`;

interface ModuleTexts {
  position: number;
  title: string;
  titleDe: string;
  titleEn: string;
  learningOutcomes: string;
  learningOutcomesDe: string;
  assignmentBrief: string;
  assignmentBriefDe: string;
}

describe('programme content in English', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  let moduleIds: string[];

  beforeAll(async () => {
    ({ t, admin, moduleIds } = await startCohortsApp());
  });
  afterAll(() => t.close());

  const modulesIn = async (locale: 'de' | 'en') => (await t.client(locale).ok<{ programmeModules: ModuleTexts[] }>(MODULES)).programmeModules;

  it('shows English readers the five modules in English and German readers in German', async () => {
    const [english, german] = [await modulesIn('en'), await modulesIn('de')];
    expect(english[1]).toMatchObject({ title: 'Interests, values and negotiation', titleDe: 'Interessen, Werte und Verhandlung' });
    expect(german[1]).toMatchObject({ title: 'Interessen, Werte und Verhandlung', titleEn: 'Interests, values and negotiation' });
    for (const [i, m] of english.entries()) {
      expect(m.title).toBe(m.titleEn);
      expect(m.title).not.toBe(german[i].title);
      expect(m.learningOutcomes).toMatch(/^Participants /);
      expect(m.learningOutcomesDe).toBe(german[i].learningOutcomes);
      expect(m.assignmentBrief).not.toBe(m.assignmentBriefDe);
    }
  });

  it('falls back to German where no English text is written, and keeps English texts an edit leaves out', async () => {
    const input = { position: 4, title: 'Eskalation und Krisenfestigkeit', learningOutcomes: 'Die Teilnehmer:innen erkennen Eskalation.', workloadHours: 16, format: 'IN_PERSON', assignmentBrief: 'Erstellen Sie einen Krisenplan.' };
    const cleared = (await admin.ok<{ updateProgrammeModule: Record<string, string> }>(UPDATE_MODULE, { input: { ...input, titleEn: '', learningOutcomesEn: '', assignmentBriefEn: '' } })).updateProgrammeModule;
    expect(cleared).toMatchObject({ title: input.title, titleDe: input.title, titleEn: '' });
    expect((await modulesIn('en'))[3]).toMatchObject({ title: input.title, learningOutcomes: input.learningOutcomes, assignmentBrief: input.assignmentBrief });

    await admin.ok(UPDATE_MODULE, { input: { ...input, titleEn: '  Escalation and crisis resilience ', learningOutcomesEn: 'Participants recognise escalation.', assignmentBriefEn: '' } });
    await admin.ok(UPDATE_MODULE, { input: { ...input, workloadHours: 18 } });
    expect((await modulesIn('en'))[3]).toMatchObject({ title: 'Escalation and crisis resilience', learningOutcomes: 'Participants recognise escalation.', assignmentBrief: input.assignmentBrief });
    expect((await modulesIn('de'))[3]).toMatchObject({ title: input.title });
  });

  it('refuses an English title that is too long, changing nothing', async () => {
    const before = await modulesIn('en');
    const error = await admin.error(UPDATE_MODULE, {
      input: { position: 2, title: 'Interessen, Werte und Verhandlung', learningOutcomes: 'x', workloadHours: 16, format: 'IN_PERSON', assignmentBrief: 'x', titleEn: 'x'.repeat(201) },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(await modulesIn('en')).toEqual(before);
  });

  it('names cohorts and sessions in English where an admin wrote it, keeping it through an edit that leaves it out', async () => {
    const created = (await admin.ok<{ createCohort: { id: string; name: string } }>(CREATE, { input: cohortInput({ name: 'Durchgang Herbst', nameEn: 'Autumn cohort', descriptionEn: 'Second run' }) })).createCohort;
    expect(created.name).toBe('Durchgang Herbst');
    const session = { cohortId: created.id, moduleId: moduleIds[0], title: 'Auftakt', titleEn: 'Kick-off', startsAt: at(day(31), '08:00'), endsAt: at(day(31), '15:00'), location: 'Krefeld' };
    const added = (await admin.ok<{ addSession: { id: string } }>(ADD_SESSION, { input: session })).addSession;
    const { titleEn: _omitted, ...withoutEnglish } = session;
    await admin.ok(UPDATE_SESSION, { input: { ...withoutEnglish, id: added.id, title: 'Auftaktveranstaltung' } });
    await admin.ok(UPDATE, { input: { ...cohortInput({ name: 'Durchgang Herbst 2027' }), id: created.id } });

    const english = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN], locale: Locale.DE }), 'en');
    const { cohort } = await english.ok<{ cohort: Record<string, unknown> & { sessions: unknown[]; modules: { module: { title: string } }[] } }>(COHORT, { id: created.id });
    expect(cohort).toMatchObject({ name: 'Autumn cohort', nameDe: 'Durchgang Herbst 2027', description: 'Second run', descriptionDe: 'Zweiter Durchgang der Qualifizierung' });
    expect(cohort.sessions).toEqual([{ title: 'Kick-off', titleDe: 'Auftaktveranstaltung', titleEn: 'Kick-off' }]);
    expect(cohort.modules[1].module.title).toBe('Interests, values and negotiation');
    const german = (await admin.ok<{ cohort: { name: string; sessions: { title: string }[] } }>(COHORT, { id: created.id })).cohort;
    expect(german).toMatchObject({ name: 'Durchgang Herbst 2027', sessions: [{ title: 'Auftaktveranstaltung' }] });
  });

  it('gives the participant the assignment brief in the language of the page', async () => {
    const { cohortId } = await createRunningCohort(t.db, { participants: 0 });
    const { id: enrolmentId, user } = await createEnrolment(t.db, cohortId, { state: 'admitted' });
    const client = await signInAs(t, user, 'en');
    const query = `query($e: ID!, $m: ID!) { assignment(enrolmentId: $e, moduleId: $m) { moduleTitle brief } }`;
    const english = (await client.ok<{ assignment: { moduleTitle: string; brief: string } }>(query, { e: enrolmentId, m: moduleIds[1] })).assignment;
    const stored = await sqlOne<{ title_en: string; assignment_brief_en: string }>(t.db, `SELECT title_en, assignment_brief_en FROM programme_modules WHERE id = $1`, [moduleIds[1]]);
    expect(english).toEqual({ moduleTitle: stored.title_en, brief: stored.assignment_brief_en });
  });

  it('writes the iCal file and the subscription feed in the reader’s language', async () => {
    const { cohortId } = await createRunningCohort(t.db, { participants: 0, name: 'Durchgang Kalender', nameEn: 'Calendar cohort' });
    const english = await createUser(t.db, { locale: Locale.EN });
    const german = await createUser(t.db, { locale: Locale.DE });
    for (const user of [english, german]) await createEnrolment(t.db, cohortId, { user, state: 'admitted' });
    const [en, de] = [await signInAs(t, english, 'en'), await signInAs(t, german, 'de')];
    // RFC 5545 folds long lines; read them unfolded.
    const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

    const enFile = unfold((await en.agent.get(`/api/calendar/cohorts/${cohortId}.ics`)).text);
    expect(enFile).toContain('X-WR-CALNAME:KoKo II – Calendar cohort');
    expect(enFile).toContain('SUMMARY:KoKo II – Module 2: Interests\\, values and negotiation (Tag 1)');
    const deFile = unfold((await de.agent.get(`/api/calendar/cohorts/${cohortId}.ics`)).text);
    expect(deFile).toContain('X-WR-CALNAME:KoKo II – Durchgang Kalender');
    expect(deFile).toContain('SUMMARY:KoKo II – Modul 2: Interessen\\, Werte und Verhandlung (Tag 1)');

    // The subscription feed has no request to follow: it speaks its owner's language.
    const { renewCalendarUrl } = await en.ok<{ renewCalendarUrl: string }>(`mutation { renewCalendarUrl }`);
    const feed = unfold((await t.http().get(new URL(renewCalendarUrl).pathname)).text);
    expect(feed).toContain('SUMMARY:KoKo II – Module 1: ');
    expect(feed).not.toContain('SUMMARY:KoKo II – Modul ');
  });
});
