import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { AttendanceService, type AuditEntry, AuditTrailService, formatDay, groupSessionsByModule } from '@koko/web/progress/data-access';
import { createAdminList } from '@koko/web/shared/data-access-graphql';
import { AdminListView, PageHeader } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { catchError, map, of, switchMap } from 'rxjs';
import { type AuditValuePart, describeAuditValue } from './audit-change';

/** `/verwaltung/protokoll` – the audit trail (admins), filtered by cohort and optionally by participant. */
@Component({
  selector: 'koko-audit-trail-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatSelect, MatOption, PageHeader, AdminListView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit-trail-page.html',
  styleUrl: './audit-trail-page.scss',
})
export class AuditTrailPage {
  private readonly audit = inject(AuditTrailService);
  private readonly i18n = inject(I18nService);
  private readonly attendance = inject(AttendanceService);

  /**
   * `?durchgang=<cohortId>&person=<userId>&seite=`: the API answers only for a cohort or a person, since the
   * whole trail at once would be far too long to read.
   */
  protected readonly list = createAdminList({
    filters: { cohort: { param: 'durchgang' }, person: { param: 'person' } },
    pageSizeOptions: [20, 50, 100],
    placeholder: ({ cohort, person }) => (cohort || person ? null : { items: [], total: 0 }),
    load: ({ filters, offset, limit }) =>
      this.audit.list({ offset, limit, cohortId: filters.cohort || undefined, subjectUserId: filters.person || undefined }),
  });
  protected readonly hasFilter = computed(() => !!this.list.filters().cohort || !!this.list.filters().person);

  /** Names and session labels of the chosen cohort, so that entries say whom and which session they concern. */
  private readonly names = toSignal(
    toObservable(computed(() => this.list.filters().cohort)).pipe(
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

  protected clearPerson(): void {
    this.list.setFilters({ person: '' });
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
