import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type MyCertificate, MyCertificatesService } from '@koko/web/certificates/data-access';
import { CertificateStateBadge } from '@koko/web/certificates/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

type LinkedIn = NonNullable<MyCertificate['linkedIn']>;

type SectionState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; certificates: MyCertificate[] };

/**
 * "Meine Zertifikate" on the Mein Weg page: the participant's certificates with their state, a download
 * of the issued PDF and of the signed digital credential, a link to the public verification, and the
 * values for LinkedIn's "add certification" form (with a link that pre-fills them where LinkedIn still does).
 */
@Component({
  selector: 'koko-my-certificates',
  imports: [RouterLink, MatAnchor, MatButton, LoadingState, EmptyState, ErrorState, TranslatePipe, LocalizedDatePipe, CertificateStateBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-certificates-section.html',
  styleUrl: './my-certificates-section.scss',
})
export class MyCertificatesSection {
  private readonly certificates = inject(MyCertificatesService);
  private readonly errors = inject(ApiErrorService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly clipboard = inject(Clipboard);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly i18n = inject(I18nService);

  protected readonly state = signal<SectionState>({ kind: 'loading' });
  /** The certificate being reissued with a credential, and the last such request's outcome. */
  protected readonly reissuing = signal<string | null>(null);
  protected readonly reissueError = signal<{ id: string; message: string } | null>(null);

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

  /** Reissues a certificate issued before credentials existed, with one; the list then shows both. */
  protected reissueWithCredential(certificate: MyCertificate): void {
    this.reissuing.set(certificate.id);
    this.reissueError.set(null);
    this.certificates
      .reissueWithCredential(certificate.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (number) => {
          this.reissuing.set(null);
          void this.announcer.announce(this.i18n.t('certificates.mine.reissued', { number }));
          this.load();
        },
        error: (error: unknown) => {
          this.reissuing.set(null);
          this.reissueError.set({ id: certificate.id, message: this.errors.describe(error).message });
        },
      });
  }

  /** LinkedIn's form fields in its order; the issue date as month and year, as LinkedIn asks for it. */
  protected linkedInFields(li: LinkedIn): { name: string; label: TranslationKey; value: string }[] {
    const issued = new Intl.DateTimeFormat(this.i18n.intlLocale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(li.issueYear, li.issueMonth - 1, 15));
    return [
      { name: 'name', label: 'certificates.mine.linkedIn.name', value: li.name },
      { name: 'organization', label: 'certificates.mine.linkedIn.organization', value: li.organizationName },
      { name: 'issued', label: 'certificates.mine.linkedIn.issued', value: issued },
      { name: 'id', label: 'certificates.mine.linkedIn.id', value: li.certId },
      { name: 'url', label: 'certificates.mine.linkedIn.url', value: li.certUrl },
    ];
  }

  protected copy(label: TranslationKey, value: string): void {
    if (this.clipboard.copy(value)) void this.announcer.announce(this.i18n.t('certificates.mine.linkedIn.copied', { field: this.i18n.t(label) }));
  }

  /** The number of the certificate that replaced this one, if the participant holds it. */
  protected successorNumber(certificate: MyCertificate, all: readonly MyCertificate[]): string | null {
    return all.find((c) => c.id === certificate.supersededById)?.number ?? null;
  }
}
