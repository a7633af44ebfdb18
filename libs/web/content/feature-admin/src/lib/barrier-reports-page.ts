import { ChangeDetectionStrategy, Component, inject, input, numberAttribute, OnInit, signal } from '@angular/core';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router } from '@angular/router';
import {
  BARRIER_REPORT_STATUSES,
  type BarrierReportPage,
  type BarrierReportStatus,
  BarrierReportsService,
} from '@koko/web/content/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, FormError, LoadingState, Notifier, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; page: BarrierReportPage };
const PAGE_SIZE = 20;

/** Admins work through the reports about barriers: filter by status (kept in the URL), set the status. */
@Component({
  selector: 'koko-barrier-reports-page',
  imports: [MatButtonToggleGroup, MatButtonToggle, MatFormField, MatLabel, MatSelect, MatOption, MatPaginator, PageHeader, LoadingState, ErrorState, EmptyState, FormError, TableScroll, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './barrier-reports-page.html',
  styleUrl: './barrier-reports-page.scss',
})
export class BarrierReportsPage implements OnInit {
  private readonly reports = inject(BarrierReportsService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);

  /** `?status=NEW` and `?seite=2` from the URL. */
  readonly status = input<string>('');
  readonly seite = input(1, { transform: (v: unknown) => Math.max(1, numberAttribute(v, 1)) });

  protected readonly statuses = BARRIER_REPORT_STATUSES;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly state = signal<State>({ kind: 'loading' });
  protected readonly actionError = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected currentStatus(): BarrierReportStatus | null {
    const value = this.status();
    return (BARRIER_REPORT_STATUSES as readonly string[]).includes(value) ? (value as BarrierReportStatus) : null;
  }

  protected statusLabel(status: string): TranslationKey {
    return `content.reports.status.${status}` as TranslationKey;
  }

  protected async load(): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      const page = await this.reports.list(this.currentStatus(), (this.seite() - 1) * PAGE_SIZE, PAGE_SIZE);
      this.state.set({ kind: 'loaded', page });
    } catch (error) {
      this.state.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }

  protected async filter(status: string): Promise<void> {
    await this.router.navigate([], { queryParams: { status: status || null, seite: null } });
    await this.load();
  }

  protected async paginate(event: PageEvent): Promise<void> {
    await this.router.navigate([], { queryParams: { seite: event.pageIndex + 1 }, queryParamsHandling: 'merge' });
    await this.load();
  }

  protected async setStatus(id: string, status: BarrierReportStatus): Promise<void> {
    this.actionError.set(null);
    try {
      await this.reports.setStatus(id, status);
      this.notifier.success(this.i18n.t('content.reports.statusSaved'));
      await this.load();
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    }
  }
}
