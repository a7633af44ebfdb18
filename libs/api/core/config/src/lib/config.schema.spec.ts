import { ConfigValidationError, parseConfig } from './config.schema';

const SIGNING_KEY = 'zruzysUQcseBgW1ahJ2Y3QVRM18EsRzY6p84HK74eCjEqG5f4fReJ2TUDF1kMEgPdK1osYymt8c9vZmCpZauELtQD8G';

describe('parseConfig', () => {
  it('applies development defaults', () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.mail.transport).toBe('capture');
    expect(config.seedDemo).toBe(true);
    expect(config.auth.cookieSecure).toBe(false);
  });

  it('lists every invalid variable in one error', () => {
    try {
      parseConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
      fail('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      const problems = (error as ConfigValidationError).problems.join('\n');
      expect(problems).toContain('PORT');
      expect(problems).toContain('DATABASE_URL');
      expect(problems).toContain('JWT_SECRET');
    }
  });

  it('chooses the S3 storage only with STORAGE_DRIVER=s3 and lists every missing S3 setting together with other problems', () => {
    expect(parseConfig({}).storage).toMatchObject({ driver: 'local', dir: '.data/files', s3: null });
    const s3 = { STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://127.0.0.1:8080', S3_BUCKET: 'koko-files', S3_ACCESS_KEY_ID: 'test:tester', S3_SECRET_ACCESS_KEY: 'testing', S3_FORCE_PATH_STYLE: 'true' };
    expect(parseConfig(s3).storage.s3).toEqual({ endpoint: 'http://127.0.0.1:8080', region: 'us-east-1', bucket: 'koko-files', accessKeyId: 'test:tester', secretAccessKey: 'testing', forcePathStyle: true });
    try {
      parseConfig({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'not a url', S3_BUCKET: 'Bad_Bucket', PORT: 'abc' });
      fail('expected an error');
    } catch (error) {
      const problems = (error as ConfigValidationError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^PORT: /),
          expect.stringMatching(/^S3_ENDPOINT: /),
          expect.stringMatching(/^S3_BUCKET: must be a bucket name/),
          'S3_ACCESS_KEY_ID: required when STORAGE_DRIVER=s3',
          'S3_SECRET_ACCESS_KEY: required when STORAGE_DRIVER=s3',
        ]),
      );
    }
    expect(() => parseConfig({ S3_BUCKET: 'koko-files' })).toThrow(/STORAGE_DRIVER: is "local" but S3_BUCKET is set; set STORAGE_DRIVER=s3 or remove it/);
  });

  it('switches metrics off without METRICS_TOKEN and refuses a short or spaced token', () => {
    expect(parseConfig({}).metrics.token).toBeNull();
    expect(parseConfig({ METRICS_TOKEN: 'a'.repeat(32) }).metrics.token).toBe('a'.repeat(32));
    expect(() => parseConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be 32 to 256 visible ASCII characters/);
    expect(() => parseConfig({ METRICS_TOKEN: `${'a'.repeat(32)} b` })).toThrow(/METRICS_TOKEN/);
  });

  it('refuses development secrets in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://campus.example', MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'smtp.example' })).toThrow(
      /JWT_SECRET: the development default is refused in production/,
    );
  });

  it('requires real certificate signatories in production (no placeholder default)', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://campus.example', MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'smtp.example', JWT_SECRET: 'x'.repeat(40), CREDENTIAL_SIGNING_KEY: SIGNING_KEY };
    expect(() => parseConfig(production)).toThrow(/CERTIFICATE_SIGNATORIES: required in production/);
    expect(() => parseConfig({ ...production, CERTIFICATE_SIGNATORIES: parseConfig({}).certificates.signatories.map((s) => `${s.name}|${s.role}`).join(';') })).toThrow(
      /CERTIFICATE_SIGNATORIES: the development placeholder is refused in production/,
    );
    expect(parseConfig({ ...production, CERTIFICATE_SIGNATORIES: 'Dr. Jana Real|Präsidentin' }).certificates.signatories).toEqual([{ name: 'Dr. Jana Real', role: 'Präsidentin' }]);
    expect(parseConfig({}).certificates.signatories).toHaveLength(2);
  });

  it('requires the credential signing key in production and reads retired keys', () => {
    const production = { NODE_ENV: 'production', PUBLIC_URL: 'https://campus.example', MAIL_TRANSPORT: 'smtp', SMTP_HOST: 'smtp.example', JWT_SECRET: 'x'.repeat(40), CERTIFICATE_SIGNATORIES: 'Dr. Jana Real|Präsidentin' };
    expect(() => parseConfig(production)).toThrow(/CREDENTIAL_SIGNING_KEY: required in production/);
    expect(() => parseConfig({ ...production, CREDENTIAL_SIGNING_KEY: 'not-a-key' })).toThrow(/CREDENTIAL_SIGNING_KEY: must be an Ed25519 Multikey/);
    expect(() => parseConfig({ CREDENTIAL_RETIRED_KEYS: 'z6Mk, nonsense' })).toThrow(/CREDENTIAL_RETIRED_KEYS/);
    const retired = ['z6MkvG6DpGnti3TE7ybJmpvUSjPU8VXM3b1n93bdr2YbVteG', 'z6MknvgqsVRnwqf9gWpTtwvjLA2GReWW98aab5UwwySxCdFa'];
    expect(parseConfig({ ...production, CREDENTIAL_SIGNING_KEY: SIGNING_KEY, CREDENTIAL_RETIRED_KEYS: retired.join(', ') }).credentials).toEqual({
      signingKey: SIGNING_KEY,
      retiredPublicKeys: retired,
      keyFile: '.data/credential-signing-key.json',
    });
    expect(() => parseConfig({ STORAGE_DIR: '/srv/files', CREDENTIAL_KEY_FILE: '/srv/files/key.json' })).toThrow(/CREDENTIAL_KEY_FILE: must not be inside STORAGE_DIR/);
    // Development generates one on first start.
    expect(parseConfig({}).credentials.signingKey).toBeNull();
  });

  it('defaults file storage and upload limits, and reads them from the environment', () => {
    expect(parseConfig({})).toMatchObject({
      storage: { dir: '.data/files', orphanGraceHours: 24, cleanupCron: '45 3 * * *' },
      uploads: { maxBytes: 20 * 1024 * 1024, maxFiles: 5 },
    });
    expect(
      parseConfig({ STORAGE_DIR: '/srv/koko/files', STORAGE_ORPHAN_GRACE_HOURS: '48', JOBS_CRON_FILE_CLEANUP: '0 2 * * 0', UPLOAD_MAX_BYTES: '1048576', UPLOAD_MAX_FILES: '3' }),
    ).toMatchObject({
      storage: { dir: '/srv/koko/files', orphanGraceHours: 48, cleanupCron: '0 2 * * 0' },
      uploads: { maxBytes: 1048576, maxFiles: 3 },
    });
  });

  it('refuses upload limits that are not positive whole numbers', () => {
    expect(() => parseConfig({ UPLOAD_MAX_BYTES: '20MB', UPLOAD_MAX_FILES: '0' })).toThrow(/UPLOAD_MAX_BYTES[\s\S]*UPLOAD_MAX_FILES/);
    expect(() => parseConfig({ STORAGE_ORPHAN_GRACE_HOURS: '0' })).toThrow(/STORAGE_ORPHAN_GRACE_HOURS/);
  });

  it('runs scheduled jobs by default and reads their schedules from the environment', () => {
    expect(parseConfig({}).jobs).toEqual({ enabled: true, remindersCron: '0 * * * *', digestCron: '0 7 * * *' });
    expect(parseConfig({ JOBS_ENABLED: 'false', JOBS_CRON_REMINDERS: '*/15 * * * *', JOBS_CRON_DIGEST: '30 6 * * 1-5' }).jobs).toEqual({
      enabled: false,
      remindersCron: '*/15 * * * *',
      digestCron: '30 6 * * 1-5',
    });
    expect(() => parseConfig({ JOBS_CRON_DIGEST: 'daily' })).toThrow(/JOBS_CRON_DIGEST/);
  });

  it('marks cookies secure behind https', () => {
    const config = parseConfig({ PUBLIC_URL: 'https://campus.example/' });
    expect(config.publicUrl).toBe('https://campus.example');
    expect(config.auth.cookieSecure).toBe(true);
  });
});
