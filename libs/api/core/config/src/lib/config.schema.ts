import { availableParallelism } from 'node:os';
import { resolve, sep } from 'node:path';
import { z } from 'zod';

const DEV_SECRET = 'dev-only-secret-change-me-in-production-0000000000';
/** Placeholder signatories for development and tests; refused in production. */
const DEV_SIGNATORIES = 'Prof. Dr. Andrea Beispiel|Vizepräsidentin für Studium und Lehre, Hochschule Niederrhein;Dr. Miriam Schulte|Programmleitung KoKo II';

/** base58btc multibase ("z" + base58 alphabet). */
const MULTIBASE = /^z[1-9A-HJ-NP-Za-km-z]{40,}$/;

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** Five cron fields (minute hour day month weekday); pg-boss checks the expression itself at start. */
const cron = z.string().regex(/^\S+(\s+\S+){4}$/, 'must be a cron expression with five fields, e.g. "0 * * * *"');

/**
 * Every environment variable the API understands. This is the only place that knows their names;
 * `loadConfig` is the only reader of `process.env`.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  EMBEDDED_PG_DATA_DIR: z.string().min(1).default('.data/postgres'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_LOG_QUERIES: bool.default('false'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_SECRET),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  COOKIE_SECURE: bool.optional(),
  MAIL_TRANSPORT: z.enum(['smtp', 'capture']).default('capture'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: bool.default('false'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('KoKo Campus <no-reply@koko-campus.invalid>'),
  MAIL_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
  DEFAULT_LOCALE: z.enum(['de', 'en']).default('de'),
  TIME_ZONE: z.string().min(1).default('Europe/Berlin'),
  SEED_DEMO: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().min(1).default('dist/apps/web/browser'),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).max(10_000).default(50),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  STORAGE_DIR: z.string().min(1).default('.data/files'),
  S3_ENDPOINT: z.string().url().regex(/^https?:\/\//, 'must be an http(s):// URL').optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]{2,32}$/, 'must be a region name such as eu-central-1').default('us-east-1'),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3-63 lower-case letters, digits, dots, hyphens)').optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool.default('false'),
  STORAGE_ORPHAN_GRACE_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24),
  JOBS_CRON_FILE_CLEANUP: cron.default('45 3 * * *'),
  UPLOAD_MAX_BYTES: z.coerce.number().int().min(1024).max(2 * 1024 ** 3).default(20 * 1024 ** 2),
  UPLOAD_MAX_FILES: z.coerce.number().int().min(1).max(100).default(5),
  JOBS_ENABLED: bool.default('true'),
  JOBS_CRON_REMINDERS: cron.default('0 * * * *'),
  JOBS_CRON_DIGEST: cron.default('0 7 * * *'),
  CERTIFICATE_SIGNATORIES: z
    .string()
    .regex(/^[^|;]+\|[^|;]+(;[^|;]+\|[^|;]+)*$/, 'must be "Name|Funktion;Name|Funktion"')
    .optional(),
  /** The Ed25519 key that signs Open Badges credentials (Multikey `secretKeyMultibase`, "z…"); required in production. */
  CREDENTIAL_SIGNING_KEY: z.string().regex(MULTIBASE, 'must be an Ed25519 Multikey secretKeyMultibase ("zrv…")').optional(),
  /** Public keys (Multikey `publicKeyMultibase`, "z6Mk…") of earlier signing keys, comma-separated: kept in the DID document so older credentials keep verifying. */
  CREDENTIAL_RETIRED_KEYS: z.string().regex(/^z6Mk[1-9A-HJ-NP-Za-km-z]{40,}(\s*,\s*z6Mk[1-9A-HJ-NP-Za-km-z]{40,})*$/, 'must be Ed25519 publicKeyMultibase values ("z6Mk…"), comma-separated').optional(),
  /** Outside production without CREDENTIAL_SIGNING_KEY: where a key generated on first start is kept. */
  CREDENTIAL_KEY_FILE: z.string().min(1).default('.data/credential-signing-key.json'),
  VERIFY_MAX_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(30),
  /** Threads that render certificate PDFs beside the API's event loop; 0 renders in it. Default: one core less than the machine has (at least 1, at most 4). */
  CERTIFICATE_RENDER_THREADS: z.coerce.number().int().min(0).max(16).optional(),
  SHORT_FORMAT_CONFIRM_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(24),
  SHORT_FORMAT_OFFER_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(48),
  SHORT_FORMAT_OFFER_CUTOFF_HOURS: z.coerce.number().int().min(0).max(24 * 14).default(2),
  SHORT_FORMAT_EARLY_REMINDER_DAYS: z.coerce.number().int().min(2).max(60).default(7),
  SHORT_FORMAT_LATE_REMINDER_DAYS: z.coerce.number().int().min(1).max(59).default(1),
  GRAPHQL_INTROSPECTION: bool.optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/, 'must be "false", a hop count or a list of addresses, subnets or loopback/linklocal/uniquelocal')
    .default('loopback'),
  BARRIER_REPORTS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  /** Counselling requests through the public form (without an account) per client address and hour. */
  COUNSELLING_PUBLIC_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(3),
  COUNSELLING_ACUTE_ESCALATION_HOURS: z.coerce.number().min(0.25).max(200).default(4),
  /** Survey results: no figure for a group with fewer responses (never below 3). */
  EVALUATION_MIN_GROUP: z.coerce.number().int().min(3).max(100).default(5),
  TEAM_EMAIL: z.string().email().default('koko-team@koko-campus.example'),
  SECURITY_CONTACT: z.string().regex(/^(mailto:|https:\/\/)\S+$/, 'must start with mailto: or https://').default('mailto:it-sicherheit@koko-campus.example'),
  DATA_EXPORT_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  JOBS_CRON_RETENTION: cron.default('30 3 * * *'),
  RETENTION_DECLINED_APPLICATION_DAYS: z.coerce.number().int().min(1).max(3650).default(183),
  RETENTION_EXPIRED_TOKEN_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
  RETENTION_ENDED_SESSION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  RETENTION_THROTTLE_DAYS: z.coerce.number().int().min(1).max(3650).default(1),
  RETENTION_CAPTURED_MAIL_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  RETENTION_SENT_MAIL_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  RETENTION_ANSWERED_BARRIER_REPORT_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
  RETENTION_SHORT_FORMAT_REGISTRATION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  /** On SIGTERM/SIGINT, /health/ready answers 503 this long before the server stops accepting connections. */
  /** Bearer token a Prometheus scraper sends to GET /metrics; without it the endpoint is off. */
  METRICS_TOKEN: z.string().regex(/^[\x21-\x7e]{32,256}$/, 'must be 32 to 256 visible ASCII characters without spaces (e.g. openssl rand -hex 32)').optional(),
  SHUTDOWN_READINESS_DELAY_MS: z.coerce.number().int().min(0).max(120_000).default(0),
});

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  publicUrl: string;
  database: { url?: string; embeddedPort: number; embeddedDataDir: string; poolSize: number; logQueries: boolean };
  auth: {
    jwtSecret: string;
    sessionIdleMinutes: number;
    sessionMaxHours: number;
    cookieSecure: boolean;
    loginMaxFailures: number;
    loginMaxFailuresPerAddress: number;
  };
  mail: {
    transport: 'smtp' | 'capture';
    from: string;
    pollMs: number;
    /** Whether this process delivers the outbox (always for a server; off for one-off commands such as storage:migrate). */
    worker: boolean;
    smtp: { host?: string; port: number; secure: boolean; user?: string; password?: string };
  };
  defaultLocale: 'de' | 'en';
  timeZone: string;
  seedDemo: boolean;
  logLevel: Env['LOG_LEVEL'];
  webDistDir: string;
  /**
   * Stopping: how long `/health/ready` answers 503 before the server stops accepting connections, so
   * a load balancer that checks readiness takes the instance out first (0: stop at once).
   */
  shutdown: { readinessDelayMs: number };
  /** Prometheus metrics at /metrics for a scraper presenting this bearer token (null: endpoint off). */
  metrics: { token: string | null };
  /**
   * Where uploaded files are kept (never inside `webDistDir`; the storage refuses that at start), and
   * the nightly clean-up of files no row points to: only those written more than `orphanGraceHours`
   * ago go (an upload stores its file a moment before its row).
   */
  storage: {
    /** `local` (the folder `dir`, the default) or `s3` (an S3-compatible bucket; `s3` is then set). */
    driver: 'local' | 's3';
    dir: string;
    s3: { endpoint?: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean } | null;
    orphanGraceHours: number;
    cleanupCron: string;
  };
  uploads: { maxBytes: number; maxFiles: number };
  /** Scheduled jobs (pg-boss in the schema `pgboss`); cron expressions are read in `timeZone`. */
  jobs: { enabled: boolean; remindersCron: string; digestCron: string };
  /** Introspection and the landing page (off in production unless GRAPHQL_INTROSPECTION=true). */
  graphql: { introspection: boolean };
  /** Express `trust proxy`: whose X-Forwarded-For is believed for the client address (sign-in throttling). */
  trustProxy: boolean | number | string;
  /**
   * Open Badges 3.0 credentials: the signing key (Multikey secretKeyMultibase; null outside production
   * means "generate one on first start and keep it in keyFile") and retired public keys still listed
   * in /.well-known/did.json.
   */
  credentials: { signingKey: string | null; retiredPublicKeys: string[]; keyFile: string };
  /** Who signs certificates (printed under the signature lines). */
  certificates: { signatories: { name: string; role: string }[]; verifyPerMinute: number; renderThreads: number };
  /**
   * Short formats: hours to confirm a registration (double opt-in), hours a waiting-list offer is
   * held, and how many hours before the start no more offers are made.
   */
  shortFormats: { confirmHours: number; offerHours: number; offerCutoffHours: number; reminderDays: { early: number; late: number } };
  /** The programme team's address (barrier reports) and the contact in /.well-known/security.txt. */
  frontDoor: { teamEmail: string; securityContact: string; barrierReportsPerHour: number; counsellingRequestsPerHour: number };
  /** Surveys: the minimum group size for any figure shown or exported. */
  evaluation: { minGroup: number };
  /** Counselling: working hours (office hours Mon–Fri, NRW public holidays off) an acute request may wait untaken before the whole team is reminded. */
  counselling: { acuteEscalationHours: number };
  /**
   * GDPR self-service and retention (docs/privacy.md): how long an export ZIP is kept, when the
   * nightly retention job runs, and after how many days each kind of record is deleted.
   */
  privacy: {
    exportDays: number;
    retentionCron: string;
    retention: {
      declinedApplicationDays: number;
      expiredTokenDays: number;
      endedSessionDays: number;
      throttleDays: number;
      capturedMailDays: number;
      sentMailDays: number;
      answeredBarrierReportDays: number;
      /** Registrations for short formats without an account: anonymised this many days after the event. */
      shortFormatRegistrationDays: number;
    };
  };
}

