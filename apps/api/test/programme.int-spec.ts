import { sqlRows } from '@koko/api/core/database';
import { createUser, GraphQLClient, signInAs, TestApp } from '@koko/api/testing';
import { Locale, Role } from '@koko/shared';
import { startApp } from './support/app';

const MODULES = `{ programmeModules { id position title learningOutcomes workloadHours format assignmentBrief updatedAt } }`;
const UPDATE = `mutation($input: UpdateProgrammeModuleInput!) {
  updateProgrammeModule(input: $input) { id position title learningOutcomes workloadHours format assignmentBrief }
}`;

interface ModuleRow {
  id: string;
  position: number;
  title: string;
  learningOutcomes: string;
  workloadHours: number;
  format: string;
  assignmentBrief: string;
  updatedAt: string;
}

const edit = (position: number, tag = Math.random().toString(36).slice(2, 7)) => ({
  position,
  title: `Konflikte verstehen ${tag}`,
  learningOutcomes: `Die Teilnehmer:innen analysieren Konflikte (${tag}).`,
  workloadHours: 24,
  format: 'ONLINE',
  assignmentBrief: `Beschreiben Sie einen Konflikt in Ihrer Kommune (${tag}).`,
});

describe('programme', () => {
  let t: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    t = await startApp();
    admin = await signInAs(t, await createUser(t.db, { roles: [Role.ADMIN] }));
  });
  afterAll(() => t.close());

  async function signedIn(roles: Role[], locale: 'de' | 'en' = 'de'): Promise<GraphQLClient> {
    const user = await createUser(t.db, { roles, locale: locale === 'en' ? Locale.EN : Locale.DE });
    return signInAs(t, user, locale);
  }

  it('lists exactly five modules in order 1..5, also to anonymous callers', async () => {
    const { programmeModules } = await t.client().ok<{ programmeModules: ModuleRow[] }>(MODULES);
    expect(programmeModules.map((m) => m.position)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(programmeModules.map((m) => m.id)).size).toBe(5);
    for (const m of programmeModules) {
      expect(m.title.length).toBeGreaterThan(0);
      expect(m.learningOutcomes.length).toBeGreaterThan(0);
      expect(m.assignmentBrief.length).toBeGreaterThan(0);
      expect(m.workloadHours).toBeGreaterThan(0);
      expect(['IN_PERSON', 'ONLINE', 'HYBRID']).toContain(m.format);
    }
    const rows = await sqlRows<{ id: string; position: number }>(t.db, `SELECT id, position FROM programme_modules ORDER BY position`);
    expect(programmeModules.map((m) => ({ id: m.id, position: m.position }))).toEqual(rows);

    // Signed-in callers see the same list.
    const participant = await signedIn([Role.PARTICIPANT]);
    expect((await participant.ok<{ programmeModules: ModuleRow[] }>(MODULES)).programmeModules.map((m) => m.id)).toEqual(rows.map((r) => r.id));
  });

  it('an admin edits one module; the others and the order stay as they were', async () => {
    const before = (await t.client().ok<{ programmeModules: ModuleRow[] }>(MODULES)).programmeModules;
    const input = edit(3);
    const { updateProgrammeModule } = await admin.ok<{ updateProgrammeModule: Omit<ModuleRow, 'updatedAt'> }>(UPDATE, { input: { ...input, title: `  ${input.title}  ` } });
    expect(updateProgrammeModule).toEqual({ id: before[2].id, ...input });

    const after = (await t.client().ok<{ programmeModules: ModuleRow[] }>(MODULES)).programmeModules;
    expect(after.map((m) => m.position)).toEqual([1, 2, 3, 4, 5]);
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
    expect(after[2]).toEqual({ id: before[2].id, ...input, updatedAt: expect.any(String) });
    const strip = (m: ModuleRow) => ({ ...m, updatedAt: undefined });
    expect([0, 1, 3, 4].map((i) => strip(after[i]))).toEqual([0, 1, 3, 4].map((i) => strip(before[i])));
    expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM programme_modules`)).toEqual([{ n: 5 }]);
  });

  it.each([6, 0, -1, 99])('refuses position %s (no sixth module, no gap) in German, changing nothing', async (position) => {
    const before = (await t.client().ok<{ programmeModules: ModuleRow[] }>(MODULES)).programmeModules;
    const error = await admin.error(UPDATE, { input: edit(position) });
    expect(error.code).toBe('MODULE_POSITION_INVALID');
    expect(error.message).toBe('Das Programm hat genau 5 Module in fester Reihenfolge; ein weiteres Modul oder eine Lücke ist nicht möglich.');
    expect((await t.client().ok<{ programmeModules: ModuleRow[] }>(MODULES)).programmeModules).toEqual(before);
    expect(await sqlRows<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM programme_modules`)).toEqual([{ n: 5 }]);
  });

  it('answers in English for an English-speaking admin', async () => {
    const english = await signedIn([Role.ADMIN], 'en');
    const error = await english.error(UPDATE, { input: edit(6) });
    expect(error).toMatchObject({
      code: 'MODULE_POSITION_INVALID',
      message: 'The programme has exactly 5 modules in a fixed order; another module or a gap is not possible.',
    });
  });

  it('refuses everyone but admins', async () => {
    const before = (await t.client().ok<{ programmeModules: ModuleRow[] }>(MODULES)).programmeModules;
    expect((await t.client().error(UPDATE, { input: edit(1) })).code).toBe('UNAUTHENTICATED');
    for (const role of [Role.PARTICIPANT, Role.TRAINER]) {
      const client = await signedIn([role]);
      const error = await client.error(UPDATE, { input: edit(1) });
      expect(error).toEqual({ code: 'FORBIDDEN', message: 'Dafür fehlt Ihnen die Berechtigung.', extensions: expect.anything() });
    }
    expect((await t.client().ok<{ programmeModules: ModuleRow[] }>(MODULES)).programmeModules).toEqual(before);
  });

  it('refuses invalid texts with a validation error', async () => {
    const error = await admin.error(UPDATE, { input: { ...edit(2), title: '  ' } });
    expect(error.code).toBe('BAD_USER_INPUT');
    const hours = await admin.error(UPDATE, { input: { ...edit(2), workloadHours: 0 } });
    expect(hours.code).toBe('BAD_USER_INPUT');
  });
});
