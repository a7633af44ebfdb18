import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The API's module status, repeated here because ui libraries do not depend on data access. */
export type ModuleStatusValue = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETE';
export type AttendanceMarkValue = 'PRESENT' | 'EXCUSED' | 'ABSENT';

/**
 * Decorative status shapes (empty, half, full circle with a tick): they differ in shape, not only in
 * colour; the text next to them carries the meaning.
 */
@Component({
  selector: 'koko-module-status-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', class: 'koko-module-status-icon' },
  template: `
    <svg viewBox="0 0 24 24" width="1.25em" height="1.25em" focusable="false">
      @switch (status()) {
        @case ('COMPLETE') {
          <circle cx="12" cy="12" r="10" fill="currentColor" />
          <path d="M7 12.5l3.3 3.3L17.2 9" fill="none" stroke="var(--mat-sys-surface, #fff)" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
        }
        @case ('IN_PROGRESS') {
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" />
          <path d="M12 3a9 9 0 0 1 0 18z" fill="currentColor" />
        }
        @default {
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.6" />
        }
      }
    </svg>
  `,
  styles: `
    :host { display: inline-flex; vertical-align: middle; flex: none; }
  `,
})
export class ModuleStatusIcon {
  readonly status = input.required<ModuleStatusValue>();
}

/** Decorative mark of an attendance cell: tick, "E" (with a small tick once the excuse counts), cross. */
@Component({
  selector: 'koko-attendance-mark-icon',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'aria-hidden': 'true', class: 'koko-attendance-mark-icon' },
  template: `
    <svg viewBox="0 0 24 24" width="1.25em" height="1.25em" focusable="false">
      @switch (status()) {
        @case ('PRESENT') {
          <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round" />
        }
        @case ('ABSENT') {
          <path d="M6.5 6.5l11 11M17.5 6.5l-11 11" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
        }
        @case ('EXCUSED') {
          <path d="M15 5H7v14h8M7 12h6" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
          @if (waived()) {
            <path d="M15.5 15.5l2 2 4-4.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          }
        }
      }
    </svg>
  `,
  styles: `
    :host { display: inline-flex; vertical-align: middle; flex: none; }
  `,
})
export class AttendanceMarkIcon {
  readonly status = input<AttendanceMarkValue | null>(null);
  readonly waived = input(false);
}
