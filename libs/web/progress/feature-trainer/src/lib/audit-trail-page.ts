import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { Router } from '@angular/router';
import {
  AttendanceService,
  type AuditEntry,
  type AuditEventPage,
  AuditTrailService,
  formatDay,
  groupSessionsByModule,
} from '@koko/web/progress/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { type AuditValuePart, describeAuditValue } from './audit-change';

type ListState =
  | { kind: 'loading'; page: AuditEventPage | null }
  | { kind: 'loaded'; page: AuditEventPage }
  | { kind: 'error'; message: string; page: AuditEventPage | null };

/** `/verwaltung/protokoll` – the audit trail (admins), filtered by cohort and optionally by participant. */
@Component({
  selector: 'koko-audit-trail-page',
  imports: [MatFormField, MatLabel, MatSelect, MatOption, MatPaginator, PageHeader, LoadingState, EmptyState, ErrorState, TableScroll, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-trail-page.html',
  styleUrl: './audit-trail-page.scss',
})
export class AuditTrailPage {
  private readonly audit = inject(AuditTrailService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  /** Query parameters `?durchgang=<cohortId>&person=<userId>`. */
  readonly durchgang = input<string | undefined>();
  readonly person = input<string | undefined>();

  private readonly attendance = inject(AttendanceService);

  /** Names and session labels of the chosen cohort, so that entries say whom and which session they concern. */
  private readonly names = toSignal(
    toObservable(computed(() => this.durchgang())).pipe(
      switchMap((cohortId) =>
        cohortId
          ? this.attendance.sheet(cohortId).pipe(
              map(({ attendanceSheet }) => ({
                people: new Map(attendanceSheet.enrolments.map((e) => [e.userId, e.participant.displayName])),
                enrolments: new Map(attendanceSheet.enrolments.map((e) => [e.id, e.participant.displayName])),
                sessions: new Map(
                  groupSessionsByModule(attendanceSheet.sessions).flatMap((g) =>
                    g.columns.map((c) => [c.session.id, this.i18n.t('progress.attendance.sessionLabel', { position: c.position, number: c.number })] as const),
                  ),
                ),
              })),
              catchError(() => of(null)),
            )
          : of(null),
      ),
    ),
    { initialValue: null },
  );

  protected readonly cohortOptions = toSignal(this.audit.cohortOptions().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloadCounter = signal(0);
  protected readonly state = signal<ListState>({ kind: 'loading', page: null });
  protected readonly page = computed(() => this.state().page);
  protected readonly items = computed<AuditEntry[]>(() => this.page()?.items ?? []);

  /** The API answers only for a cohort or a person: the whole trail at once would be far too long to read. */
  protected readonly hasFilter = computed(() => !!this.durchgang() || !!this.person());

  private readonly query = computed(() => ({
    variables: {
      offset: this.pageIndex() * this.pageSize(),
      limit: this.pageSize(),
      cohortId: this.durchgang() || undefined,
      subjectUserId: this.person() || undefined,
    },
    reload: this.reloadCounter(),
  }));

  constructor() {
    toObservable(this.query)
      .pipe(
        switchMap(({ variables }) =>
          !variables.cohortId && !variables.subjectUserId
            ? of<ListState>({ kind: 'loaded', page: { items: [], total: 0, offset: 0, limit: variables.limit } })
            : this.audit.list(variables).pipe(
                map((page): ListState => ({ kind: 'loaded', page })),
                catchError((error: unknown) => of<ListState>({ kind: 'error', message: this.errors.describe(error).message, page: this.page() })),
                startWith<ListState>({ kind: 'loading', page: this.page() }),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  /** Filters live in the URL so that a filtered trail can be linked to. */
  protected filterCohort(cohortId: string): void {
    this.pageIndex.set(0);
    void this.router.navigate([], { queryParams: { durchgang: cohortId || null }, queryParamsHandling: 'merge' });
  }

  protected clearPerson(): void {
    this.pageIndex.set(0);
    void this.router.navigate([], { queryParams: { person: null }, queryParamsHandling: 'merge' });
  }

  protected cohortLabel(option: { name: string; startsOn: string }): string {
    return `${option.name} (${formatDay(option.startsOn, this.i18n)})`;
  }

  protected time(entry: AuditEntry): string {
    return this.i18n.formatDate(entry.occurredAt, { dateStyle: 'medium', timeStyle: 'medium' });
  }

  protected actionLabel(action: string): string {
    const key = `progress.audit.action.${action}`;
    return Object.prototype.hasOwnProperty.call(this.i18n.dictionary(), key) ? this.i18n.t(key as TranslationKey) : action;
  }

  protected subject(entry: AuditEntry): string {
    const names = this.names();
    if (entry.action === 'attendance.changed') {
      const [sessionId, enrolmentId] = entry.entityId.split(':');
      const name = names?.enrolments.get(enrolmentId);
      const session = names?.sessions.get(sessionId);
      if (name && session) return `${name}, ${session}`;
    }
    const person = entry.subjectUserId ? names?.people.get(entry.subjectUserId) : undefined;
    return person ?? this.i18n.t(entry.subjectUserId ? 'progress.audit.unknownPerson' : 'progress.audit.none');
  }

  protected parts(entry: AuditEntry, which: 'before' | 'after'): AuditValuePart[] {
    return describeAuditValue(entry.action, entry[which]);
  }

  protected partText(part: AuditValuePart): string {
    const value = part.translated
      ? this.i18n.t(part.value as TranslationKey)
      : part.date
        ? this.i18n.formatDate(part.value, { dateStyle: 'medium', timeStyle: 'short' })
        : part.value;
    const label = part.labelKey ? this.i18n.t(part.labelKey) : part.field;
    return label ? `${label}: ${value}` : value;
  }
}
