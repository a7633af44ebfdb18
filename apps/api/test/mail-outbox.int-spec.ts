import { INestApplication } from '@nestjs/common';
import { createUser, eventually, TestApp, waitForMail } from '@koko/api/testing';
import { MailWorker, messageIdOf } from '@koko/api/notifications';
import { Locale, Role } from '@koko/shared';
import { createServer, Server, Socket } from 'node:net';
import { createApp } from '../src/bootstrap';
import { startApp } from './support/app';

const REQUEST_RESET = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;

interface OutboxRow {
  status: string;
  attempts: number;
  last_error: string | null;
  retry_in_future: boolean;
  sent_at: Date | null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Just enough of an SMTP server (no TLS, no auth) to receive what nodemailer sends. */
function startFakeSmtp(port: number): Promise<{ messages: string[]; close: () => Promise<void> }> {
  const messages: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let data: string[] | null = null;
    socket.write('220 fake.smtp.test ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data) {
          if (line === '.') {
            messages.push(data.join('\n'));
            data = null;
            socket.write('250 2.0.0 queued\r\n');
          } else {
            data.push(line);
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake.smtp.test\r\n');
        else if (verb === 'DATA') {
          data = [];
          socket.write('354 end with <CRLF>.<CRLF>\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        messages,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      }),
    ),
  );
}

describe('mail outbox with an unreachable SMTP server', () => {
  let t: TestApp;
  let smtpPort: number;
  beforeAll(async () => {
    smtpPort = await freePort();
    t = await startApp({ MAIL_TRANSPORT: 'smtp', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort) });
  });
  afterAll(() => t.close());

  const row = async (email: string): Promise<OutboxRow> =>
    (
      await t.db.query(
        `SELECT status, attempts, last_error, next_attempt_at > now() AS retry_in_future, sent_at FROM mail_outbox WHERE recipient = $1`,
        [email],
      )
    )[0];

  it('delays the mail but loses none: it stays pending, is retried and is sent once the server is back', async () => {
    const user = await createUser(t.db, { locale: Locale.EN });
    expect(await t.client().ok(REQUEST_RESET, { input: { email: user.email } })).toEqual({ requestPasswordReset: true });

    // First attempt fails (connection refused): pending, error noted, retried later (30 s back-off).
    // An attempt has settled once the 5-minute claim lease is replaced by the back-off.
    const settled = async (attempts: number) => {
      const [r] = await t.db.query(
        `SELECT attempts = $2 AND last_error IS NOT NULL AND next_attempt_at < now() + interval '2 minutes' AS done
           FROM mail_outbox WHERE recipient = $1`,
        [user.email, attempts],
      );
      return r?.done === true;
    };
    await eventually(() => settled(1), true);
    const failed = await row(user.email);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, retry_in_future: true, sent_at: null });
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    const [{ seconds }] = await t.db.query(
      `SELECT round(extract(epoch FROM next_attempt_at - now()))::int AS seconds FROM mail_outbox WHERE recipient = $1`,
      [user.email],
    );
    expect(seconds).toBeGreaterThan(20);
    expect(seconds).toBeLessThanOrEqual(30);

    // Due again, still unreachable: the worker tries again and keeps it.
    await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = $1`, [user.email]);
    await eventually(() => settled(2), true);
    expect(await row(user.email)).toMatchObject({ status: 'pending', retry_in_future: true, sent_at: null });

    // The server is back: the next attempt delivers it.
    const smtp = await startFakeSmtp(smtpPort);
    try {
      await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = $1`, [user.email]);
      await eventually(async () => (await row(user.email)).status, 'sent');
      const sent = await row(user.email);
      expect(sent).toMatchObject({ attempts: 3, last_error: null });
      expect(sent.sent_at).toBeInstanceOf(Date);
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]).toContain(`To: ${user.email}`);
      expect(smtp.messages[0]).toContain('Subject: Reset your KoKo Campus password');
      // The body is quoted-printable.
      const body = smtp.messages[0].replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      expect(body).toMatch(/http:\/\/campus\.test\/passwort-neu\?token=[\w-]{43}/);
    } finally {
      await smtp.close();
    }
  });
});

