import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatSessionTime, type MyModuleProgress } from '@koko/web/progress/data-access';
import { ModuleStatusIcon } from '@koko/web/progress/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { openConditionTexts } from './open-conditions';

/** One of the five modules on "Mein Weg": status, attendance so far, next session, assignment, what is missing. */
@Component({
  selector: 'koko-module-progress-card',
  imports: [ModuleStatusIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-progress-card.html',
  styleUrl: './module-progress-card.scss',
})
export class ModuleProgressCard {
  private readonly i18n = inject(I18nService);

  readonly module = input.required<MyModuleProgress>();
  /** Makes heading ids unique when a participant has several enrolments. */
  readonly idPrefix = input.required<string>();

  protected readonly headingId = computed(() => `${this.idPrefix()}-module-${this.module().position}`);
  protected readonly statusKey = computed<TranslationKey>(() => `progress.status.${this.module().status}`);
  protected readonly assignmentStateKey = computed<TranslationKey>(() => `progress.assignmentState.${this.module().assignmentState}`);
  protected readonly openConditions = computed(() => (this.module().status === 'COMPLETE' ? [] : openConditionTexts(this.module())));

  protected readonly nextSessionTime = computed(() => {
    const session = this.module().nextSession;
    return session ? formatSessionTime(session.startsAt, session.endsAt, this.i18n.intlLocale()) : '';
  });

  protected readonly dueAt = computed(() => {
    const due = this.module().assignmentDueAt;
    return due ? this.i18n.formatDate(due, { dateStyle: 'full', timeStyle: 'short' }) : '';
  });
}
