import { sqlOne } from '@koko/api/core/database';
import { createUser, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const COHORT = `query($id: ID!) { cohort(id: $id) { id } }`;
const MUNICIPALITIES = `query($r: String) { municipalities(regierungsbezirk: $r) { total } }`;

/** Every bad input answers 400 BAD_USER_INPUT (or a clear refusal) and never reaches a resolver. */
describe('bad input', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    t = await startApp();
    admin = await createUser(t.db, { roles: [Role.ADMIN] });
  });
  afterAll(() => t.close());

  async function signedIn(locale: 'de' | 'en' = 'de') {
    const client = t.client(locale);
    await client.signIn(admin.email, admin.password);
    return client;
  }

  it('refuses an ID that is not a UUID before it reaches PostgreSQL, naming the field in both languages', async () => {
    const de = await (await signedIn('de')).run(COHORT, { id: "abc' OR 1=1 --" });
    expect(de.status).toBe(400);
    expect(de.errors).toHaveLength(1);
    expect(de.errors?.[0]).toMatchObject({
      message: 'Das Feld „id“ enthält keine gültige Kennung.',
      extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'invalidId' },
    });
    const en = await (await signedIn('en')).run(`{ cohort(id: 12) { id } }`);
    expect(en.errors?.[0]).toMatchObject({ message: 'The field "id" does not hold a valid id.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses ids inside input objects and lists, with the path of the field', async () => {
    const res = await (await signedIn()).run(`mutation($i: DecideEnrolmentsInput!) { decideEnrolments(input: $i) { decided { id } } }`, {
      i: { enrolmentIds: ['0b6f1c1e-3c1a-4c7e-9f55-0d9c1e0a4b21', 'nope'], decision: 'ADMIT' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enrolmentIds.1' });
  });

  it.each([
    ['a NUL character', 'Köln\u0000', 'nulCharacter'],
    ['a lone surrogate', 'K\ud800öln', 'loneSurrogate'],
    ['a string over the global maximum', 'x'.repeat(10_001), 'tooLong'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_, value, reason) => {
    const res = await (await signedIn()).run(MUNICIPALITIES, { r: value });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'regierungsbezirk', reason });
  });

  it('refuses signIn with a NUL in the e-mail address without counting a failed sign-in', async () => {
    const res = await t.client().run(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: `${admin.email}\u0000`, password: 'x' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email', reason: 'nulCharacter' });
    const { count } = await sqlOne<{ count: number }>(t.db, `SELECT count(*)::int AS count FROM login_throttle`);
    expect(count).toBe(0);
  });

  it('answers a body over the limit with 413 and a translated JSON GraphQL error', async () => {
    const res = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-language', 'en')
      .send(JSON.stringify({ query: MUNICIPALITIES, variables: { r: 'x'.repeat(16 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ errors: [{ message: 'The request is too large (at most 15 MB).', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  it('answers malformed JSON with 400 and a translated error', async () => {
    const res = await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toEqual({
      message: 'Die Anfrage konnte nicht gelesen werden (kein gültiges JSON).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers 1,000 aliases (over the token limit) with 400 QUERY_TOO_COMPLEX, not 500', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: appInfo { version }`).join(' ')} }`;
    const res = await t.client('en').run(query);
    expect(res.status).toBe(400);
    expect(res.errors).toEqual([
      { message: 'The query is too large or too deeply nested (tokens).', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens' } },
    ]);
  });
});
