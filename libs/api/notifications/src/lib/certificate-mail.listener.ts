import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { TransactionalEvent } from '@koko/api/core/database';
import { CertificateEvents, CertificateIssuedEvent, CertificateReissuedEvent, CertificateRevokedEvent, WebRoute, webUrl } from '@koko/shared';
import { MAIL_RECIPIENTS, MailRecipientSource, reachable } from './mail-recipients';
import { OutboxService } from './outbox.service';
import { REVOCATION_REASON_LABELS } from './templates/certificates';

/** The reason category in the holder's language (an unknown category is shown as it is). */
export function revocationReasonLabel(reason: string, locale: 'de' | 'en'): string {
  return REVOCATION_REASON_LABELS[locale][reason] ?? reason;
}

/**
 * Tells the holder about their certificate, in the transaction of the change, addressed with the
 * printed name. A certificate whose account is anonymised is still issued, revoked or reissued, just
 * without a mail.
 */
@Injectable()
export class CertificateMailListener {
  constructor(
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_RECIPIENTS) private readonly people: MailRecipientSource,
  ) {}

  @OnEvent(CertificateEvents.Issued, { suppressErrors: false })
  async onIssued({ payload, manager }: TransactionalEvent<CertificateIssuedEvent>): Promise<void> {
    const holder = await this.holder(payload.holderId, manager);
    if (!holder) return;
    await this.outbox.enqueue(manager, {
      to: holder.email,
      locale: holder.locale,
      template: 'certificate-issued',
      context: {
        displayName: payload.printedName,
        number: payload.number,
        certificateTitle: payload.certificateTitle,
        automatic: payload.automatic,
        dashboardUrl: payload.dashboardUrl,
        verificationUrl: payload.verificationUrl,
      },
    });
  }

  @OnEvent(CertificateEvents.Revoked, { suppressErrors: false })
  async onRevoked({ payload, manager }: TransactionalEvent<CertificateRevokedEvent>): Promise<void> {
    const holder = await this.holder(payload.holderId, manager);
    if (!holder) return;
    await this.outbox.enqueue(manager, {
      to: holder.email,
      locale: holder.locale,
      template: 'certificate-revoked',
      context: {
        displayName: payload.printedName,
        number: payload.number,
        reasonLabel: revocationReasonLabel(payload.reason, holder.locale),
        note: payload.note,
        revokedAt: payload.revokedAt,
      },
    });
  }

  @OnEvent(CertificateEvents.Reissued, { suppressErrors: false })
  async onReissued({ payload, manager }: TransactionalEvent<CertificateReissuedEvent>): Promise<void> {
    const holder = await this.holder(payload.holderId, manager);
    if (!holder) return;
    await this.outbox.enqueue(manager, {
      to: holder.email,
      locale: holder.locale,
      template: 'certificate-reissued',
      context: {
        displayName: payload.printedName,
        number: payload.number,
        previousNumber: payload.previousNumber,
        reason: payload.reason,
        // The event carries no link; the certificates are on the participant's overview.
        dashboardUrl: webUrl(this.config.publicUrl, WebRoute.MY_WAY),
      },
    });
  }

  private async holder(id: string | null, manager: TransactionalEvent<unknown>['manager']) {
    return id ? reachable(await this.people.recipients([id], manager), id) : null;
  }
}
