import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, sqlRows } from '@koko/api/core/database';
import { EnrolmentQueryService } from '@koko/api/enrolment';

/**
 * Transfer assignments: every attempt with its text, the person's files, feedback once released to
 * them (with its files), extensions and reminders; for trainers their digests and mail choice.
 * Unreleased feedback is not the person's yet and stays out.
 */
@Injectable()
export class AssessmentPersonalData implements OnModuleInit {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly enrolments: EnrolmentQueryService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      section: 'assessment',
      title: { de: 'Transferaufgaben', en: 'Transfer assignments' },
      tables: ['assignment_attempts', 'attempt_files', 'attempt_feedback', 'assignment_extensions', 'assignment_reminders', 'trainer_digests', 'trainer_mail_preferences'],
      collect: async ({ userId }, m) => {
        const ids = await this.enrolments.idsOfUser(userId, m);
        const attempts = await sqlRows<Record<string, unknown>>(
          m,
          `SELECT id, enrolment_id AS "enrolmentId", module_id AS "moduleId", attempt_no AS "attemptNo", state, body AS text,
                  draft_saved_at AS "draftSavedAt", own_work_confirmed_at AS "ownWorkConfirmedAt", submitted_at AS "submittedAt", late
             FROM assignment_attempts WHERE enrolment_id = ANY($1) ORDER BY created_at`,
          [ids],
        );
        const feedback = await sqlRows<Record<string, unknown>>(
          m,
          `SELECT f.attempt_id AS "attemptId", f.verdict, f.text, f.scores, f.released_at AS "releasedAt"
             FROM attempt_feedback f JOIN assignment_attempts a ON a.id = f.attempt_id
            WHERE a.enrolment_id = ANY($1) AND f.released_at IS NOT NULL ORDER BY f.released_at`,
          [ids],
        );
        const files = await sqlRows<{ attemptId: string; purpose: string; name: string; storageKey: string; contentType: string; sizeBytes: string; uploadedAt: Date }>(
            m,
            `SELECT af.attempt_id AS "attemptId", af.purpose, af.display_name AS name, af.storage_key AS "storageKey",
                    af.content_type AS "contentType", af.size_bytes AS "sizeBytes", af.created_at AS "uploadedAt"
               FROM attempt_files af JOIN assignment_attempts a ON a.id = af.attempt_id
               LEFT JOIN attempt_feedback f ON f.attempt_id = af.attempt_id
              WHERE a.enrolment_id = ANY($1) AND (af.purpose = 'submission' OR f.released_at IS NOT NULL)
              ORDER BY af.created_at`,
            [ids],
          );
        const extensions = await sqlRows<Record<string, unknown>>(
          m,
          `SELECT enrolment_id AS "enrolmentId", module_id AS "moduleId", due_at AS "dueAt", reason, granted_at AS "grantedAt"
             FROM assignment_extensions WHERE enrolment_id = ANY($1) ORDER BY granted_at`,
          [ids],
        );
        const reminders = await sqlRows<Record<string, unknown>>(
          m,
          `SELECT enrolment_id AS "enrolmentId", module_id AS "moduleId", kind, due_at AS "dueAt", sent_at AS "sentAt"
             FROM assignment_reminders WHERE enrolment_id = ANY($1) ORDER BY sent_at`,
          [ids],
        );
        const trainerDigests = await sqlRows<Record<string, unknown>>(
          m,
          `SELECT day, submissions, sent_at AS "sentAt" FROM trainer_digests WHERE user_id = $1 ORDER BY day`,
          [userId],
        );
        const submissionMail = await sqlRows<Record<string, unknown>>(m, `SELECT submission_mail AS "submissionMail", updated_at AS "updatedAt" FROM trainer_mail_preferences WHERE user_id = $1`, [userId]);
        return {
          data: {
            attempts,
            files: files.map(withoutStorageKey),
            feedback,
            extensions,
            reminders,
            trainerDigests,
            submissionMail,
          },
          files: files.map((f) => ({ name: `${f.purpose === 'submission' ? 'abgabe' : 'feedback'}-${f.attemptId.slice(0, 8)}-${f.name}`, storageKey: f.storageKey })),
        };
      },
    });
  }
}

/** A row for the export without where its file lies (storage keys are internal). */
function withoutStorageKey<T extends { storageKey: unknown }>(row: T): Omit<T, 'storageKey'> {
  const { storageKey, ...rest } = row;
  void storageKey;
  return rest;
}
