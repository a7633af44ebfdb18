import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAnchor } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator } from '@angular/material/paginator';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@koko/web/identity/data-access';
import { formatDay, type TrainerCohort, TrainerCohortsService } from '@koko/web/progress/data-access';
import { createAdminList } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, PageHeader, provideTranslatedPaginator } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** `/trainer/durchgaenge` – the cohorts a trainer runs (admins: all), with links to attendance and progress. */
@Component({
  selector: 'koko-trainer-cohorts-page',
  imports: [ReactiveFormsModule, RouterLink, MatAnchor, MatFormField, MatLabel, MatInput, MatPaginator, PageHeader, LoadStateView, TranslatePipe],
  providers: [provideTranslatedPaginator()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './trainer-cohorts-page.html',
  styleUrl: './trainer-cohorts-page.scss',
})
export class TrainerCohortsPage {
  private readonly cohorts = inject(TrainerCohortsService);
  private readonly i18n = inject(I18nService);
  protected readonly session = inject(SessionStore);

  /** Cards, not a table: search and page live in the address (`?suche=&seite=`) like on the admin lists. */
  protected readonly list = createAdminList({
    filters: { search: { param: 'suche', text: true } },
    pageSizeOptions: [10, 20, 50],
    load: ({ filters, offset, limit }) => this.cohorts.list({ offset, limit, search: filters.search || undefined }),
  });
  protected readonly searching = computed(() => this.list.filters().search !== '');

  /** Trainers see their own cohorts; admins without the trainer role see every cohort. */
  protected readonly headingKey = computed(() =>
    this.session.isTrainer() ? 'progress.cohorts.headingTrainer' : 'progress.cohorts.headingAdmin',
  );

  protected dates(cohort: TrainerCohort): string {
    return this.i18n.t('progress.cohorts.dates', { start: formatDay(cohort.startsOn, this.i18n), end: formatDay(cohort.endsOn, this.i18n) });
  }

  protected trainerNames(cohort: TrainerCohort): string {
    return cohort.trainers.map((t) => t.displayName).join(', ');
  }
}