/**
 * Problems of settings that depend on each other, read from the raw values so that they are listed
 * together with the schema's (one error naming everything at start).
 */
function dependentProblems(raw: Record<string, string>): string[] {
  const problems: string[] = [];
  if (raw['STORAGE_DRIVER'] === 's3') {
    for (const name of ['S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']) {
      if (!raw[name]) problems.push(`${name}: required when STORAGE_DRIVER=s3`);
    }
  } else {
    const stray = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'].filter((name) => raw[name]);
    // Most likely a forgotten STORAGE_DRIVER=s3: files would silently land on the local disk.
    if (stray.length) problems.push(`STORAGE_DRIVER: is "${raw['STORAGE_DRIVER'] ?? 'local'}" but ${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set; set STORAGE_DRIVER=s3 or remove ${stray.length === 1 ? 'it' : 'them'}`);
  }
  return problems;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Validates the given environment and lists every problem at once. */
export function parseConfig(raw: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  const dependent = dependentProblems(cleaned as Record<string, string>);
  if (!result.success) {
    throw new ConfigValidationError([...result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`), ...dependent]);
  }
  const e = result.data;
  const problems: string[] = [...dependent];
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction) {
    if (e.JWT_SECRET === DEV_SECRET) problems.push('JWT_SECRET: the development default is refused in production');
    // Real people sign real certificates: no placeholder names on a document that leaves the house.
    if (!e.CERTIFICATE_SIGNATORIES) problems.push('CERTIFICATE_SIGNATORIES: required in production ("Name|Funktion;Name|Funktion")');
    else if (e.CERTIFICATE_SIGNATORIES === DEV_SIGNATORIES) problems.push('CERTIFICATE_SIGNATORIES: the development placeholder is refused in production');
    if (!e.PUBLIC_URL) problems.push('PUBLIC_URL: required in production');
    // A key generated on a server's disk would silently change with every fresh container.
    if (!e.CREDENTIAL_SIGNING_KEY) problems.push('CREDENTIAL_SIGNING_KEY: required in production (an Ed25519 Multikey secretKeyMultibase; see docs/adr/0008-verifiable-credentials.md)');
    if (e.MAIL_TRANSPORT !== 'smtp') problems.push('MAIL_TRANSPORT: must be "smtp" in production');
  }
  if (e.MAIL_TRANSPORT === 'smtp' && !e.SMTP_HOST) problems.push('SMTP_HOST: required when MAIL_TRANSPORT=smtp');
  // The nightly clean-up deletes files no row points to: a key kept there would vanish.
  if (`${resolve(e.CREDENTIAL_KEY_FILE)}`.startsWith(`${resolve(e.STORAGE_DIR)}${sep}`)) problems.push('CREDENTIAL_KEY_FILE: must not be inside STORAGE_DIR');
  if (problems.length) throw new ConfigValidationError(problems);

  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    database: {
      url: e.DATABASE_URL,
      embeddedPort: e.EMBEDDED_PG_PORT,
      embeddedDataDir: e.EMBEDDED_PG_DATA_DIR,
      poolSize: e.DB_POOL_SIZE,
      logQueries: e.DB_LOG_QUERIES,
    },
    auth: {
      jwtSecret: e.JWT_SECRET,
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionMaxHours: e.SESSION_MAX_HOURS,
      cookieSecure: e.COOKIE_SECURE ?? publicUrl.startsWith('https://'),
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginMaxFailuresPerAddress: e.LOGIN_MAX_FAILURES_PER_ADDRESS,
    },
    mail: {
      transport: e.MAIL_TRANSPORT,
      from: e.MAIL_FROM,
      pollMs: e.MAIL_POLL_MS,
      worker: true,
      smtp: { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, password: e.SMTP_PASSWORD },
    },
    defaultLocale: e.DEFAULT_LOCALE,
    timeZone: e.TIME_ZONE,
    seedDemo: e.SEED_DEMO ?? !isProduction,
    logLevel: e.LOG_LEVEL,
    webDistDir: e.WEB_DIST_DIR,
    shutdown: { readinessDelayMs: e.SHUTDOWN_READINESS_DELAY_MS },
    metrics: { token: e.METRICS_TOKEN ?? null },
    storage: {
      driver: e.STORAGE_DRIVER,
      dir: e.STORAGE_DIR,
      s3:
        e.STORAGE_DRIVER === 's3'
          ? {
              endpoint: e.S3_ENDPOINT,
              region: e.S3_REGION,
              bucket: e.S3_BUCKET as string,
              accessKeyId: e.S3_ACCESS_KEY_ID as string,
              secretAccessKey: e.S3_SECRET_ACCESS_KEY as string,
              forcePathStyle: e.S3_FORCE_PATH_STYLE,
            }
          : null,
      orphanGraceHours: e.STORAGE_ORPHAN_GRACE_HOURS,
      cleanupCron: e.JOBS_CRON_FILE_CLEANUP,
    },
    uploads: { maxBytes: e.UPLOAD_MAX_BYTES, maxFiles: e.UPLOAD_MAX_FILES },
    jobs: { enabled: e.JOBS_ENABLED, remindersCron: e.JOBS_CRON_REMINDERS, digestCron: e.JOBS_CRON_DIGEST },
    graphql: { introspection: e.GRAPHQL_INTROSPECTION ?? !isProduction },
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    credentials: {
      signingKey: e.CREDENTIAL_SIGNING_KEY ?? null,
      retiredPublicKeys: e.CREDENTIAL_RETIRED_KEYS ? e.CREDENTIAL_RETIRED_KEYS.split(',').map((k) => k.trim()) : [],
      keyFile: e.CREDENTIAL_KEY_FILE,
    },
    certificates: {
      signatories: (e.CERTIFICATE_SIGNATORIES ?? DEV_SIGNATORIES).split(';').map((pair) => {
        const [name, role] = pair.split('|');
        return { name: name.trim(), role: role.trim() };
      }),
      verifyPerMinute: e.VERIFY_MAX_PER_MINUTE,
      renderThreads: e.CERTIFICATE_RENDER_THREADS ?? Math.max(1, Math.min(4, availableParallelism() - 1)),
    },
    shortFormats: {
      confirmHours: e.SHORT_FORMAT_CONFIRM_HOURS,
      offerHours: e.SHORT_FORMAT_OFFER_HOURS,
      offerCutoffHours: e.SHORT_FORMAT_OFFER_CUTOFF_HOURS,
      reminderDays: { early: e.SHORT_FORMAT_EARLY_REMINDER_DAYS, late: e.SHORT_FORMAT_LATE_REMINDER_DAYS },
    },
    frontDoor: { teamEmail: e.TEAM_EMAIL, securityContact: e.SECURITY_CONTACT, barrierReportsPerHour: e.BARRIER_REPORTS_PER_HOUR, counsellingRequestsPerHour: e.COUNSELLING_PUBLIC_REQUESTS_PER_HOUR },
    evaluation: { minGroup: e.EVALUATION_MIN_GROUP },
    counselling: { acuteEscalationHours: e.COUNSELLING_ACUTE_ESCALATION_HOURS },
    privacy: {
      exportDays: e.DATA_EXPORT_DAYS,
      retentionCron: e.JOBS_CRON_RETENTION,
      retention: {
        declinedApplicationDays: e.RETENTION_DECLINED_APPLICATION_DAYS,
        expiredTokenDays: e.RETENTION_EXPIRED_TOKEN_DAYS,
        endedSessionDays: e.RETENTION_ENDED_SESSION_DAYS,
        throttleDays: e.RETENTION_THROTTLE_DAYS,
        capturedMailDays: e.RETENTION_CAPTURED_MAIL_DAYS,
        sentMailDays: e.RETENTION_SENT_MAIL_DAYS,
        answeredBarrierReportDays: e.RETENTION_ANSWERED_BARRIER_REPORT_DAYS,
        shortFormatRegistrationDays: e.RETENTION_SHORT_FORMAT_REGISTRATION_DAYS,
      },
    },
  };
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/** The single reader of `process.env` in the whole API. */
export function loadConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return parseConfig({ ...process.env, ...overrides });
}
