import { createRunningCohort, createUser, GraphQLClient, TestApp, updateUser } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const USERS = `query($search: String) { users(search: $search, offset: 0, limit: 50) { items { displayName } } }`;
const SHEET = `query($id: ID!) { attendanceSheet(cohortId: $id) { enrolments { participant { displayName } } } }`;
const CSV = `query($id: ID!) { cohortProgressCsv(cohortId: $id) { content } }`;

/**
 * Names sort as a German reader expects (ICU "de"): Ağa before Ayşe, Özlem with the Os before Zehra.
 * Byte order would put Ayşe before Ağa (y < ğ) and Zehra before Özlem (Z < Ö).
 */
describe('German collation of names', () => {
  let t: TestApp;
  let admin: GraphQLClient;
  const expected = ['Ağa Kollation', 'Ayşe Kollation', 'Özlem Kollation', 'Zehra Kollation'];

  beforeAll(async () => {
    t = await startApp();
    const user = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Admin Sortierung' });
    admin = t.client('de');
    await admin.signIn(user.email, user.password);
  });
  afterAll(() => t.close());

  it('orders the user list', async () => {
    for (const name of ['Zehra Kollation', 'Ayşe Kollation', 'Özlem Kollation', 'Ağa Kollation']) await createUser(t.db, { displayName: name });
    const { users } = await admin.ok<{ users: { items: { displayName: string }[] } }>(USERS, { search: 'kollation' });
    expect(users.items.map((u) => u.displayName)).toEqual(expected);
  });

  it('orders the attendance grid and the progress export', async () => {
    const f = await createRunningCohort(t.db, { participants: 4 });
    const names = ['Zehra Kollation', 'Ayşe Kollation', 'Özlem Kollation', 'Ağa Kollation'];
    for (const [i, id] of f.participantIds.entries()) await updateUser(t.db, id, { displayName: names[i] });

    const sheet = (await admin.ok<{ attendanceSheet: { enrolments: { participant: { displayName: string } }[] } }>(SHEET, { id: f.cohortId })).attendanceSheet;
    expect(sheet.enrolments.map((e) => e.participant.displayName)).toEqual(expected);

    const csv = (await admin.ok<{ cohortProgressCsv: { content: string } }>(CSV, { id: f.cohortId })).cohortProgressCsv.content;
    const order = expected.map((name) => csv.indexOf(name));
    expect(order.every((position) => position > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
