import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, linkedSignal, signal } from '@angular/core';
import { MatIconButton } from '@angular/material/button';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatTooltip } from '@angular/material/tooltip';
import {
  actionForKey,
  type AttendanceEnrolment,
  type AttendanceKeys,
  AttendanceService,
  type AttendanceSession,
  type AttendanceSheet,
  type AttendanceValue,
  cellKey,
  EMPTY_ATTENDANCE,
  formatSessionDay,
  formatSessionTime,
  type GridColumn,
  type GridPosition,
  groupSessionsByModule,
  moveInGrid,
  sameAttendance,
  sessionStarted,
  toEntry,
} from '@koko/web/progress/data-access';
import { AttendanceMarkIcon } from '@koko/web/progress/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, FormError, TableScroll } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

type SaveState = 'saving' | 'saved' | 'error';
type Column = GridColumn<AttendanceSession>;

interface CellChange {
  key: string;
  enrolment: AttendanceEnrolment;
  column: Column;
  value: AttendanceValue;
  version: number;
}

const SAVED_INDICATOR_MS = 2500;

/**
 * The attendance grid: participants × sessions grouped by module. One cell is in the tab order (roving
 * tabindex); arrow keys move, the value keys of the UI language (German A/E/F, English P/E/A) and Delete
 * set a value, R/W toggles the waiver of an excused absence. Cells of sessions that have not begun take no
 * value; a key that does nothing says why in the live region. Held sessions without an entry are shown as
 * the trainer's to-do. Every change is saved at once; saves of one cell run in order so the last one wins.
 */
