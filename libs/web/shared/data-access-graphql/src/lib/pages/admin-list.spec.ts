import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { settle } from '@koko/web/shared/util/testing';
import { of } from 'rxjs';
import { type AdminListQuery, createAdminList } from './admin-list';

const loads: AdminListQuery<'search' | 'kind'>[] = [];
let csv: jest.Mock;

@Component({ template: '' })
class ListHost {
  readonly list = createAdminList({
    filters: { search: { param: 'suche', text: true }, kind: { param: 'art' } },
    load: (query) => {
      loads.push(query);
      return of({ items: [`${query.filters.search}|${query.filters.kind}`], total: 45 });
    },
    csv: (filters) => csv(filters),
  });
}

async function open(url: string) {
  loads.length = 0;
  csv = jest.fn(async () => ({ filename: 'liste.csv', content: '\ufeffname\n' }));
  TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'liste', component: ListHost }])] });
  const harness = await RouterTestingHarness.create();
  const host = await harness.navigateByUrl(url, ListHost);
  await settle(harness.fixture);
  const router = TestBed.inject(Router);
  return { harness, list: host.list, router, url: () => router.url };
}

describe('createAdminList', () => {
  it('reads filters and the page from the query parameters', async () => {
    const { list } = await open('/liste?suche=Kle&art=KREIS&seite=2');
    expect(list.filters()).toEqual({ search: 'Kle', kind: 'KREIS' });
    expect(list.controls.search.value).toBe('Kle');
    expect(list.controls.kind.value).toBe('KREIS');
    expect(list.pageIndex()).toBe(1);
    expect(loads.at(-1)).toEqual({ filters: { search: 'Kle', kind: 'KREIS' }, offset: 20, limit: 20 });
    expect(list.items()).toEqual(['Kle|KREIS']);
    expect(list.total()).toBe(45);
  });

  it('writes a changed filter to the URL and goes back to the first page', async () => {
    const { harness, list, url } = await open('/liste?seite=3');
    list.controls.kind.setValue('KREIS');
    await settle(harness.fixture);
    expect(url()).toBe('/liste?art=KREIS');
    expect(loads.at(-1)).toEqual({ filters: { search: '', kind: 'KREIS' }, offset: 0, limit: 20 });
    list.controls.kind.setValue('');
    await settle(harness.fixture);
    expect(url()).toBe('/liste');
  });

  it('applies typed text after a pause, trimmed', async () => {
    const { harness, list, url } = await open('/liste');
    list.controls.search.setValue('Kl');
    list.controls.search.setValue('Kleve ');
    await settle(harness.fixture);
    expect(url()).toBe('/liste');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle(harness.fixture);
    expect(url()).toBe('/liste?suche=Kleve');
    expect(list.controls.search.value).toBe('Kleve ');
    expect(loads.map((l) => l.filters.search)).toEqual(['', 'Kleve']);
  });

  it('keeps paging in the URL; the default page size is left out', async () => {
    const { harness, list, url } = await open('/liste');
    list.setPage({ pageIndex: 2, pageSize: 50 });
    await settle(harness.fixture);
    expect(url()).toBe('/liste?seite=3&anzahl=50');
    expect(loads.at(-1)).toEqual({ filters: { search: '', kind: '' }, offset: 100, limit: 50 });
    list.setPage({ pageIndex: 0, pageSize: 20 });
    await settle(harness.fixture);
    expect(url()).toBe('/liste');
  });

  it('follows the URL when it changes from outside (back button, link)', async () => {
    const { harness, list, router } = await open('/liste?art=KREIS');
    await router.navigateByUrl('/liste?suche=Wesel');
    await settle(harness.fixture);
    expect(list.controls.kind.value).toBe('');
    expect(list.controls.search.value).toBe('Wesel');
    expect(loads.at(-1)?.filters).toEqual({ search: 'Wesel', kind: '' });
  });

  it('sets a filter without a control through setFilters', async () => {
    const { harness, list, url } = await open('/liste?seite=2');
    list.setFilters({ search: 'Kreis Kleve' });
    await settle(harness.fixture);
    expect(url()).toBe('/liste?suche=Kreis%20Kleve');
  });

  it('exports the filtered list and reports a failed export', async () => {
    const { list } = await open('/liste?art=KREIS');
    await expect(list.exportCsv?.()).resolves.toEqual({ filename: 'liste.csv', content: '\ufeffname\n' });
    expect(csv).toHaveBeenCalledWith({ search: '', kind: 'KREIS' });
    csv.mockRejectedValueOnce({ errors: [{ message: 'Keine Berechtigung', extensions: { code: 'FORBIDDEN' } }] });
    await expect(list.exportCsv?.()).resolves.toBeNull();
    expect(list.exportError()).toBe('Keine Berechtigung');
    expect(list.exporting()).toBe(false);
  });
});
