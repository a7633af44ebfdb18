import { CertificateIssuerService } from '@koko/api/certificates';
import { sqlOne, sqlRows } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { TestApp } from '../test-app';

/**
 * A certificate issued by the app's own issuer (number, stored PDF, verification code), for tests
 * whose subject is what comes after issuing. The enrolment must be eligible (see completeModules).
 */
export async function createCertificate(t: TestApp, enrolmentId: string): Promise<{ id: string; number: string; verificationCode: string }> {
  const c = await t.app.get(CertificateIssuerService).issue(enrolmentId, null);
  return { id: c.id, number: c.number, verificationCode: c.verificationCode };
}

export interface StoredCertificate {
  id: string;
  number: string;
  state: string;
  enrolmentId: string;
  cohortId: string;
  issuedBy: string | null;
  revocationReason: string | null;
  supersededById: string | null;
  reissueReason: string | null;
  /** The facts the PDF was rendered from (printed name, title, modules, verification URL, …). */
  document: Record<string, unknown>;
}

/** Certificate rows narrowed by id, enrolment, cohort and state, in number order. */
export function certificateRows(db: DataSource, where: { id?: string; enrolmentId?: string; cohortId?: string; state?: string } = {}): Promise<StoredCertificate[]> {
  const columns = { id: 'id', enrolmentId: 'enrolment_id', cohortId: 'cohort_id', state: 'state' } as const;
  const keys = (Object.keys(columns) as (keyof typeof columns)[]).filter((k) => where[k] !== undefined);
  const condition = keys.length ? `WHERE ${keys.map((k, i) => `${columns[k]} = $${i + 1}`).join(' AND ')}` : '';
  return sqlRows<StoredCertificate>(
    db,
    `SELECT id, number, state, enrolment_id AS "enrolmentId", cohort_id AS "cohortId", issued_by AS "issuedBy",
            revocation_reason AS "revocationReason", superseded_by_id AS "supersededById", reissue_reason AS "reissueReason", document
       FROM certificates ${condition} ORDER BY number`,
    keys.map((k) => where[k]),
  );
}

/** The year's last certificate number (0 before the first). */
export async function certificateCounter(db: DataSource, year: number): Promise<number> {
  const rows = await sqlRows<{ lastNumber: number }>(db, `SELECT last_number AS "lastNumber" FROM certificate_counters WHERE year = $1`, [year]);
  return rows[0]?.lastNumber ?? 0;
}

/** When a certificate batch finished (null while it runs). */
export async function certificateBatchFinishedAt(db: DataSource, batchId: string): Promise<Date | null> {
  return (await sqlOne<{ finishedAt: Date | null }>(db, `SELECT finished_at AS "finishedAt" FROM certificate_batches WHERE id = $1`, [batchId])).finishedAt;
}
