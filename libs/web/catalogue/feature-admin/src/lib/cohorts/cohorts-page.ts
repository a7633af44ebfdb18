import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { type CohortSummary, CohortsAdminService } from '@koko/web/catalogue/data-access';
import { createAdminList } from '@koko/web/shared/data-access-graphql';
import { AdminListView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { CalendarDayPipe, LocalNumberPipe } from '../shared/programme-time.pipes';
import { SeatsBar } from '../shared/seats-bar';
import { CohortDialog, type CohortDialogData } from './cohort-dialog';

/** `/verwaltung/durchgaenge` – every cohort with its dates, seats and applications; new cohorts start here. */
@Component({
  selector: 'koko-cohorts-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatTableModule,
    MatFormField,
    MatLabel,
    MatInput,
    MatButton,
    PageHeader,
    AdminListView,
    SeatsBar,
    TranslatePipe,
    LocalizedDatePipe,
    CalendarDayPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohorts-page.html',
  styleUrl: './cohorts-page.scss',
})
export class CohortsPage {
  private readonly cohorts = inject(CohortsAdminService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly columns = ['name', 'dates', 'applicationPeriod', 'seats', 'applications', 'waitlist'];

  /** `?suche=&seite=` */
  protected readonly list = createAdminList({
    filters: { search: { param: 'suche', text: true } },
    pageSizeOptions: [10, 20, 50],
    load: ({ filters, offset, limit }) => this.cohorts.list({ offset, limit, search: filters.search || undefined }),
  });
  protected readonly searching = computed(() => this.list.filters().search !== '');

  /** After creating, the admin continues on the new cohort's page, where its sessions are planned. */
  protected openCreate(): void {
    this.dialog
      .open<CohortDialog, CohortDialogData, CohortSummary>(CohortDialog, { data: {}, autoFocus: 'first-tabbable', maxWidth: '44rem', width: '100%' })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notifier.success(this.i18n.t('catalogue.cohorts.created', { name: created.name }));
        void this.router.navigate(['/verwaltung/durchgaenge', created.id]);
      });
  }
}
