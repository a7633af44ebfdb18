import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PersonalDataSource, sqlRows } from '@koko/api/core/database';

/** Registrations for short formats (with the account or the same address without one); events the person created. */
export const eventsPersonalData: PersonalDataSource = {
  section: 'shortFormats',
  title: { de: 'Kurzformate', en: 'Short formats' },
  tables: ['short_format_registrations', 'short_formats'],
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
    const created = await sqlRows<Record<string, unknown>>(m, `SELECT title, created_at AS "createdAt" FROM short_formats WHERE created_by = $1 ORDER BY created_at`, [userId]);
    return { data: { registrations, created } };
  },
};

@Injectable()
export class EventsPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}
  onModuleInit(): void {
    this.registry.register(eventsPersonalData);
  }
}
