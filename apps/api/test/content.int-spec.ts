import { sqlOne, sqlRows } from '@koko/api/core/database';
import { createUser, GraphQLClient, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { startApp } from './support/app';

const PAGE = `query($slug: String!, $locale: Locale) { publicPage(slug: $slug, locale: $locale) { slug locale version title body authorName } }`;
const SAVE = `mutation($input: SaveContentPageInput!) { saveContentPage(input: $input) { slug locale version title body authorName } }`;
const HISTORY = `query($slug: String!, $locale: Locale!) { contentPageHistory(slug: $slug, locale: $locale) { version title authorName createdAt } }`;

interface Page {
  slug: string;
  locale: string;
  version: number;
  title: string;
  body: string;
  authorName: string | null;
}

describe('public pages', () => {
  let t: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    t = await startApp();
    const a = await createUser(t.db, { roles: [Role.ADMIN], displayName: 'Petra Redaktion' });
    admin = t.client();
    await admin.signIn(a.email, a.password);
  });
  afterAll(() => t.close());

  it('ships every legal page in German and English for visitors without an account', async () => {
    const visitor = t.client('en');
    for (const slug of ['start', 'impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'kontakt']) {
      const de = (await visitor.ok<{ publicPage: Page }>(PAGE, { slug, locale: 'DE' })).publicPage;
      const en = (await visitor.ok<{ publicPage: Page }>(PAGE, { slug })).publicPage;
      expect(de).toMatchObject({ slug, locale: 'de', version: 1, authorName: null });
      expect(en).toMatchObject({ slug, locale: 'en', version: 1 });
      expect(de.body.length).toBeGreaterThan(200);
    }
    const statement = (await visitor.ok<{ publicPage: Page }>(PAGE, { slug: 'barrierefreiheit', locale: 'DE' })).publicPage.body;
    expect(statement).toContain('Ombudsstelle für barrierefreie Informationstechnik');
    expect(statement).toContain('/barriere-melden');
    expect(statement).toMatch(/zuletzt am \d{2}\.\d{2}\.\d{4} überprüft/);
    const privacy = (await visitor.ok<{ publicPage: Page }>(PAGE, { slug: 'datenschutz', locale: 'DE' })).publicPage.body;
    for (const part of ['Rechtsgrundlage', 'Speicherdauer', 'Ihre Rechte', 'koko_session', 'kein Cookie-Banner']) expect(privacy).toContain(part);
  });

  it('saves a new version with who and when, refuses a save on top of a newer one, and audits it', async () => {
    const saved = (
      await admin.ok<{ saveContentPage: Page }>(SAVE, {
        input: { slug: 'kontakt', locale: 'EN', title: '  Contact us  ', body: '## Team\n\nWrite to us.', baseVersion: 1 },
      })
    ).saveContentPage;
    expect(saved).toMatchObject({ slug: 'kontakt', locale: 'en', version: 2, title: 'Contact us', authorName: 'Petra Redaktion' });

    const stale = await admin.error(SAVE, { input: { slug: 'kontakt', locale: 'EN', title: 'Other', body: 'Other text', baseVersion: 1 } });
    expect(stale.code).toBe('CONTENT_PAGE_CHANGED');
    expect(stale.message).toContain('Version 2');

    const visitor = t.client('en');
    expect((await visitor.ok<{ publicPage: Page }>(PAGE, { slug: 'kontakt' })).publicPage).toMatchObject({ version: 2, body: '## Team\n\nWrite to us.' });
    // The German page is untouched.
    expect((await visitor.ok<{ publicPage: Page }>(PAGE, { slug: 'kontakt', locale: 'DE' })).publicPage.version).toBe(1);

    const history = (await admin.ok<{ contentPageHistory: { version: number; authorName: string | null }[] }>(HISTORY, { slug: 'kontakt', locale: 'EN' }))
      .contentPageHistory;
    expect(history.map((h) => [h.version, h.authorName])).toEqual([
      [2, 'Petra Redaktion'],
      [1, null],
    ]);

    const audit = await sqlRows<{ action: string; entity_id: string; actor_name: string; after: { version: number } }>(
      t.db,
      `SELECT action, entity_id, actor_name, after FROM audit_events WHERE entity_type = 'content-page'`,
    );
    expect(audit).toEqual([{ action: 'content.page-updated', entity_id: 'kontakt:en', actor_name: 'Petra Redaktion', after: { version: 2, title: 'Contact us' } }]);
  });

  it('refuses unknown pages and empty texts with a clear message and changes nothing', async () => {
    const unknown = await t.client().error(PAGE, { slug: 'geheim' });
    expect(unknown.code).toBe('BAD_USER_INPUT');
    const empty = await admin.error(SAVE, { input: { slug: 'impressum', locale: 'DE', title: '   ', body: 'x', baseVersion: 1 } });
    expect(empty.code).toBe('BAD_USER_INPUT');
    const { count } = await sqlOne<{ count: number }>(t.db, `SELECT count(*)::int AS count FROM content_page_versions WHERE slug = 'impressum'`);
    expect(count).toBe(2);
  });

  it('serves /.well-known/security.txt with a contact and an expiry within a year', async () => {
    const res = await t.http().get('/.well-known/security.txt').expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(/^Contact: mailto:\S+$/m);
    const expires = /^Expires: (\S+)$/m.exec(res.text)?.[1];
    const days = (new Date(expires!).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(365);
    expect(res.text).toContain('Canonical: http://campus.test/.well-known/security.txt');
  });
});
