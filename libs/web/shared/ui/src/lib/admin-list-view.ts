import { DOCUMENT } from '@angular/common';
import { booleanAttribute, ChangeDetectionStrategy, Component, inject, input, ViewEncapsulation } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { downloadExportFile, I18nService, type PagedListView } from '@koko/web/shared/util';
import { FormError } from './form-error';
import { LoadStateView } from './load-state-view';
import { Notifier } from './notifier.service';
import { TableScroll } from './table-scroll';
import { provideTranslatedPaginator } from './translated-paginator-intl';

/**
 * An admin list: the filter bar (fields projected with `kokoFilters`), the optional CSV download, the
 * list's load states, the table (projected) and the paginator. State comes from `createAdminList()`
 * (data-access-graphql), which keeps filters and paging in the URL.
 *
 * ```html
 * <koko-admin-list [list]="list" testId="users" [emptyMessage]="'users.empty' | t" [filtersLabel]="…">
 *   <mat-form-field kokoFilters>…</mat-form-field>
 *   <table mat-table [dataSource]="list.items()" …>…</table>
 * </koko-admin-list>
 * ```
 */
@Component({
  selector: 'koko-admin-list',
  imports: [MatButton, MatPaginator, FormError, LoadStateView, TableScroll],
  providers: [provideTranslatedPaginator()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-admin-list__bar">
      <div class="koko-admin-list__filters" role="search" [attr.aria-label]="filtersLabel() || i18n.t('list.filters')">
        <ng-content select="[kokoFilters]" />
      </div>
      @if (list().exportCsv) {
        <button
          mat-stroked-button
          type="button"
          class="koko-admin-list__export"
          (click)="download()"
          [disabled]="list().exporting()"
          [attr.data-testid]="testId() + '-csv'"
        >
          {{ i18n.t('list.csv') }}
        </button>
      }
      @if (list().exportXlsx) {
        <button
          mat-stroked-button
          type="button"
          class="koko-admin-list__export"
          (click)="download('xlsx')"
          [disabled]="list().exporting()"
          [attr.data-testid]="testId() + '-xlsx'"
        >
          {{ i18n.t('list.xlsx') }}
        </button>
      }
    </div>
    <koko-form-error [message]="list().exportError()" />
    <ng-content select="[kokoListTop]" />
    <koko-load-state [loader]="list().loader" [emptyMessage]="emptyMessage()">
      <ng-container ngProjectAs="[kokoEmpty]"><ng-content select="[kokoEmpty]" /></ng-container>
      <!-- Scrolls sideways on a narrow screen and says so above the frame (then a focusable, labelled region). -->
      <koko-table-scroll class="koko-admin-list__table" framed [cards]="cards()" [label]="tableLabel()">
        <ng-content />
      </koko-table-scroll>
    </koko-load-state>
    @if (showPaginator()) {
      <mat-paginator
        [length]="list().total()"
        [pageIndex]="list().pageIndex()"
        [pageSize]="list().pageSize()"
        [pageSizeOptions]="list().pageSizeOptions"
        [showFirstLastButtons]="true"
        (page)="onPage($event)"
        [attr.data-testid]="testId() + '-paginator'"
      />
    }
  `,
  // The filter fields and the table are projected, so the styles are global but scoped by the host class.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'koko-admin-list' },
  styles: `
    .koko-admin-list { display: block; }
    .koko-admin-list__bar { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.75rem 1rem; margin-bottom: 0.5rem; }
    .koko-admin-list__filters { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.75rem 1rem; flex: 1 1 30rem; }
    .koko-admin-list__filters > [kokoFilters] { flex: 1 1 12rem; }
    .koko-admin-list__filters > [kokoFilters].search { flex: 2 1 18rem; }
    .koko-admin-list__export { margin-top: 0.5rem; }
    .koko-admin-list__table table { width: 100%; }
  `,
})
export class AdminListView {
  protected readonly i18n = inject(I18nService);
  private readonly notifier = inject(Notifier);
  private readonly document = inject(DOCUMENT);

  readonly list = input.required<PagedListView>();
  /** Prefix of the test ids (`<testId>-csv`, `<testId>-paginator`). */
  readonly testId = input.required<string>();
  readonly emptyMessage = input<string>('');
  readonly filtersLabel = input<string>('');
  /** Makes the scrolling table wrapper a labelled, focusable region (for tables without focusable cells). */
  readonly tableLabel = input<string>('');
  /** On a phone the rows become cards (a table styled with `koko-card-table`) without the frame. */
  readonly cards = input(false, { transform: booleanAttribute });

  /** An empty first page has nothing to page through; an empty later page keeps the way back. */
  protected showPaginator(): boolean {
    const view = this.list();
    return view.loader.hasData() || (view.loader.empty() && view.pageIndex() > 0);
  }

  protected onPage(event: PageEvent): void {
    this.list().setPage({ pageIndex: event.pageIndex, pageSize: event.pageSize });
  }

  protected async download(format: 'csv' | 'xlsx' = 'csv'): Promise<void> {
    const build = format === 'xlsx' ? this.list().exportXlsx : this.list().exportCsv;
    const file = build ? await build() : null;
    if (!file) return;
    downloadExportFile(this.document, file);
    this.notifier.success(this.i18n.t('list.csvDone', { filename: file.filename }));
  }
}
