import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type MyCertificate, MyCertificatesService } from '@koko/web/certificates/data-access';
import { CertificateStateBadge } from '@koko/web/certificates/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState } from '@koko/web/shared/ui';
import { LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';

type SectionState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; certificates: MyCertificate[] };

/**
 * "Meine Zertifikate" on the Mein Weg page: the participant's certificates with their state, a download
 * of the issued PDF and a link to the public verification.
 */
@Component({
  selector: 'koko-my-certificates',
  imports: [RouterLink, MatAnchor, LoadingState, EmptyState, ErrorState, TranslatePipe, LocalizedDatePipe, CertificateStateBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-certificates-section.html',
  styleUrl: './my-certificates-section.scss',
})
export class MyCertificatesSection {
  private readonly certificates = inject(MyCertificatesService);
  private readonly errors = inject(ApiErrorService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly state = signal<SectionState>({ kind: 'loading' });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.state.set({ kind: 'loading' });
    this.certificates
      .list()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (certificates) => this.state.set({ kind: 'loaded', certificates }),
        error: (error: unknown) => this.state.set({ kind: 'error', message: this.errors.describe(error).message }),
      });
  }

  /** The number of the certificate that replaced this one, if the participant holds it. */
  protected successorNumber(certificate: MyCertificate, all: readonly MyCertificate[]): string | null {
    return all.find((c) => c.id === certificate.supersededById)?.number ?? null;
  }
}
