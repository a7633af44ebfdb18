import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PersonalDataSource, sqlRows } from '@koko/api/core/database';

/** Registrations for short formats (with the account or the same address without one), their Teilnahmebescheinigungen; events the person created. */
export const eventsPersonalData: PersonalDataSource = {
  section: 'shortFormats',
  title: { de: 'Kurzformate', en: 'Short formats' },
  tables: ['short_format_registrations', 'short_formats', 'short_format_attendance_confirmations', 'short_format_reminders'],
  async collect({ userId, email }, m) {
    const registrations = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT f.title AS "shortFormat", f.starts_at AS "startsAt", r.name, r.email, r.organisation, r.accessibility_needs AS "accessibilityNeeds",
              r.locale, r.state, r.created_at AS "registeredAt", r.confirmed_at AS "confirmedAt", r.cancelled_at AS "cancelledAt",
              r.checked_in_at AS "checkedInAt"
         FROM short_format_registrations r JOIN short_formats f ON f.id = r.short_format_id
        WHERE r.user_id = $1 OR lower(r.email) = lower($2) ORDER BY r.created_at`,
      [userId, email],
    );
    const confirmations = await sqlRows<{ number: string; storageKey: string } & Record<string, unknown>>(
      m,
      `SELECT c.number, c.printed_name AS "printedName", c.event_title AS "event", c.event_date::text AS "eventDate", c.issued_at AS "issuedAt",
              c.storage_key AS "storageKey"
         FROM short_format_attendance_confirmations c JOIN short_format_registrations r ON r.id = c.registration_id
        WHERE c.user_id = $1 OR lower(r.email) = lower($2) ORDER BY c.issued_at`,
      [userId, email],
    );
    const reminders = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT f.title AS "shortFormat", s.days AS "daysBefore", s.sent_at AS "sentAt"
         FROM short_format_reminders s JOIN short_format_registrations r ON r.id = s.registration_id JOIN short_formats f ON f.id = r.short_format_id
        WHERE r.user_id = $1 OR lower(r.email) = lower($2) ORDER BY s.sent_at`,
      [userId, email],
    );
    const created = await sqlRows<Record<string, unknown>>(m, `SELECT title, created_at AS "createdAt" FROM short_formats WHERE created_by = $1 ORDER BY created_at`, [userId]);
    return {
      data: { registrations, attendanceConfirmations: confirmations.map((c) => ({ ...c, storageKey: undefined })), reminders, created },
      files: confirmations.map((c) => ({ name: `Teilnahmebescheinigung-${c.number}.pdf`, storageKey: c.storageKey })),
    };
  },
};

@Injectable()
export class EventsPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}
  onModuleInit(): void {
    this.registry.register(eventsPersonalData);
  }
}
