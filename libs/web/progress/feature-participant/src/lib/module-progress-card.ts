import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatSessionTime, type MyModuleProgress } from '@koko/web/progress/data-access';
import { ModuleStatusIcon } from '@koko/web/progress/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { openConditionTexts } from './open-conditions';

/** One of the five modules on "Mein Weg": status, attendance so far, next session, assignment, what is missing. */
@Component({
  selector: 'koko-module-progress-card',
  imports: [RouterLink, ModuleStatusIcon, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './module-progress-card.html',
  styleUrl: './module-progress-card.scss',
})
export class ModuleProgressCard {
  private readonly i18n = inject(I18nService);

  readonly module = input.required<MyModuleProgress>();
  /** Makes heading ids unique when a participant has several enrolments. */
  readonly idPrefix = input.required<string>();
  /** For the link to the module's transfer assignment. */
  readonly enrolmentId = input<string>('');

  protected readonly headingId = computed(() => `${this.idPrefix()}-module-${this.module().position}`);
  protected readonly statusKey = computed<TranslationKey>(() => `progress.status.${this.module().status}`);
  protected readonly assignmentStateKey = computed<TranslationKey>(() => `progress.assignmentState.${this.module().assignmentState}`);
  /** Still to be written (or revised) – otherwise there is only something to read. */
  protected readonly assignmentActionKey = computed<TranslationKey>(() =>
    ['NOT_SUBMITTED', 'DRAFT', 'REVISION_REQUESTED'].includes(this.module().assignmentState) ? 'assessment.myWay.edit' : 'assessment.myWay.view',
  );
  protected readonly openConditions = computed(() => (this.module().status === 'COMPLETE' ? [] : openConditionTexts(this.module())));

  protected readonly nextSessionTime = computed(() => {
    const session = this.module().nextSession;
    return session ? formatSessionTime(session.startsAt, session.endsAt, this.i18n) : '';
  });

  protected readonly dueAt = computed(() => {
    const due = this.module().assignmentDueAt;
    return due ? this.i18n.formatDate(due, { dateStyle: 'full', timeStyle: 'short' }) : '';
  });
}
