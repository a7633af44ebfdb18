import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { formatKey, type ShortFormatAdmin, ShortFormatsAdminService, shortFormatStateKey, type ShortFormatState } from '@koko/web/events/data-access';
import { createAdminList } from '@koko/web/shared/data-access-graphql';
import { AdminListView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { ShortFormatDialog } from './short-format-dialog';

const STATES: ShortFormatState[] = ['DRAFT', 'PUBLISHED', 'CANCELLED', 'HELD'];

/** `/verwaltung/kurzformate` – every short format with search and state filter; creating opens the form. */
@Component({
  selector: 'koko-short-formats-admin-page',
  imports: [ReactiveFormsModule, RouterLink, MatTableModule, MatFormField, MatLabel, MatInput, MatSelect, MatOption, MatButton, PageHeader, AdminListView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'events.admin.list.heading' | t" [intro]="'events.admin.list.intro' | t" headingTestId="short-formats-admin-heading">
        <button mat-flat-button type="button" (click)="create()" data-testid="short-format-create">{{ 'events.admin.list.create' | t }}</button>
      </koko-page-header>
      <koko-admin-list [list]="list" testId="short-formats" [emptyMessage]="'events.admin.list.empty' | t" [filtersLabel]="'events.admin.list.filters' | t">
        <mat-form-field kokoFilters class="search">
          <mat-label>{{ 'events.admin.list.search' | t }}</mat-label>
          <input matInput type="search" [formControl]="list.controls.search" autocomplete="off" data-testid="short-formats-search" />
        </mat-form-field>
        <mat-form-field kokoFilters>
          <mat-label>{{ 'events.admin.list.state' | t }}</mat-label>
          <mat-select [formControl]="list.controls.state" data-testid="short-formats-filter-state">
            <mat-option value="">{{ 'events.calendar.all' | t }}</mat-option>
            @for (state of states; track state) {
              <mat-option [value]="state">{{ stateKey(state) | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <table mat-table [dataSource]="list.items()" data-testid="short-formats-table" [attr.aria-busy]="list.loader.loading()">
          <caption class="koko-visually-hidden">{{ 'events.admin.list.caption' | t: { total: list.total() } }}</caption>
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'events.admin.list.colTitle' | t }}</th>
            <td mat-cell *matCellDef="let e">
              <a class="title" [routerLink]="['/verwaltung/kurzformate', e.id]" [attr.data-testid]="'short-format-open-' + e.id">{{ e.title }}</a>
              <span class="sub">{{ formatKey(e.format) | t }}</span>
            </td>
          </ng-container>
          <ng-container matColumnDef="when">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'events.detail.when' | t }}</th>
            <td mat-cell *matCellDef="let e">{{ when(e) }}</td>
          </ng-container>
          <ng-container matColumnDef="state">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'events.admin.list.state' | t }}</th>
            <td mat-cell *matCellDef="let e"><span class="chip" [attr.data-state]="e.state">{{ stateKey(e.state) | t }}</span></td>
          </ng-container>
          <ng-container matColumnDef="places">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'events.admin.list.colPlaces' | t }}</th>
            <td mat-cell *matCellDef="let e">
              {{ 'events.admin.list.places' | t: { taken: (e.counts?.confirmed ?? 0) + (e.counts?.offered ?? 0), capacity: e.capacity ?? 0 } }}
              @if (e.counts?.waiting) {
                <span class="sub">{{ 'events.admin.list.waiting' | t: { count: e.counts.waiting } }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="actions">
            <th mat-header-cell *matHeaderCellDef scope="col"><span class="koko-visually-hidden">{{ 'events.admin.list.colActions' | t }}</span></th>
            <td mat-cell *matCellDef="let e">
              @if (e.state === 'DRAFT' || e.state === 'PUBLISHED') {
                <button mat-button type="button" (click)="edit(e)" [attr.aria-label]="'events.admin.list.editLabel' | t: { title: e.title }" [attr.data-testid]="'short-format-edit-' + e.id">
                  {{ 'events.admin.edit' | t }}
                </button>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [attr.data-testid]="'short-format-row-' + row.id"></tr>
        </table>
      </koko-admin-list>
    </div>
  `,
  styles: `
    table { min-width: 44rem; }
    .title { display: block; font-weight: 600; }
    .sub { display: block; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .chip { display: inline-block; padding: 0.125rem 0.625rem; border-radius: 999px; background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); }
    .chip[data-state='PUBLISHED'] { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); }
  `,
})
export class ShortFormatsAdminPage {
  private readonly admin = inject(ShortFormatsAdminService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);
  protected readonly states = STATES;
  protected readonly stateKey = shortFormatStateKey;
  protected readonly formatKey = formatKey;
  protected readonly columns = ['title', 'when', 'state', 'places', 'actions'];

  /** `?suche=&status=&seite=` */
  protected readonly list = createAdminList({
    filters: { search: { param: 'suche', text: true }, state: { param: 'status' } },
    load: ({ filters, offset, limit }) =>
      this.admin.list({ offset, limit, search: filters.search || undefined, state: STATES.find((s) => s === filters.state) }),
    csv: (filters) => this.admin.statisticsCsv({ search: filters.search || undefined, state: STATES.find((s) => s === filters.state) }),
    xlsx: (filters) => this.admin.statisticsCsv({ search: filters.search || undefined, state: STATES.find((s) => s === filters.state), format: 'XLSX' }),
  });

  protected when(e: ShortFormatAdmin): string {
    return this.i18n.formatDate(e.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  }

  protected create(): void {
    this.open(null).subscribe((created) => {
      if (!created) return;
      this.notifier.success(this.i18n.t('events.admin.created', { title: created.title }));
      void this.router.navigate(['/verwaltung/kurzformate', created.id]);
    });
  }

  protected edit(event: ShortFormatAdmin): void {
    this.open(event).subscribe((saved) => {
      if (!saved) return;
      this.notifier.success(this.i18n.t('events.admin.saved', { title: saved.title }));
      this.list.loader.reload();
    });
  }

  private open(event: ShortFormatAdmin | null) {
    return this.dialog
      .open<ShortFormatDialog, ShortFormatAdmin | null, ShortFormatAdmin>(ShortFormatDialog, { data: event, autoFocus: 'first-tabbable', maxWidth: '48rem', width: '100%' })
      .afterClosed();
  }
}
