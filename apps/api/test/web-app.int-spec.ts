import { TestApp } from '@koko/api/testing';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './support/app';

/** The web app's index.html: a first visit gets the language of its browser's Accept-Language. */
describe('serving the web app', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koko-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="de"><head><title>KoKo Campus</title></head><body><koko-root></koko-root></body></html>');
    t = await startApp({ WEB_DIST_DIR: dir });
  });
  afterAll(() => t.close());

  const page = (path: string, acceptLanguage?: string) => {
    const request = t.http().get(path);
    return acceptLanguage ? request.set('Accept-Language', acceptLanguage) : request;
  };

  it('marks English for a browser that prefers English, German otherwise, on every client route', async () => {
    const english = await page('/mein-weg', 'en-US,en;q=0.9,de;q=0.5');
    expect(english.status).toBe(200);
    expect(english.headers['vary']).toMatch(/Accept-Language/);
    expect(english.text).toContain('<html lang="en" data-browser-locale="en">');
    expect((await page('/', 'de-DE,de;q=0.9,en;q=0.8')).text).toContain('<html lang="de" data-browser-locale="de">');
    expect((await page('/verify', 'fr-FR,fr;q=0.9')).text).toContain('<html lang="de" data-browser-locale="de">');
    expect((await page('/verwaltung/durchgaenge/unbekannt')).text).toContain('<html lang="de" data-browser-locale="de">');
  });
});
