import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, sqlRows } from '@koko/api/core/database';

/** The person's certificates (every state) with their PDFs; for admins the batches they started. */
@Injectable()
export class CertificatesPersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      section: 'certificates',
      title: { de: 'Zertifikate', en: 'Certificates' },
      tables: ['certificates', 'certificate_batches'],
      collect: async ({ userId }, m) => {
        const rows = await sqlRows<Record<string, unknown> & { number: string; storageKey: string | null }>(
          m,
          `SELECT number, printed_name AS "printedName", state, issued_at AS "issuedAt", revoked_at AS "revokedAt",
                  revocation_reason AS "revocationReason", reissue_reason AS "reissueReason", document, storage_key AS "storageKey"
             FROM certificates WHERE user_id = $1 ORDER BY issued_at`,
          [userId],
        );
        const batchesStarted = await sqlRows<Record<string, unknown>>(
          m,
          `SELECT created_at AS "createdAt", total, done, failed, state FROM certificate_batches WHERE requested_by = $1 ORDER BY created_at`,
          [userId],
        );
        return {
          data: { certificates: rows.map(withoutStorageKey), batchesStarted },
          files: rows.filter((c) => c.storageKey).map((c) => ({ name: `${c.number}.pdf`, storageKey: c.storageKey as string })),
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
