import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { Metrics } from '@koko/api/core/metrics';
import type { Counter } from 'prom-client';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { DataSource } from 'typeorm';
import { MailRenderer } from './mail-renderer';
import { MAIL_TRANSPORT, MailTransport } from './mail-transport.token';
import { TemplateName } from './templates';
import { MailAttachment } from './mail-outbox.entity';
import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';

export const MAX_ATTEMPTS = 12;

/** Seconds to wait before attempt n+1: 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

interface ClaimedRow {
  id: string;
  recipient: string;
  locale: 'de' | 'en';
  template: TemplateName;
  context: Record<string, unknown>;
  attempts: number;
  attachments: MailAttachment[];
}

/**
 * Delivers the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED and leased by moving
 * next_attempt_at forward, so several API instances never send the same mail twice, and a mail
 * server that is down only delays delivery.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private readonly renderer: MailRenderer;
  private readonly deliveries: Counter<'outcome'> | null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Optional() @Inject(Metrics) metrics: Metrics | null = null,
  ) {
    this.renderer = new MailRenderer(config.timeZone);
    this.deliveries = metrics?.counter('koko_mail_deliveries_total', 'Delivery attempts of this instance by outcome (sent, retry = failed and tried again later, failed = gave up after the last attempt)', ['outcome']) ?? null;
    if (metrics) {
      // The outbox is shared: every instance reports the same cluster-wide figures (use max()).
      const backlog = () =>
        sqlOne<{ pending: number; oldest: number | null; failed: number }>(
          this.db,
          `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
                  extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending'))::float8 AS oldest,
                  count(*) FILTER (WHERE status = 'failed')::int AS failed
             FROM mail_outbox WHERE status IN ('pending', 'failed')`,
        );
      metrics.gauge('koko_mail_outbox_pending', 'Mails waiting in the outbox (cluster-wide), including those waiting for a retry', [], async () => [{ value: (await backlog()).pending }]);
      metrics.gauge('koko_mail_outbox_oldest_pending_age_seconds', 'Age of the oldest mail still waiting in the outbox (0 when none waits)', [], async () => [{ value: (await backlog()).oldest ?? 0 }]);
      metrics.gauge('koko_mail_outbox_failed', 'Mails given up after the last attempt (cluster-wide, until the retention job deletes them)', [], async () => [{ value: (await backlog()).failed }]);
    }
  }

  onApplicationBootstrap(): void {
    if (!this.config.mail.worker) return;
    this.timer = setInterval(() => void this.tick(), this.config.mail.pollMs);
    this.timer.unref();
  }

  /** Before the pool closes (onApplicationShutdown): no new round, and the running one finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.deliverDue().catch((e) => {
      this.logger.error(`Mail delivery round failed: ${String(e)}`);
      return 0;
    });
    await this.running;
    this.running = null;
  }

  /** Sends every due mail once; answers how many were sent. */
  async deliverDue(batchSize = 20): Promise<number> {
    const rows = await sqlRows<ClaimedRow>(
      this.db,
      `UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
        WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'pending' AND next_attempt_at <= now()
                      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, recipient, locale, template, context, attempts, attachments`,
      [batchSize],
    );
    let sent = 0;
    for (const row of rows) {
      try {
        const rendered = this.renderer.render(row.template, row.locale, row.context);
        await this.transport.send({ ...rendered, to: row.recipient, outboxId: row.id, attachments: row.attachments });
        await sqlRun(this.db, `UPDATE mail_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = $1`, [row.id]);
        sent++;
        this.deliveries?.inc({ outcome: 'sent' });
      } catch (error) {
        const failed = row.attempts >= MAX_ATTEMPTS;
        this.deliveries?.inc({ outcome: failed ? 'failed' : 'retry' });
        this.logger.warn(`Mail ${row.id} attempt ${row.attempts} failed: ${String(error)}`);
        await sqlRun(
          this.db,
          `UPDATE mail_outbox SET status = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1`,
          [row.id, failed ? 'failed' : 'pending', String(error).slice(0, 2000), backoffSeconds(row.attempts)],
        );
      }
    }
    return sent;
  }
}
