import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { LoadingState } from '@koko/web/shared/ui';
import { TranslatePipe } from '@koko/web/shared/util';
import { CertificateVerdict } from './certificate-verdict';
import { CredentialVerdict } from './credential-verdict';
import type { LookupResult } from './lookup-result';

/** One check's outcome: checking …, the verdict, a plain "not found", an error, or whether a file is an original. */
@Component({
  selector: 'koko-lookup-result',
  imports: [CertificateVerdict, CredentialVerdict, LoadingState, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = result();
    @switch (r.kind) {
      @case ('loading') {
        <koko-loading-state [label]="'certificates.verify.checking' | t" />
      }
      @case ('found') {
        @if (r.kind === 'found') {
          <koko-certificate-verdict [certificate]="r.certificate" />
        }
      }
      @case ('notFound') {
        <p class="not-found" data-testid="verify-not-found">{{ 'certificates.verify.notFound' | t }}</p>
      }
      @case ('error') {
        @if (r.kind === 'error') {
          <p class="error" role="alert" data-testid="verify-error">{{ r.message }}</p>
        }
      }
      @case ('credential') {
        @if (r.kind === 'credential') {
          <koko-credential-verdict [check]="r.check" />
        }
      }
      @case ('file') {
        @if (r.kind === 'file') {
          <div class="file" data-testid="verify-file-verdict" [attr.data-original]="r.original">
            @if (r.original && r.certificate) {
              <p class="file-verdict file-verdict--original">{{ 'certificates.verify.file.original' | t: { number: r.certificate.number } }}</p>
              <koko-certificate-verdict [certificate]="r.certificate" />
            } @else {
              <p class="file-verdict file-verdict--altered">{{ 'certificates.verify.file.notOriginal' | t }}</p>
            }
          </div>
        }
      }
    }
  `,
  styles: `
    :host { display: block; }
    .not-found, .error, .file-verdict { margin: 0; padding: 1rem 1.25rem; border-radius: 12px; font: var(--mat-sys-title-medium); }
    .not-found { border: 2px solid var(--mat-sys-outline); }
    .error { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
    .file { display: grid; gap: 0.75rem; }
    .file-verdict--original { background: #dcf5e3; color: #0b4f1f; }
    .file-verdict--altered { background: var(--mat-sys-error-container); color: var(--mat-sys-on-error-container); }
  `,
})
export class LookupResultView {
  readonly result = input.required<LookupResult>();
}