@Component({
  selector: 'koko-attendance-grid',
  imports: [MatIconButton, MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger, MatTooltip, AttendanceMarkIcon, FormError, TableScroll, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-grid.html',
  styleUrl: './attendance-grid.scss',
})
export class AttendanceGrid {
  private readonly attendance = inject(AttendanceService);
  private readonly errors = inject(ApiErrorService);
  private readonly confirm = inject(ConfirmService);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly cohortId = input.required<string>();
  readonly sheet = input.required<AttendanceSheet>();
  /** Required attendance per module id, shown in the module headers. */
  readonly requiredPercent = input<ReadonlyMap<string, number>>(new Map());

  protected readonly groups = computed(() => groupSessionsByModule(this.sheet().sessions));
  protected readonly columns = computed(() => this.groups().flatMap((g) => g.columns));
  protected readonly enrolments = computed(() => this.sheet().enrolments);

  /** What the server had when the sheet was loaded. */
  private readonly loaded = computed(() => recordsToMap(this.sheet().records));
  /** What the grid shows: the loaded values plus changes, shown before they are saved. */
  protected readonly values = linkedSignal(() => new Map(this.loaded()));
  /** Values the server confirmed since loading; a failed save falls back to these. */
  private readonly confirmed = new Map<string, AttendanceValue>();
  protected readonly saveStates = signal<ReadonlyMap<string, SaveState>>(new Map());
  protected readonly active = signal<GridPosition>({ row: 0, col: 0 });
  protected readonly liveMessage = signal('');
  protected readonly errorMessage = signal<string | null>(null);

  private readonly versions = new Map<string, number>();
  private readonly queues = new Map<string, Promise<void>>();

  /** When the grid was opened: sessions that begin later take no value. */
  private readonly now = signal(Date.now());

  protected readonly keys = computed<AttendanceKeys>(() => {
    return {
      present: this.i18n.t('progress.attendance.key.PRESENT'),
      excused: this.i18n.t('progress.attendance.key.EXCUSED'),
      absent: this.i18n.t('progress.attendance.key.ABSENT'),
      waiver: this.i18n.t('progress.attendance.key.WAIVER'),
    };
  });
  protected readonly keyShortcuts = computed(() => {
    const k = this.keys();
    return `${k.present} ${k.excused} ${k.absent} ${k.waiver} Delete`;
  });
  private readonly started = computed(() => new Set(this.sheet().sessions.filter((s) => sessionStarted(s, this.now())).map((s) => s.id)));
  /** Per session that has taken place: how many participants have no entry yet. */
  protected readonly openPerSession = computed(() => {
    const values = this.values();
    const open = new Map<string, number>();
    for (const column of this.columns()) {
      if (!this.started().has(column.session.id)) continue;
      const count = this.enrolments().filter((e) => !values.get(cellKey(e.id, column.session.id))?.status).length;
      if (count > 0) open.set(column.session.id, count);
    }
    return open;
  });
  protected readonly openTotal = computed(() => [...this.openPerSession().values()].reduce((a, b) => a + b, 0));

  protected isStarted(column: Column): boolean {
    return this.started().has(column.session.id);
  }

  /** What a cell shows: its value, or for an empty one whether it is open (held) or not yet possible. */
  protected cellState(enrolmentId: string, column: Column): string {
    const status = this.valueOf(enrolmentId, column.session.id).status;
    if (status) return status;
    return this.isStarted(column) ? 'TODO' : 'NOT_STARTED';
  }

  protected valueOf(enrolmentId: string, sessionId: string): AttendanceValue {
    return this.values().get(cellKey(enrolmentId, sessionId)) ?? EMPTY_ATTENDANCE;
  }

  protected saveStateOf(enrolmentId: string, sessionId: string): SaveState | undefined {
    return this.saveStates().get(cellKey(enrolmentId, sessionId));
  }

  protected isActive(row: number, col: number): boolean {
    const { row: r, col: c } = this.active();
    // Keep one cell tabbable even when the grid shrank.
    return Math.min(r, this.enrolments().length - 1) === row && Math.min(c, this.columns().length - 1) === col;
  }

  protected sessionLabel(column: Column): string {
    return this.i18n.t('progress.attendance.sessionLabel', { position: column.position, number: column.number });
  }

  protected sessionDay(column: Column): string {
    return formatSessionDay(column.session.startsAt, this.i18n);
  }

  protected sessionTooltip(column: Column): string {
    const time = formatSessionTime(column.session.startsAt, column.session.endsAt, this.i18n);
    return column.session.title ? `${column.session.title} – ${time}` : time;
  }

  protected markAllLabel(column: Column): string {
    return this.i18n.t('progress.attendance.markAllLabel', { session: this.sessionLabel(column), date: this.sessionDay(column) });
  }

  protected valueLabel(value: AttendanceValue): string {
    return this.i18n.t(valueKey(value));
  }

  protected sessionStartDate(column: Column): string {
    return this.i18n.formatDate(column.session.startsAt, { dateStyle: 'medium', timeStyle: 'short' });
  }

  protected cellLabel(enrolment: AttendanceEnrolment, column: Column): string {
    const value = this.valueOf(enrolment.id, column.session.id);
    const label = this.i18n.t('progress.attendance.cellLabel', {
      name: enrolment.participant.displayName,
      session: this.sessionLabel(column),
      value: value.status
        ? this.valueLabel(value)
        : this.i18n.t(this.isStarted(column) ? 'progress.attendance.value.TODO' : 'progress.attendance.value.NOT_STARTED'),
    });
    return this.saveStateOf(enrolment.id, column.session.id) === 'error'
      ? `${label}. ${this.i18n.t('progress.attendance.cellNotSaved')}`
      : label;
  }

  protected onFocus(row: number, col: number): void {
    const current = this.active();
    if (current.row !== row || current.col !== col) this.active.set({ row, col });
  }

  protected onCellKeydown(event: KeyboardEvent, row: number, col: number): void {
    if (event.altKey || event.metaKey) return;
    const target = moveInGrid({ row, col }, event.key, { rows: this.enrolments().length, cols: this.columns().length }, event.ctrlKey);
    if (target) {
      event.preventDefault();
      this.focusCell(target);
      return;
    }
    if (event.ctrlKey) return;
    const enrolment = this.enrolments()[row];
    const column = this.columns()[col];
    const current = this.valueOf(enrolment.id, column.session.id);
    const action = actionForKey(current, event.key, this.keys());
    if (!action) return;
    event.preventDefault();
    const key = event.key.length === 1 ? event.key.toUpperCase() : this.i18n.t('progress.attendance.deleteKey');
    // A cell of a session that has not begun takes no value (a stale one may still be cleared).
    if (!this.isStarted(column) && !(action.kind === 'set' && action.value.status === null && current.status !== null)) {
      this.explain(this.i18n.t('progress.attendance.why.notStarted', { key, session: this.sessionLabel(column), date: this.sessionStartDate(column) }));
      return;
    }
    switch (action.kind) {
      case 'set':
        this.set(enrolment, column, action.value);
        return;
      case 'waiverNeedsExcuse':
        this.explain(this.i18n.t('progress.attendance.why.waiverNeedsExcuse', { key, cell: this.cellLabel(enrolment, column) }));
        return;
      case 'unknownLetter':
        this.explain(this.i18n.t('progress.attendance.why.unknownLetter', { key: action.letter }));
        return;
    }
  }

  /** Says in the live region why a key did nothing; the same text twice in a row is announced again. */
  private explain(message: string): void {
    this.liveMessage.set(this.liveMessage() === message ? `${message}\u00a0` : message);
  }

  /** From the cell menu (mouse and touch). */
  protected choose(row: number, col: number, status: AttendanceValue['status']): void {
    const enrolment = this.enrolments()[row];
    const column = this.columns()[col];
    const current = this.valueOf(enrolment.id, column.session.id);
    this.set(enrolment, column, {
      status,
      excuseWaived: status === 'EXCUSED' && current.status === 'EXCUSED' && current.excuseWaived,
    });
  }

  protected toggleWaiver(row: number, col: number): void {
    const enrolment = this.enrolments()[row];
    const column = this.columns()[col];
    const action = actionForKey(this.valueOf(enrolment.id, column.session.id), this.keys().waiver, this.keys());
    if (action?.kind === 'set') this.set(enrolment, column, action.value);
  }

  protected async markAllPresent(column: Column): Promise<void> {
    if (!this.isStarted(column)) return;
    const present: AttendanceValue = { status: 'PRESENT', excuseWaived: false };
    const targets = this.enrolments().filter((e) => !sameAttendance(this.valueOf(e.id, column.session.id), present));
    if (targets.length === 0) {
      this.liveMessage.set(this.i18n.t('progress.attendance.allAlreadyPresent', { session: this.sessionLabel(column) }));
      return;
    }
    const overwritten = targets.filter((e) => this.valueOf(e.id, column.session.id).status !== null).length;
    if (overwritten > 0) {
      const confirmed = await this.confirm.confirm({
        title: this.i18n.t('progress.attendance.markAllTitle'),
        message: this.i18n.t(overwritten === 1 ? 'progress.attendance.markAllOverwrite.one' : 'progress.attendance.markAllOverwrite.other', {
          count: overwritten,
          session: this.sessionLabel(column),
        }),
        confirmLabel: this.i18n.t('progress.attendance.markAllConfirm'),
      });
      if (!confirmed) return;
    }
    this.save(targets.map((enrolment) => this.stage(enrolment, column, present)));
  }

  private set(enrolment: AttendanceEnrolment, column: Column, value: AttendanceValue): void {
    if (sameAttendance(this.valueOf(enrolment.id, column.session.id), value)) return;
    this.save([this.stage(enrolment, column, value)]);
  }

  /** Shows the new value at once and marks the cell as saving. */
  private stage(enrolment: AttendanceEnrolment, column: Column, value: AttendanceValue): CellChange {
    const key = cellKey(enrolment.id, column.session.id);
    const version = (this.versions.get(key) ?? 0) + 1;
    this.versions.set(key, version);
    return { key, enrolment, column, value, version };
  }

  private save(changes: CellChange[]): void {
    this.values.update((map) => withEntries(map, changes.map((c) => [c.key, c.value])));
    this.saveStates.update((map) => withEntries(map, changes.map((c) => [c.key, 'saving' as const])));
    this.errorMessage.set(null);
    const keys = changes.map((c) => c.key);
    const previous = Promise.all(keys.map((key) => this.queues.get(key)));
    const run = previous
      .then(() => this.attendance.record(this.cohortId(), changes.map((c) => toEntry(c.enrolment.id, c.column.session.id, c.value))))
      .then(
        () => this.saved(changes),
        (error: unknown) => this.failed(changes, error),
      );
    for (const key of keys) this.queues.set(key, run);
  }

  private saved(changes: CellChange[]): void {
    for (const change of changes) this.confirmed.set(change.key, change.value);
    const current = changes.filter((c) => this.versions.get(c.key) === c.version);
    this.saveStates.update((map) => withEntries(map, current.map((c) => [c.key, 'saved' as const])));
    this.liveMessage.set(
      changes.length === 1
        ? this.i18n.t('progress.attendance.savedOne', { cell: this.describe(changes[0]) })
        : this.i18n.t('progress.attendance.savedMany', { count: changes.length, session: this.sessionLabel(changes[0].column) }),
    );
    setTimeout(() => {
      const stillCurrent = current.filter((c) => this.versions.get(c.key) === c.version && this.saveStates().get(c.key) === 'saved');
      if (stillCurrent.length) this.saveStates.update((map) => withoutKeys(map, stillCurrent.map((c) => c.key)));
    }, SAVED_INDICATOR_MS);
  }

  private failed(changes: CellChange[], error: unknown): void {
    const message = this.errors.describe(error).message;
    // A newer change of the same cell is still on its way; only the latest one may revert the cell.
    const current = changes.filter((c) => this.versions.get(c.key) === c.version);
    this.values.update((map) => withEntries(map, current.map((c) => [c.key, this.confirmed.get(c.key) ?? this.loaded().get(c.key) ?? EMPTY_ATTENDANCE])));
    this.saveStates.update((map) => withEntries(map, current.map((c) => [c.key, 'error' as const])));
    const what = changes.length === 1 ? this.describe(changes[0]) : this.sessionLabel(changes[0].column);
    this.liveMessage.set('');
    this.errorMessage.set(this.i18n.t('progress.attendance.saveFailed', { cell: what, message }));
  }

  private describe(change: CellChange): string {
    return this.i18n.t('progress.attendance.cellLabel', {
      name: change.enrolment.participant.displayName,
      session: this.sessionLabel(change.column),
      value: this.valueLabel(change.value),
    });
  }

  private focusCell(position: GridPosition): void {
    this.active.set(position);
    this.host.nativeElement.querySelector<HTMLElement>(`[data-row="${position.row}"][data-col="${position.col}"]`)?.focus();
  }
}

function recordsToMap(records: AttendanceSheet['records']): Map<string, AttendanceValue> {
  return new Map(records.map((r) => [cellKey(r.enrolmentId, r.sessionId), { status: r.status, excuseWaived: r.excuseWaived }]));
}

function valueKey(value: AttendanceValue): TranslationKey {
  if (value.status === 'EXCUSED' && value.excuseWaived) return 'progress.attendance.value.EXCUSED_WAIVED';
  return value.status ? `progress.attendance.value.${value.status}` : 'progress.attendance.value.EMPTY';
}

function withEntries<V>(map: ReadonlyMap<string, V>, entries: [string, V][]): Map<string, V> {
  const next = new Map(map);
  for (const [key, value] of entries) next.set(key, value);
  return next;
}

function withoutKeys<V>(map: ReadonlyMap<string, V>, keys: string[]): Map<string, V> {
  const next = new Map(map);
  for (const key of keys) next.delete(key);
  return next;
}
