import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { GradingQueueService } from '@koko/web/assessment/data-access-grading';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError, Notifier } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

type MailMode = 'immediate' | 'digest';

/** A trainer's choice: a mail per submission or a daily digest, read from and saved on the server. */
@Component({
  selector: 'koko-submission-mail-preference',
  imports: [MatRadioGroup, MatRadioButton, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="preference" aria-labelledby="grading-mail-heading">
      <h2 id="grading-mail-heading">{{ 'grading.mail.heading' | t }}</h2>
      <p id="grading-mail-intro">{{ 'grading.mail.intro' | t }}</p>
      <koko-form-error [message]="error()" />
      <mat-radio-group
        aria-labelledby="grading-mail-heading"
        aria-describedby="grading-mail-intro"
        [value]="mode()"
        [disabled]="saving()"
        (change)="choose($event.value)"
        data-testid="grading-mail-mode"
      >
        <mat-radio-button value="immediate" data-testid="grading-mail-immediate">{{ 'grading.mail.immediate' | t }}</mat-radio-button>
        <mat-radio-button value="digest" data-testid="grading-mail-digest">{{ 'grading.mail.digest' | t }}</mat-radio-button>
      </mat-radio-group>
    </section>
  `,
  styles: `
    .preference { padding: 1rem 1.25rem; border: 1px solid var(--mat-sys-outline-variant); border-radius: 12px; }
    h2 { margin: 0 0 0.25rem; font: var(--mat-sys-title-medium); }
    p { margin: 0 0 0.5rem; }
    mat-radio-group { display: flex; flex-wrap: wrap; gap: 0 1.5rem; }
  `,
})
export class SubmissionMailPreference implements OnInit {
  private readonly queue = inject(GradingQueueService);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  protected readonly mode = signal<MailMode>('immediate');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      this.mode.set((await this.queue.submissionMailDigest()) ? 'digest' : 'immediate');
    } catch (error) {
      this.error.set(this.errors.describe(error).message);
    }
  }

  protected async choose(mode: MailMode): Promise<void> {
    const previous = this.mode();
    this.mode.set(mode);
    this.saving.set(true);
    this.error.set(null);
    try {
      await this.queue.setSubmissionMailMode(mode === 'digest');
      this.notifier.success(this.i18n.t(mode === 'digest' ? 'grading.mail.saved.digest' : 'grading.mail.saved.immediate'));
    } catch (error) {
      this.mode.set(previous);
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
