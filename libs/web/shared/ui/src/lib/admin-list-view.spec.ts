import { Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ExportFile, PagedListView } from '@koko/web/shared/util';
import { settle } from '@koko/web/shared/util/testing';
import { AdminListView } from './admin-list-view';
import { Notifier } from './notifier.service';

function fakeList(exportCsv: (() => Promise<ExportFile | null>) | null, pageIndex = 1) {
  const rows = signal<string[] | null>(['Kleve', 'Wesel']);
  const setPage = jest.fn();
  const list: PagedListView = {
    loader: {
      loading: signal(false),
      error: signal(null),
      empty: computed(() => rows()?.length === 0),
      hasData: computed(() => (rows()?.length ?? 0) > 0),
      reload: jest.fn(),
    },
    total: signal(45),
    pageIndex: signal(pageIndex),
    pageSize: signal(20),
    pageSizeOptions: [20, 50],
    setPage,
    exporting: signal(false),
    exportError: signal(null),
    exportCsv,
  };
  return { rows, setPage, list };
}

@Component({
  imports: [AdminListView],
  template: `
    <koko-admin-list [list]="fake.list" testId="kommunen" emptyMessage="Keine Treffer." filtersLabel="Kommunen filtern">
      <label kokoFilters>Suche <input data-testid="search" /></label>
      <table data-testid="table">
        @for (row of fake.rows(); track row) {
          <tr><td>{{ row }}</td></tr>
        }
      </table>
    </koko-admin-list>
  `,
})
class Host {
  fake = fakeList(null);
}

async function render(exportCsv: (() => Promise<ExportFile | null>) | null = null, pageIndex = 1) {
  const notifier = { success: jest.fn() };
  TestBed.configureTestingModule({ providers: [{ provide: Notifier, useValue: notifier }] });
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.fake = fakeList(exportCsv, pageIndex);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId, notifier, fake: fixture.componentInstance.fake };
}

describe('AdminListView', () => {
  it('puts the filters in a labelled search landmark, then the table and the paginator', async () => {
    const { byTestId, element } = await render();
    const search = element.querySelector('[role="search"]');
    expect(search?.getAttribute('aria-label')).toBe('Kommunen filtern');
    expect(search?.contains(byTestId('search'))).toBe(true);
    expect(byTestId('table')?.textContent).toContain('Wesel');
    expect(byTestId('kommunen-paginator')?.textContent).toContain('21');
    expect(byTestId('kommunen-csv')).toBeNull();
  });

  it('pages through the list state', async () => {
    const { byTestId, fake } = await render();
    byTestId('kommunen-paginator')?.querySelector<HTMLButtonElement>('button.mat-mdc-paginator-navigation-next')?.click();
    expect(fake.setPage).toHaveBeenCalledWith({ pageIndex: 2, pageSize: 20 });
  });

  it('shows the empty message instead of the table, with the paginator back from a later page', async () => {
    const { fixture, byTestId, fake } = await render();
    fake.rows.set([]);
    await settle(fixture);
    expect(byTestId('empty-state')?.textContent).toContain('Keine Treffer.');
    expect(byTestId('table')).toBeNull();
    expect(byTestId('kommunen-paginator')).not.toBeNull();
  });

  it('shows no paginator for an empty first page', async () => {
    const { fixture, byTestId, fake } = await render(null, 0);
    fake.rows.set([]);
    await settle(fixture);
    expect(byTestId('empty-state')?.textContent).toContain('Keine Treffer.');
    expect(byTestId('kommunen-paginator')).toBeNull();
  });

  it('downloads the CSV export and confirms it', async () => {
    const exportCsv = jest.fn(async () => ({ filename: 'kommunen.csv', content: '\ufeffname\n' }));
    const createObjectURL = jest.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { fixture, byTestId, notifier } = await render(exportCsv);
    byTestId('kommunen-csv')?.click();
    await settle(fixture);
    expect(exportCsv).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    expect(notifier.success).toHaveBeenCalledWith('Die Datei kommunen.csv wurde heruntergeladen.');
    click.mockRestore();
  });
});
