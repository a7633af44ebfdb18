import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { canWithdraw, formatDayRange, type MyEnrolment, MyEnrolmentsService } from '@koko/web/enrolment/data-access';
import { EnrolmentStateChip } from '@koko/web/enrolment/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, EmptyState, ErrorState, FormError, LoadingState, Notifier } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { catchError, map, of, startWith, Subject, switchMap } from 'rxjs';

type SectionState = { kind: 'loading' } | { kind: 'loaded'; items: MyEnrolment[] } | { kind: 'error'; message: string };

/** "Meine Bewerbungen": the signed-in participant's applications with their state; admitted ones can be withdrawn. */
@Component({
  selector: 'koko-my-enrolments-section',
  imports: [RouterLink, MatButton, EnrolmentStateChip, LoadingState, EmptyState, ErrorState, FormError, TranslatePipe, LocalizedDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-enrolments-section.html',
  styleUrl: './my-enrolments-section.scss',
})
export class MyEnrolmentsSection {
  private readonly enrolments = inject(MyEnrolmentsService);
  private readonly confirm = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly reload$ = new Subject<void>();

  /** Level of the section heading, so it fits the page's outline. */
  readonly headingLevel = input<2 | 3>(2);

  protected readonly state = signal<SectionState>({ kind: 'loading' });
  protected readonly busyId = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly canWithdraw = canWithdraw;

  constructor() {
    this.reload$
      .pipe(
        startWith(undefined),
        switchMap(() =>
          this.enrolments.list().pipe(
            map((items): SectionState => ({ kind: 'loaded', items })),
            catchError((error: unknown) => of<SectionState>({ kind: 'error', message: this.errors.describe(error).message })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.state.set({ kind: 'loading' });
    this.reload$.next();
  }

  protected period(enrolment: MyEnrolment): string {
    return formatDayRange(this.i18n, enrolment.cohort.startsOn, enrolment.cohort.endsOn);
  }

  protected async withdraw(enrolment: MyEnrolment): Promise<void> {
    const name = enrolment.cohort.name;
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('enrolment.mine.withdrawTitle'),
      message: this.i18n.t('enrolment.mine.withdrawText', { name }),
      confirmLabel: this.i18n.t('enrolment.mine.withdraw'),
      destructive: true,
    });
    if (!confirmed) return;
    this.busyId.set(enrolment.id);
    this.actionError.set(null);
    try {
      await this.enrolments.withdraw(enrolment.id);
      this.notifier.success(this.i18n.t('enrolment.mine.withdrawn', { name }));
      this.reload$.next();
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.busyId.set(null);
    }
  }
}
