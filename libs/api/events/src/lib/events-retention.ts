import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRows, sqlRun } from '@koko/api/core/database';
import { daysBefore, RetentionService } from '@koko/api/core/jobs';

/**
 * docs/privacy.md: accessibility needs (special category data) go when the event is over;
 * registrations without an account are anonymised RETENTION_SHORT_FORMAT_REGISTRATION_DAYS after
 * the event. The row stays without name, address and free-text organisation, so the event's counts
 * (registered, attended, per municipality) and the attendance behind an issued
 * Teilnahmebescheinigung remain; the personal link stops working.
 */
@Injectable()
export class EventsRetention implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
  ) {}

  onModuleInit(): void {
    this.retention.register({
      name: 'events.accessibility-needs',
      purge: async (now, m) =>
        (await sqlRun(
          m,
          `UPDATE short_format_registrations r SET accessibility_needs = NULL
             FROM short_formats f
            WHERE f.id = r.short_format_id AND r.accessibility_needs IS NOT NULL AND (f.ends_at < $1 OR f.state = 'cancelled')`,
          [now],
        )) ?? 0,
    });
    this.retention.register({
      name: 'events.registrations-without-account',
      purge: async (now, m) => {
        const anonymised = await sqlRows<{ id: string }>(
          m,
          `UPDATE short_format_registrations r
              SET name = '', email = 'anonymisiert-' || r.id || '@anonymised.invalid',
                  organisation = CASE WHEN r.municipality_id IS NULL THEN '' ELSE NULL END,
                  accessibility_needs = NULL, anonymised_at = $1
             FROM short_formats f
            WHERE f.id = r.short_format_id AND r.user_id IS NULL AND r.anonymised_at IS NULL AND f.ends_at < $2
           RETURNING r.id`,
          [now, daysBefore(now, this.config.privacy.retention.shortFormatRegistrationDays)],
        );
        if (anonymised.length) await sqlRun(m, `DELETE FROM short_format_reminders WHERE registration_id = ANY($1)`, [anonymised.map((r) => r.id)]);
        return anonymised.length;
      },
    });
  }
}
