import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { batchFinished, batchPercent, type CertificateBatchProgress } from '@koko/web/certificates/data-access';
import { TranslatePipe } from '@koko/web/shared/util';

/** Live progress of a background batch (polled by the page); once finished, a summary that can be dismissed. */
@Component({
  selector: 'koko-certificate-batch-progress',
  imports: [MatProgressBar, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="batch" aria-labelledby="certificate-batch-heading" data-testid="certificate-batch-progress" [attr.data-state]="batch().state">
      <h2 id="certificate-batch-heading" class="heading">{{ (finished() ? 'certificates.batch.headingDone' : 'certificates.batch.heading') | t }}</h2>
      <p class="count" id="certificate-batch-count" data-testid="certificate-batch-count">
        {{ 'certificates.batch.count' | t: { done: batch().done, total: batch().total } }}
        @if (batch().failed > 0) {
          <span class="failed">{{ 'certificates.batch.failed' | t: { count: batch().failed } }}</span>
        }
      </p>
      <mat-progress-bar mode="determinate" [value]="percent()" aria-labelledby="certificate-batch-heading" aria-describedby="certificate-batch-count" />
      <div class="summary" role="status">
        @if (finished()) {
          <p data-testid="certificate-batch-summary">
            {{ (batch().failed > 0 ? 'certificates.batch.finishedWithFailures' : 'certificates.batch.finished') | t: { done: batch().done, total: batch().total, failed: batch().failed } }}
          </p>
        } @else if (pollError()) {
          <p class="poll-error">{{ pollError() }}</p>
        }
      </div>
      @if (finished()) {
        <button mat-button type="button" (click)="dismiss.emit()" data-testid="certificate-batch-dismiss">{{ 'certificates.batch.dismiss' | t }}</button>
      }
    </section>
  `,
  styles: `
    .batch {
      display: grid; gap: 0.5rem; margin: 0 0 1rem; padding: 0.75rem 1rem; border-radius: 12px;
      background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container);
      --mat-progress-bar-track-height: 0.5rem; --mat-progress-bar-active-indicator-height: 0.5rem;
    }
    .heading { margin: 0; font: var(--mat-sys-title-small); }
    .count, .summary p { margin: 0; }
    .failed { margin-left: 0.75rem; font-weight: 600; }
    .poll-error { color: var(--mat-sys-on-secondary-container); }
    button { justify-self: start; color: inherit; }
  `,
})
export class CertificateBatchProgressPanel {
  readonly batch = input.required<CertificateBatchProgress>();
  /** Shown while polling fails; the batch keeps running on the server. */
  readonly pollError = input<string | null>(null);
  readonly dismiss = output<void>();

  protected readonly percent = computed(() => batchPercent(this.batch()));
  protected readonly finished = computed(() => batchFinished(this.batch()));
}
