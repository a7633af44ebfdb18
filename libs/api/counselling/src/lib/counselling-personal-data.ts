import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PersonalDataSource, sqlRows } from '@koko/api/core/database';

/**
 * Counselling: the requests the person filed with the messages they may read (never an advisor's
 * confidential note) and their appointments, the messages they wrote themselves, the appointments
 * they planned, and the requests they were assigned to as an advisor (ids and dates; the requests
 * themselves are the requesters' data).
 */
export const counsellingPersonalData: PersonalDataSource = {
  section: 'counselling',
  title: { de: 'Beratung', en: 'Counselling' },
  tables: ['counselling_requests', 'counselling_assignments', 'counselling_messages', 'counselling_appointments', 'counselling_message_files'],
  async collect({ userId }, m) {
    const requests = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT id, description, urgency, format, availability, status, decline_reason AS "declineReason",
              outcome_categories AS "outcomeCategories", outcome_summary AS "outcomeSummary",
              created_at AS "createdAt", status_changed_at AS "statusChangedAt"
         FROM counselling_requests WHERE requester_id = $1 ORDER BY created_at`,
      [userId],
    );
    const messages = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT msg.request_id AS "requestId", msg.author_id = $1 AS "writtenByYou", msg.body, msg.confidential, msg.created_at AS "createdAt"
         FROM counselling_messages msg JOIN counselling_requests r ON r.id = msg.request_id
        WHERE (r.requester_id = $1 AND NOT msg.confidential) OR msg.author_id = $1
        ORDER BY msg.created_at`,
      [userId],
    );
    const assignments = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT request_id AS "requestId", assigned_at AS "assignedAt" FROM counselling_assignments WHERE advisor_id = $1 ORDER BY assigned_at`,
      [userId],
    );
    const appointments = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT a.request_id AS "requestId", a.starts_at AS "startsAt", a.duration_minutes AS "durationMinutes", a.format, a.location,
              a.cancelled_at AS "cancelledAt", a.planned_by = $1 AS "plannedByYou"
         FROM counselling_appointments a JOIN counselling_requests r ON r.id = a.request_id
        WHERE r.requester_id = $1 OR a.planned_by = $1
        ORDER BY a.starts_at`,
      [userId],
    );
    const files = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT f.request_id AS "requestId", f.message_id AS "messageId", f.display_name AS "displayName", f.content_type AS "contentType",
              f.size_bytes AS "sizeBytes", f.uploaded_by = $1 AS "uploadedByYou", f.created_at AS "createdAt"
         FROM counselling_message_files f JOIN counselling_requests r ON r.id = f.request_id
         LEFT JOIN counselling_messages msg ON msg.id = f.message_id
        WHERE f.uploaded_by = $1 OR (r.requester_id = $1 AND msg.id IS NOT NULL AND NOT msg.confidential)
        ORDER BY f.created_at`,
      [userId],
    );
    return { data: { requests, messages, files, appointments, assignedAsAdvisor: assignments } };
  },
};

@Injectable()
export class CounsellingPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register(counsellingPersonalData);
  }
}
