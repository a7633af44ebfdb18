import { TestApp } from '@koko/api/testing';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './support/app';

/**
 * Text goes out compressed, bundles named by content are cached for a year, index.html never.
 * (supertest decodes br and gzip itself, so a body equal to the file proves the encoding is sound.)
 */
describe('compression and caching', () => {
  let t: TestApp;
  const dist = mkdtempSync(join(tmpdir(), 'koko-web-'));
  const bundle = `console.log(${JSON.stringify('Konfliktmanagement '.repeat(400))});\n`;

  beforeAll(async () => {
    writeFileSync(join(dist, 'index.html'), `<!doctype html><html lang="de"><head><title>KoKo</title></head><body>${'<!-- -->'.repeat(300)}<script src="main-LBIXRWAO.js"></script></body></html>`);
    writeFileSync(join(dist, 'main-LBIXRWAO.js'), bundle);
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    t = await startApp({ WEB_DIST_DIR: dist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves hashed bundles brotli-compressed and immutable for a year', async () => {
    const res = await t.http().get('/main-LBIXRWAO.js').set('accept-encoding', 'br, gzip');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(res.text).toBe(bundle);
  });

  it('falls back to gzip, and to plain bytes for a client that accepts neither', async () => {
    const gz = await t.http().get('/main-LBIXRWAO.js').set('accept-encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(bundle);
    const plain = await t.http().get('/main-LBIXRWAO.js').set('accept-encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(bundle));
    expect(plain.text).toBe(bundle);
  });

  it('asks for index.html every time, on every client route too', async () => {
    for (const path of ['/', '/anmelden', '/veranstaltungen/irgendwas']) {
      const res = await t.http().get(path).set('accept-encoding', 'gzip');
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.text).toContain('main-LBIXRWAO.js');
    }
  });

  it('keeps files without a content hash for an hour only', async () => {
    const res = await t.http().get('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
  });

  it('compresses GraphQL answers above 1 KiB and leaves small ones alone', async () => {
    const big = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('accept-encoding', 'gzip')
      .send({ query: '{ __schema { types { name description } } }' });
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('gzip');
    expect(big.body.data.__schema.types.length).toBeGreaterThan(20);
    const small = await t.http().post('/graphql').set('content-type', 'application/json').set('accept-encoding', 'gzip').send({ query: '{ __typename }' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('marks every GraphQL answer no-store, refusals included', async () => {
    const ok = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ __typename }' });
    expect(ok.headers['cache-control']).toBe('no-store');
    const refused = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ me { id } myProgress { enrolmentId } }' });
    expect(refused.body.errors?.length).toBeGreaterThan(0);
    expect(refused.headers['cache-control']).toBe('no-store');
  });
});
