import { afterNextRender, ChangeDetectionStrategy, Component, computed, ElementRef, inject, Injector, input, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  assignmentPhase,
  AssignmentService,
  earlierAttempts,
  type AssignmentOverview,
  type RubricCriterion,
} from '@koko/web/assessment/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { catchError, forkJoin, map, type Observable, of, startWith, switchMap } from 'rxjs';
import { AssignmentDeadlines } from './assignment-deadlines';
import { AttemptView } from './attempt-view';
import { AttemptWorkspace } from './attempt-workspace';
import { EarlierAttempts } from './earlier-attempts';
import { RubricOverview } from './rubric-overview';

type PageState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'invalid'; key: TranslationKey }
  | { kind: 'loaded'; overview: AssignmentOverview; rubric: RubricCriterion[] | null };

/**
 * `/mein-weg/modul/:position?enrolment=<id>` – the participant's transfer assignment of one module:
 * brief, deadlines, rubric, the attempt being written (or the submitted one) and earlier attempts.
 */
@Component({
  selector: 'koko-assignment-page',
  imports: [
    RouterLink,
    MatAnchor,
    PageHeader,
    LoadingState,
    ErrorState,
    EmptyState,
    TranslatePipe,
    AssignmentDeadlines,
    RubricOverview,
    AttemptWorkspace,
    AttemptView,
    EarlierAttempts,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './assignment-page.html',
  styleUrl: './assignment-page.scss',
})
export class AssignmentPage {
  private readonly assignments = inject(AssignmentService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly injector = inject(Injector);

  /** Route parameter `:position` (1 to 5). */
  readonly position = input<string>('');
  /** Query parameter `enrolment`: the links on "Mein Weg" and in the mails carry it. */
  readonly enrolment = input<string | undefined>(undefined);

  private readonly reloads = signal({ count: 0, quiet: false });
  protected readonly state = signal<PageState>({ kind: 'loading' });
  private focusStatusOnLoad = false;
  private readonly statusNotice = viewChild<ElementRef<HTMLElement>>('statusNotice');

  protected readonly overview = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.overview : null;
  });
  protected readonly rubric = computed(() => {
    const state = this.state();
    return state.kind === 'loaded' ? state.rubric : null;
  });
  protected readonly phase = computed(() => {
    const overview = this.overview();
    return overview ? assignmentPhase(overview) : null;
  });
  protected readonly earlier = computed(() => {
    const overview = this.overview();
    const phase = this.phase();
    return overview && phase ? earlierAttempts(overview, phase) : [];
  });
  protected readonly heading = computed(() => {
    const overview = this.overview();
    return overview
      ? this.i18n.t('assessment.page.heading', { position: overview.modulePosition, title: overview.moduleTitle })
      : this.i18n.t('assessment.page.headingFallback');
  });
  /** The sentence on top of a submitted or closed assignment. */
  protected readonly statusText = computed(() => {
    const phase = this.phase();
    const overview = this.overview();
    if (!phase || !overview || phase.kind === 'writing') return '';
    if (phase.kind === 'submitted') {
      const date = this.i18n.formatDate(phase.attempt.submittedAt, { dateStyle: 'long', timeStyle: 'short' });
      return this.i18n.t(phase.attempt.late ? 'assessment.status.submittedLate' : 'assessment.status.submitted', { date });
    }
    return this.i18n.t(`assessment.status.${phase.reason}`, { max: overview.maxAttempts });
  });
  /** After a revision request, the feedback that asks for it is opened. */
  protected readonly expandNewestEarlier = computed(() => {
    const phase = this.phase();
    return phase?.kind === 'writing' && phase.revisionOf?.state === 'REVISION_REQUESTED';
  });

  constructor() {
    toObservable(computed(() => ({ position: this.position(), enrolment: this.enrolment(), reload: this.reloads() })))
      .pipe(
        switchMap(({ position, enrolment, reload }) => {
          const loaded = this.load(position, enrolment).pipe(
            catchError((error: unknown) => of<PageState>({ kind: 'error', message: this.errors.describe(error).message })),
          );
          return reload.quiet ? loaded : loaded.pipe(startWith<PageState>({ kind: 'loading' }));
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => {
        this.state.set(state);
        if (state.kind !== 'loading' && this.focusStatusOnLoad) {
          this.focusStatusOnLoad = false;
          afterNextRender(() => this.statusNotice()?.nativeElement.focus(), { injector: this.injector });
        }
      });
  }

  protected reload(): void {
    this.reloads.update(({ count }) => ({ count: count + 1, quiet: false }));
  }

  /** After submitting: show the frozen attempt without a loading flash and move focus to what it says. */
  protected submitted(): void {
    this.focusStatusOnLoad = true;
    this.reloads.update(({ count }) => ({ count: count + 1, quiet: true }));
  }

  private load(positionParam: string, enrolmentId: string | undefined): Observable<PageState> {
    const position = Number(positionParam);
    if (!Number.isInteger(position) || position < 1) return of({ kind: 'invalid', key: 'assessment.page.unknownModule' });
    if (!enrolmentId) return of({ kind: 'invalid', key: 'assessment.page.missingEnrolment' });
    return this.assignments.moduleIdAt(position).pipe(
      switchMap((moduleId): Observable<PageState> => {
        if (!moduleId) return of({ kind: 'invalid', key: 'assessment.page.unknownModule' });
        return forkJoin({
          overview: this.assignments.overview(enrolmentId, moduleId),
          // The rubric is a help; the page works without it.
          rubric: this.assignments.rubric(moduleId).pipe(catchError(() => of(null))),
        }).pipe(map(({ overview, rubric }): PageState => ({ kind: 'loaded', overview, rubric })));
      }),
    );
  }
}
