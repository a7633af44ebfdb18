import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { BARRIER_REPORT_STATUSES, type BarrierReportStatus, BarrierReportsService } from '@koko/web/content/data-access';
import { ApiErrorService, createAdminList } from '@koko/web/shared/data-access-graphql';
import { AdminListView, FormError, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { from } from 'rxjs';

function statusOf(value: string): BarrierReportStatus | null {
  return (BARRIER_REPORT_STATUSES as readonly string[]).includes(value) ? (value as BarrierReportStatus) : null;
}

/** Admins work through the reports about barriers: filter by status, set the status (`?status=NEW&seite=2`). */
@Component({
  selector: 'koko-barrier-reports-page',
  imports: [ReactiveFormsModule, MatButtonToggleGroup, MatButtonToggle, MatFormField, MatLabel, MatSelect, MatOption, PageHeader, AdminListView, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './barrier-reports-page.html',
  styleUrl: './barrier-reports-page.scss',
})
export class BarrierReportsPage {
  private readonly reports = inject(BarrierReportsService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  protected readonly i18n = inject(I18nService);

  protected readonly statuses = BARRIER_REPORT_STATUSES;
  protected readonly actionError = signal<string | null>(null);

  protected readonly list = createAdminList({
    filters: { status: { param: 'status' } },
    pageSizeOptions: [20, 50],
    load: ({ filters, offset, limit }) => from(this.reports.list(statusOf(filters.status), offset, limit)),
  });

  protected statusLabel(status: string): TranslationKey {
    return `content.reports.status.${status}` as TranslationKey;
  }

  protected async setStatus(id: string, status: BarrierReportStatus): Promise<void> {
    this.actionError.set(null);
    try {
      await this.reports.setStatus(id, status);
      this.notifier.success(this.i18n.t('content.reports.statusSaved'));
      this.list.loader.reload();
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    }
  }
}
