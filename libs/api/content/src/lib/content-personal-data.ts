import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PersonalDataSource, sqlRows } from '@koko/api/core/database';

/** Barrier reports sent from the person's address; versions of public pages they saved; reports they handled. */
export const contentPersonalData: PersonalDataSource = {
  section: 'content',
  title: { de: 'Meldungen und öffentliche Seiten', en: 'Reports and public pages' },
  tables: ['barrier_reports', 'content_page_versions'],
  async collect({ userId, email }, m) {
    const barrierReports = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT created_at AS "sentAt", page_url AS "page", description, name, email, status
         FROM barrier_reports WHERE lower(email) = lower($1) ORDER BY created_at`,
      [email],
    );
    const reportsHandled = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT page_url AS "page", status, status_changed_at AS "changedAt" FROM barrier_reports WHERE status_changed_by = $1 ORDER BY status_changed_at`,
      [userId],
    );
    const pageVersions = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT slug, locale, version, title, created_at AS "savedAt" FROM content_page_versions WHERE author_id = $1 ORDER BY created_at`,
      [userId],
    );
    return { data: { barrierReports, reportsHandled, pageVersions } };
  },
};

@Injectable()
export class ContentPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}
  onModuleInit(): void {
    this.registry.register(contentPersonalData);
  }
}
