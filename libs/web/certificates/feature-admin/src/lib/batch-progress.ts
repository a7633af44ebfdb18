import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { batchFailed, batchFinished, batchPercent, type CertificateBatchProgress } from '@koko/web/certificates/data-access';
import { TranslatePipe } from '@koko/web/shared/util';

/**
 * Live progress of a background batch (polled by the page); once finished, a summary that can be
 * dismissed; once failed, the reason and a retry (it continues after the last participant counted).
 */
@Component({
  selector: 'koko-certificate-batch-progress',
  imports: [MatProgressBar, MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="batch" tabindex="-1" aria-labelledby="certificate-batch-heading" data-testid="certificate-batch-progress" [attr.data-state]="batch().state">
      <h2 id="certificate-batch-heading" class="heading">{{ heading() | t }}</h2>
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
        } @else if (failed()) {
          <p data-testid="certificate-batch-failure">{{ failureKey() | t: { done: batch().done, total: batch().total } }}</p>
          @if (retryError()) {
            <p class="poll-error" data-testid="certificate-batch-retry-error">{{ retryError() }}</p>
          }
        } @else if (pollError()) {
          <p class="poll-error">{{ pollError() }}</p>
        }
      </div>
      @if (finished()) {
        <button mat-button type="button" (click)="dismiss.emit()" data-testid="certificate-batch-dismiss">{{ 'certificates.batch.dismiss' | t }}</button>
      } @else if (failed()) {
        <div class="actions">
          <button mat-flat-button type="button" [disabled]="retrying()" (click)="retry.emit()" data-testid="certificate-batch-retry">
            {{ (retrying() ? 'certificates.batch.retrying' : 'certificates.batch.retry') | t }}
          </button>
          <button mat-button type="button" (click)="dismiss.emit()" data-testid="certificate-batch-dismiss">{{ 'certificates.batch.dismiss' | t }}</button>
        </div>
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
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
    .actions [mat-flat-button] { color: var(--mat-sys-on-primary); }
  `,
})
export class CertificateBatchProgressPanel {
  readonly batch = input.required<CertificateBatchProgress>();
  /** Shown while polling fails; the batch keeps running on the server. */
  readonly pollError = input<string | null>(null);
  /** A retry is being sent; its failure, if any. */
  readonly retrying = input(false);
  readonly retryError = input<string | null>(null);
  readonly dismiss = output<void>();
  readonly retry = output<void>();

  protected readonly percent = computed(() => batchPercent(this.batch()));
  protected readonly finished = computed(() => batchFinished(this.batch()));
  protected readonly failed = computed(() => batchFailed(this.batch()));
  protected readonly heading = computed(() =>
    this.finished() ? 'certificates.batch.headingDone' : this.failed() ? 'certificates.batch.headingFailed' : 'certificates.batch.heading',
  );
  /** The API names the cause (DATABASE_UNAVAILABLE, INTERNAL); details stay in the server log. */
  protected readonly failureKey = computed(() =>
    this.batch().failureReason === 'DATABASE_UNAVAILABLE' ? 'certificates.batch.failedUnavailable' : 'certificates.batch.failedInternal',
  );
}