describe('mail outbox while the SMTP server is down for a while, then up', () => {
  const COUNT = 1000;
  let t: TestApp;
  let second: INestApplication;
  let smtpPort: number;
  beforeAll(async () => {
    smtpPort = await freePort();
    t = await startApp({ MAIL_TRANSPORT: 'smtp', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), MAIL_POLL_MS: '50' });
    // A second instance on the same outbox, as behind a load balancer.
    second = await createApp(t.config, t.config.database.url!);
    await second.init();
  });
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  const counts = async () =>
    (
      await t.db.query(
        `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'sent')::int AS sent,
                count(*) FILTER (WHERE attempts >= 1)::int AS tried, count(*)::int AS total
           FROM mail_outbox WHERE recipient LIKE 'outage%'`,
      )
    )[0] as { pending: number; sent: number; tried: number; total: number };

  /**
   * Besides both instances' timers, rounds from both instances at once until `done` holds: faster,
   * and more chances for two rounds to meet on the same row.
   */
  async function drive(done: () => Promise<boolean>, timeoutMs: number): Promise<void> {
    const workers = [t.app.get(MailWorker), second.get(MailWorker)];
    const until = Date.now() + timeoutMs;
    while (!(await done())) {
      if (Date.now() > until) throw new Error(`Outbox not done after ${timeoutMs} ms: ${JSON.stringify(await counts())}`);
      await Promise.all([...workers, ...workers].map((w) => w.deliverDue(50)));
    }
  }

  it(`delivers ${COUNT} queued mails exactly once each after the outage`, async () => {
    const context = JSON.stringify({ displayName: 'Ausfall', resetUrl: 'http://campus.test/passwort-neu?token=x', expiresAt: new Date().toISOString() });
    await t.db.query(
      `INSERT INTO mail_outbox (recipient, locale, template, context)
       SELECT 'outage' || n || '@example.org', 'de', 'password-reset', $1::jsonb FROM generate_series(1, $2::int) n`,
      [context, COUNT],
    );

    // The server refuses connections: every mail is tried, none is lost, none counts as sent.
    await drive(async () => (await counts()).tried === COUNT, 60_000);
    expect(await counts()).toEqual({ pending: COUNT, sent: 0, tried: COUNT, total: COUNT });

    // It is back; the back-off has passed (controlled: the rows are made due).
    const smtp = await startFakeSmtp(smtpPort);
    try {
      await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient LIKE 'outage%'`);
      await drive(async () => (await counts()).sent === COUNT, 80_000);
      // Anything still on its way would arrive now.
      await new Promise((r) => setTimeout(r, 500));

      const messageIds = smtp.messages.map((m) => /^Message-ID: (<[^>]+>)$/im.exec(m)?.[1]);
      const ids: { id: string }[] = await t.db.query(`SELECT id FROM mail_outbox WHERE recipient LIKE 'outage%'`);
      expect(smtp.messages).toHaveLength(COUNT);
      expect(new Set(messageIds).size).toBe(COUNT);
      expect(new Set(messageIds)).toEqual(new Set(ids.map((r) => messageIdOf(r.id, t.config.publicUrl))));
      const recipients = smtp.messages.map((m) => /^To: (\S+)$/m.exec(m)?.[1]);
      expect(new Set(recipients).size).toBe(COUNT);
      expect(await counts()).toEqual({ pending: 0, sent: COUNT, tried: COUNT, total: COUNT });
    } finally {
      await smtp.close();
    }
  }, 150_000);
});

describe('mail outbox with the capture transport', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('marks a delivered mail sent and keeps it with HTML and text', async () => {
    const user = await createUser(t.db);
    await t.client().ok(REQUEST_RESET, { input: { email: user.email } });
    const mail = await waitForMail(t.db, user.email);
    expect(mail.subject).toBe('Passwort für KoKo Campus zurücksetzen');
    await eventually(async () => (await t.db.query(`SELECT status FROM mail_outbox WHERE recipient = $1`, [user.email]))[0].status, 'sent');
    const [outbox] = await t.db.query(`SELECT id, status, attempts, sent_at, last_error FROM mail_outbox WHERE recipient = $1`, [user.email]);
    expect(outbox).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
    expect(outbox.sent_at).toBeInstanceOf(Date);
    const captured = await t.db.query(`SELECT outbox_id, html, text FROM captured_mail WHERE recipient = $1`, [user.email]);
    expect(captured).toHaveLength(1);
    expect(captured[0].outbox_id).toBe(outbox.id);
    expect(captured[0].html).toMatch(/^<!doctype html>/i);
    expect(captured[0].html).toContain('Neues Passwort festlegen');
    expect(captured[0].text).toContain('http://campus.test/passwort-neu?token=');
    expect(captured[0].text).not.toContain('<');
  });

  it('writes the mail in the same transaction as its cause: a failing outbox insert rolls the reset link back', async () => {
    const user = await createUser(t.db);
    // Make exactly this recipient's outbox insert fail inside the request's transaction.
    await t.db.query(`
      CREATE OR REPLACE FUNCTION test_refuse_outbox() RETURNS trigger AS $$
      BEGIN
        IF NEW.recipient = '${user.email}' THEN RAISE EXCEPTION 'outbox refused by test'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await t.db.query(`CREATE TRIGGER test_refuse_outbox BEFORE INSERT ON mail_outbox FOR EACH ROW EXECUTE FUNCTION test_refuse_outbox()`);
    try {
      const error = await t.client().error(REQUEST_RESET, { input: { email: user.email } });
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).toBe('Etwas ist schiefgegangen. Bitte versuchen Sie es später erneut.');
      expect(await t.db.query(`SELECT 1 FROM user_tokens WHERE user_id = $1`, [user.id])).toHaveLength(0);
      expect(await t.db.query(`SELECT 1 FROM mail_outbox WHERE recipient = $1`, [user.email])).toHaveLength(0);
    } finally {
      await t.db.query(`DROP TRIGGER test_refuse_outbox ON mail_outbox`);
      await t.db.query(`DROP FUNCTION test_refuse_outbox()`);
    }
  });

  it('an invitation that fails (EMAIL_TAKEN) queues no mail', async () => {
    const admin = await createUser(t.db, { roles: [Role.ADMIN] });
    const existing = await createUser(t.db);
    const client = t.client();
    await client.signIn(admin.email, admin.password);
    const error = await client.error(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, {
      input: { email: existing.email.toUpperCase(), roles: ['PARTICIPANT'] },
    });
    expect(error.code).toBe('EMAIL_TAKEN');
    expect(await t.db.query(`SELECT 1 FROM mail_outbox WHERE lower(recipient) = lower($1)`, [existing.email])).toHaveLength(0);
  });

  it('two API instances delivering the same outbox at once never send a mail twice', async () => {
    // A second instance of the API on the same database, as behind a load balancer.
    const second: INestApplication = await createApp(t.config, t.config.database.url!);
    await second.init();
    try {
      const workers = [t.app.get(MailWorker), second.get(MailWorker)];
      const context = JSON.stringify({ displayName: 'Parallel', resetUrl: 'http://campus.test/passwort-neu?token=x', expiresAt: new Date().toISOString() });
      // Not yet due, so that all 30 become due in the same instant.
      await t.db.query(
        `INSERT INTO mail_outbox (recipient, locale, template, context, next_attempt_at)
         SELECT 'parallel' || n || '@example.org', 'de', 'password-reset', $1::jsonb, now() + interval '1 hour' FROM generate_series(1, 30) n`,
        [context],
      );
      await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient LIKE 'parallel%'`);
      // Both instances' background timers run too; on top, several explicit rounds at once.
      const sent = await Promise.all([...workers, ...workers, ...workers].map((w) => w.deliverDue(7)));
      expect(sent.every((n) => n >= 0 && n <= 7)).toBe(true);
      await eventually(
        async () => (await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient LIKE 'parallel%' AND status = 'sent'`))[0].n,
        30,
      );
      const captured = await t.db.query(
        `SELECT count(*)::int AS n, count(DISTINCT outbox_id)::int AS distinct_rows FROM captured_mail WHERE recipient LIKE 'parallel%'`,
      );
      expect(captured[0]).toEqual({ n: 30, distinct_rows: 30 });
      const attempts = await t.db.query(`SELECT DISTINCT attempts FROM mail_outbox WHERE recipient LIKE 'parallel%'`);
      expect(attempts).toEqual([{ attempts: 1 }]);
    } finally {
      await second.close();
    }
  });
});
