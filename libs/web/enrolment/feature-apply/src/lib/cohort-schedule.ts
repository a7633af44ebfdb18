import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { formatSessionTime, type OpenCohortView } from '@koko/web/enrolment/data-access';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

type Schedule = OpenCohortView['schedule'];
type Session = Schedule[number]['sessions'][number];

/** The five modules of a cohort with their sessions, folded away until asked for. */
@Component({
  selector: 'koko-cohort-schedule',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <details class="schedule" [attr.data-testid]="'cohort-schedule-' + cohortId()">
      <summary>{{ 'enrolment.open.schedule' | t }}</summary>
      <ol class="modules">
        @for (module of schedule(); track module.moduleId) {
          <li>
            <h3>{{ 'enrolment.open.module' | t: { position: module.position, title: module.title } }}</h3>
            @if (module.format && module.workloadHours !== null) {
              <p class="module-details">
                {{ 'enrolment.open.moduleDetails' | t: { format: (formatKey(module.format) | t), hours: module.workloadHours } }}
              </p>
            }
            @if (module.sessions.length > 0) {
              <ul class="sessions">
                @for (session of module.sessions; track session.id) {
                  <li>
                    <span class="when">{{ when(session) }}</span>
                    @if (session.title) {
                      <span class="what">{{ session.title }}</span>
                    }
                    <span class="where">{{ session.online ? ('enrolment.open.online' | t) : session.location }}</span>
                  </li>
                }
              </ul>
            } @else {
              <p class="none">{{ 'enrolment.open.noSessions' | t }}</p>
            }
          </li>
        }
      </ol>
    </details>
  `,
  styles: `
    .schedule { margin-top: 1rem; }
    summary {
      cursor: pointer;
      color: var(--mat-sys-primary);
      font: var(--mat-sys-title-small);
      padding: 0.5rem 0;
      min-height: 24px;
    }
    .modules { list-style: none; margin: 0.5rem 0 0; padding: 0; display: flex; flex-direction: column; gap: 1rem; }
    h3 { margin: 0; font: var(--mat-sys-title-medium); }
    .module-details, .none { margin: 0.125rem 0 0; color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-body-medium); }
    .sessions { margin: 0.5rem 0 0; padding-left: 1.25rem; }
    .sessions li { margin-bottom: 0.25rem; }
    .when { font-weight: 600; }
    .what::before, .where:not(:empty)::before { content: ' · '; }
    @media (max-width: 599px) {
      .when { display: block; }
      .when + .what::before, .when + .where::before { content: none; }
    }
  `,
})
export class CohortSchedule {
  private readonly i18n = inject(I18nService);
  readonly schedule = input.required<Schedule>();
  readonly cohortId = input.required<string>();

  protected formatKey(format: NonNullable<Schedule[number]['format']>): TranslationKey {
    return `enrolment.moduleFormat.${format}`;
  }

  protected when(session: Session): string {
    return formatSessionTime(this.i18n, session.startsAt, session.endsAt);
  }
}
