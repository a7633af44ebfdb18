import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatSlideToggle, type MatSlideToggleChange } from '@angular/material/slide-toggle';
import { CertificatesAdminService } from '@koko/web/certificates/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { Notifier } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** The cohort setting "issue automatically the moment someone completes the fifth module", saved at once. */
@Component({
  selector: 'koko-auto-issue-setting',
  imports: [MatSlideToggle, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="setting">
      <mat-slide-toggle
        [checked]="enabled()"
        [disabled]="saving()"
        (change)="change($event)"
        aria-describedby="auto-issue-hint"
        data-testid="certificate-auto-issue"
      >
        {{ 'certificates.autoIssue.label' | t }}
      </mat-slide-toggle>
      <p class="hint" id="auto-issue-hint">{{ 'certificates.autoIssue.hint' | t }}</p>
      @if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    .setting { display: grid; gap: 0.25rem; }
    mat-slide-toggle { font: var(--mat-sys-title-small); }
    .hint, .error { margin: 0; font: var(--mat-sys-body-medium); max-width: 70ch; }
    .hint { color: var(--mat-sys-on-surface-variant); }
    .error { color: var(--mat-sys-error); }
  `,
})
export class AutoIssueSetting {
  readonly cohortId = input.required<string>();
  /** The stored value (Cohort.autoIssueCertificates). */
  readonly value = input.required<boolean>();

  private readonly certificates = inject(CertificatesAdminService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);

  protected readonly enabled = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    // Follows the stored value whenever the page reloads it.
    effect(() => this.enabled.set(this.value()));
  }

  protected async change(event: MatSlideToggleChange): Promise<void> {
    const enabled = event.checked;
    const previous = this.enabled();
    this.enabled.set(enabled);
    this.saving.set(true);
    this.error.set(null);
    try {
      await this.certificates.setAutoIssue(this.cohortId(), enabled);
      this.notifier.success(this.i18n.t(enabled ? 'certificates.autoIssue.savedOn' : 'certificates.autoIssue.savedOff'));
    } catch (error) {
      this.enabled.set(previous);
      event.source.checked = previous;
      this.error.set(this.errors.describe(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
