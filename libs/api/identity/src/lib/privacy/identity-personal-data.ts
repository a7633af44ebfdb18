import { PersonalDataSource, sqlRows } from '@koko/api/core/database';
import { normaliseEmail } from '../services/tokens';

/** The account itself: profile, sign-ins, links sent, sign-in throttling, earlier exports. Never a hash. */
export const identityPersonalData: PersonalDataSource = {
  section: 'account',
  title: { de: 'Ihr Konto', en: 'Your account' },
  tables: ['users', 'user_sessions', 'user_tokens', 'login_throttle', 'data_exports'],
  async collect({ userId, email }, m) {
    const [account] = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT email, display_name AS "displayName", certificate_name AS "certificateName", certificate_title AS "certificateTitle", locale, roles, active,
              created_at AS "createdAt", updated_at AS "updatedAt", last_sign_in_at AS "lastSignInAt",
              password_hash IS NOT NULL AS "passwordSet"
         FROM users WHERE id = $1`,
      [userId],
    );
    const sessions = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT created_at AS "signedInAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt", revoked_at AS "endedAt",
              user_agent AS "browser", ip_address AS "networkAddress"
         FROM user_sessions WHERE user_id = $1 ORDER BY created_at DESC`,
      [userId],
    );
    const links = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT kind, created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt"
         FROM user_tokens WHERE user_id = $1 ORDER BY created_at DESC`,
      [userId],
    );
    const signInLocks = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT failures AS "failedSignIns", locked_until AS "lockedUntil", updated_at AS "updatedAt"
         FROM login_throttle WHERE key = $1`,
      [`account:${normaliseEmail(email)}`],
    );
    const dataExports = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT requested_at AS "requestedAt", status, finished_at AS "finishedAt", expires_at AS "expiresAt"
         FROM data_exports WHERE user_id = $1 ORDER BY requested_at DESC`,
      [userId],
    );
    return { data: { account, sessions, links, signInLocks, dataExports } };
  },
};
