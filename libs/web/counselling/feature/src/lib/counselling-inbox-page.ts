import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { COUNSELLING_STATUSES, COUNSELLING_URGENCIES, type CounsellingRequest, CounsellingService, statusKey, urgencyKey } from '@koko/web/counselling/data-access';
import { createAdminList } from '@koko/web/shared/data-access-graphql';
import { AdminListView, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** `/beratung/eingang` – admins triage every request; advisors see the ones assigned to them. */
@Component({
  selector: 'koko-counselling-inbox-page',
  imports: [ReactiveFormsModule, RouterLink, MatTableModule, MatFormField, MatLabel, MatSelect, MatOption, PageHeader, AdminListView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'counselling.title.inbox' | t" [intro]="'counselling.inbox.intro' | t" headingTestId="counselling-inbox-heading" />
      <koko-admin-list [list]="list" testId="counselling" [emptyMessage]="'counselling.inbox.empty' | t" [filtersLabel]="'counselling.inbox.filters' | t">
        <mat-form-field kokoFilters>
          <mat-label>{{ 'counselling.inbox.status' | t }}</mat-label>
          <mat-select [formControl]="list.controls.status" data-testid="counselling-filter-status">
            <mat-option value="">{{ 'counselling.inbox.all' | t }}</mat-option>
            @for (s of statuses; track s) {
              <mat-option [value]="s">{{ statusKey(s) | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field kokoFilters>
          <mat-label>{{ 'counselling.inbox.urgency' | t }}</mat-label>
          <mat-select [formControl]="list.controls.urgency" data-testid="counselling-filter-urgency">
            <mat-option value="">{{ 'counselling.inbox.all' | t }}</mat-option>
            @for (u of urgencies; track u) {
              <mat-option [value]="u">{{ urgencyKey(u) | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <table mat-table [dataSource]="list.items()" data-testid="counselling-table" [attr.aria-busy]="list.loader.loading()">
          <caption class="koko-visually-hidden">{{ 'counselling.inbox.caption' | t: { total: list.total() } }}</caption>
          <ng-container matColumnDef="request">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'counselling.inbox.colRequest' | t }}</th>
            <td mat-cell *matCellDef="let r">
              <a class="title" [routerLink]="['/beratung/anfragen', r.id]" [attr.data-testid]="'counselling-open-' + r.id">{{ en() ? r.topicTitleEn : r.topicTitle }}</a>
              <span class="sub">{{ r.requester.displayName }} · {{ date(r.createdAt) }}</span>
            </td>
          </ng-container>
          <ng-container matColumnDef="municipality">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'counselling.inbox.colMunicipality' | t }}</th>
            <td mat-cell *matCellDef="let r">{{ r.municipalityName }}</td>
          </ng-container>
          <ng-container matColumnDef="urgency">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'counselling.inbox.urgency' | t }}</th>
            <td mat-cell *matCellDef="let r"><span class="chip" [attr.data-urgency]="r.urgency">{{ urgencyKey(r.urgency) | t }}</span></td>
          </ng-container>
          <ng-container matColumnDef="status">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'counselling.inbox.status' | t }}</th>
            <td mat-cell *matCellDef="let r"><span data-testid="counselling-row-status">{{ statusKey(r.status) | t }}</span></td>
          </ng-container>
          <ng-container matColumnDef="advisors">
            <th mat-header-cell *matHeaderCellDef scope="col">{{ 'counselling.inbox.colAdvisors' | t }}</th>
            <td mat-cell *matCellDef="let r">{{ advisorNames(r) || ('counselling.inbox.noAdvisor' | t) }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr mat-row *matRowDef="let row; columns: columns" [attr.data-testid]="'counselling-row-' + row.id"></tr>
        </table>
      </koko-admin-list>
    </div>
  `,
  styles: `
    table { min-width: 48rem; }
    .title { display: block; font-weight: 600; }
    .sub { display: block; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-small); }
    .chip { display: inline-block; padding: 0.125rem 0.625rem; border-radius: 999px; background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface); white-space: nowrap; }
    .chip[data-urgency='ACUTE'] { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); font-weight: 600; }
  `,
})
export class CounsellingInboxPage {
  private readonly service = inject(CounsellingService);
  private readonly i18n = inject(I18nService);
  protected readonly statuses = COUNSELLING_STATUSES;
  protected readonly urgencies = COUNSELLING_URGENCIES;
  protected readonly statusKey = statusKey;
  protected readonly urgencyKey = urgencyKey;
  protected readonly columns = ['request', 'municipality', 'urgency', 'status', 'advisors'];

  /** `?status=&dringlichkeit=&seite=` */
  protected readonly list = createAdminList({
    filters: { status: { param: 'status' }, urgency: { param: 'dringlichkeit' } },
    load: ({ filters, offset, limit }) =>
      this.service.list({ offset, limit, status: COUNSELLING_STATUSES.find((s) => s === filters.status), urgency: COUNSELLING_URGENCIES.find((u) => u === filters.urgency) }),
  });

  protected en(): boolean {
    return this.i18n.locale() === 'en';
  }

  protected date(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'medium', timeZone: 'Europe/Berlin' });
  }

  protected advisorNames(r: CounsellingRequest): string {
    return r.advisors.map((a) => a.displayName).join(', ');
  }
}
