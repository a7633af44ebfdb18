import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PersonalDataSource, sqlRows } from '@koko/api/core/database';

/**
 * Mails sent to the person: which notification, when, whether it went out. The outbox's context
 * (links with secrets among them) stays out; captured mails (development and demo only) add the subject.
 */
export const notificationsPersonalData: PersonalDataSource = {
  section: 'mails',
  title: { de: 'E-Mails an Sie', en: 'E-mails to you' },
  tables: ['mail_outbox', 'captured_mail'],
  async collect({ email }, m) {
    const sent = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT template, locale, status, created_at AS "queuedAt", sent_at AS "sentAt"
         FROM mail_outbox WHERE lower(recipient) = lower($1) ORDER BY created_at`,
      [email],
    );
    const captured = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT subject, created_at AS "capturedAt" FROM captured_mail WHERE lower(recipient) = lower($1) ORDER BY created_at`,
      [email],
    );
    return { data: { sent, captured } };
  },
};

@Injectable()
export class NotificationsPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}
  onModuleInit(): void {
    this.registry.register(notificationsPersonalData);
  }
}
