import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from '@koko/web/shared/util';
import { settle } from '@koko/web/shared/util/testing';
import { Subject, throwError } from 'rxjs';
import { createLoader, isEmptyByDefault } from './loader';

/** What Apollo throws for a GraphQL error. */
function apiError(message: string) {
  return { errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] };
}

@Component({ template: '' })
class Host {
  readonly term = signal('a');
  readonly answers = new Map<string, Subject<string[]>>();
  readonly calls: string[] = [];
  failNext = false;
  readonly list = createLoader({
    params: () => this.term(),
    load: (term: string) => {
      this.calls.push(term);
      if (this.failNext) return throwError(() => apiError('Datenbank nicht erreichbar'));
      const answer = new Subject<string[]>();
      this.answers.set(term, answer);
      return answer;
    },
  });
}

async function setup() {
  const fixture = TestBed.createComponent(Host);
  await settle(fixture);
  return { fixture, host: fixture.componentInstance };
}

describe('createLoader', () => {
  it('is loading until the request answers, then shows the data', async () => {
    const { fixture, host } = await setup();
    expect(host.list.loading()).toBe(true);
    expect(host.list.hasData()).toBe(false);
    host.answers.get('a')?.next(['Kleve']);
    await settle(fixture);
    expect(host.list.loading()).toBe(false);
    expect(host.list.data()).toEqual(['Kleve']);
    expect(host.list.hasData()).toBe(true);
    expect(host.list.empty()).toBe(false);
  });

  it('is empty only once loaded with nothing to show', async () => {
    const { fixture, host } = await setup();
    expect(host.list.empty()).toBe(false);
    host.answers.get('a')?.next([]);
    await settle(fixture);
    expect(host.list.empty()).toBe(true);
    expect(host.list.hasData()).toBe(false);
  });

  it('requests again when the UI language changes, so programme content comes in the new language', async () => {
    const { fixture, host } = await setup();
    host.answers.get('a')?.next(['Modul 1']);
    await settle(fixture);
    const i18n = TestBed.inject(I18nService);
    i18n.setLocale(i18n.locale() === 'de' ? 'en' : 'de');
    await settle(fixture);
    expect(host.calls).toEqual(['a', 'a']);
    expect(host.list.data()).toEqual(['Modul 1']);
    host.answers.get('a')?.next(['Module 1']);
    await settle(fixture);
    expect(host.list.data()).toEqual(['Module 1']);
  });

  it('requests again when a param changes, keeping the last data meanwhile', async () => {
    const { fixture, host } = await setup();
    host.answers.get('a')?.next(['Kleve']);
    await settle(fixture);
    host.term.set('b');
    await settle(fixture);
    expect(host.calls).toEqual(['a', 'b']);
    expect(host.list.loading()).toBe(true);
    expect(host.list.data()).toEqual(['Kleve']);
  });

  it('shows the error and retries on reload()', async () => {
    const { fixture, host } = await setup();
    host.answers.get('a')?.next(['Kleve']);
    await settle(fixture);
    host.failNext = true;
    host.list.reload();
    await settle(fixture);
    expect(host.list.error()).toBe('Datenbank nicht erreichbar');
    expect(host.list.data()).toEqual(['Kleve']);
    host.failNext = false;
    host.list.reload();
    await settle(fixture);
    expect(host.calls).toEqual(['a', 'a', 'a']);
    expect(host.list.error()).toBeNull();
    expect(host.list.loading()).toBe(true);
  });

  it('reports a failed action like a failed load, keeping the data', async () => {
    const { fixture, host } = await setup();
    host.answers.get('a')?.next(['Kleve']);
    await settle(fixture);
    host.list.fail(apiError('Keine Berechtigung'));
    expect(host.list.error()).toBe('Keine Berechtigung');
    expect(host.list.hasData()).toBe(true);
  });
});

describe('isEmptyByDefault', () => {
  it('treats null, [] and a page without items as empty', () => {
    expect(isEmptyByDefault(null)).toBe(true);
    expect(isEmptyByDefault([])).toBe(true);
    expect(isEmptyByDefault({ items: [], total: 0 })).toBe(true);
    expect(isEmptyByDefault({ items: [1], total: 1 })).toBe(false);
    expect(isEmptyByDefault({ id: 'c1' })).toBe(false);
  });
});
