import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun, TransactionalEvent } from '@koko/api/core/database';
import { Page } from '@koko/api/core/graphql';
import { BarrierReportEvents, BarrierReportReceivedEvent, BarrierReportStatusChangedEvent, Locale } from '@koko/shared';
import { createHash } from 'node:crypto';
import { DataSource, MoreThan } from 'typeorm';
import { ContentErrorCode, ContentException } from '../content.exception';
import { BarrierReport, BarrierReportStatus } from './barrier-report.entity';
import { BarrierReportsArgs, ReportBarrierInput } from './barrier-reports.dto';

const HOUR_MS = 3_600_000;

@Injectable()
export class BarrierReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventEmitter2,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores a report and queues the mails (team, and the sender when an address was given) in the
   * same transaction. A filled honeypot field is a bot: it gets the same answer and nothing is kept.
   */
  async report(input: ReportBarrierInput, clientAddress: string, locale: Locale, now = new Date()): Promise<void> {
    if (input.website && input.website.trim() !== '') return;
    const clientHash = createHash('sha256').update(clientAddress).digest('hex');
    await this.db.transaction(async (m) => {
      // Serialises reports from one address, so parallel posts cannot slip past the limit.
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('barrier_report:' || $1))`, [clientHash]);
      const recent = await m.count(BarrierReport, { where: { clientHash, createdAt: MoreThan(new Date(now.getTime() - HOUR_MS)) } });
      if (recent >= this.config.frontDoor.barrierReportsPerHour) throw new ContentException(ContentErrorCode.TOO_MANY_REPORTS);
      const saved = await m.save(
        m.create(BarrierReport, {
          pageUrl: input.pageUrl,
          description: input.description,
          name: input.name ?? null,
          email: input.email ?? null,
          locale,
          status: BarrierReportStatus.NEW,
          clientHash,
          createdAt: now,
        }),
      );
      const payload: BarrierReportReceivedEvent = {
        reportId: saved.id,
        teamEmail: this.config.frontDoor.teamEmail,
        pageUrl: saved.pageUrl,
        description: saved.description,
        name: saved.name,
        email: saved.email,
        locale,
        adminUrl: `${this.config.publicUrl}/verwaltung/barrieren`,
      };
      await this.events.emitAsync(BarrierReportEvents.Received, { payload, manager: m } satisfies TransactionalEvent<BarrierReportReceivedEvent>);
    });
  }

  /** Newest first. */
  async list(args: BarrierReportsArgs): Promise<Page<BarrierReport>> {
    const [items, total] = await this.db.manager.findAndCount(BarrierReport, {
      where: args.status ? { status: args.status } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: args.offset,
      take: args.limit,
    });
    return { items, total, offset: args.offset, limit: args.limit };
  }

  async setStatus(actorId: string, id: string, status: BarrierReportStatus): Promise<BarrierReport> {
    return this.db.transaction(async (m) => {
      const report = await m.findOne(BarrierReport, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw new ContentException(ContentErrorCode.REPORT_NOT_FOUND);
      if (report.status === status) return report;
      const from = report.status;
      report.status = status;
      report.statusChangedAt = new Date();
      report.statusChangedBy = actorId;
      await m.save(report);
      const payload: BarrierReportStatusChangedEvent = { reportId: id, actorId, from, to: status };
      await this.events.emitAsync(BarrierReportEvents.StatusChanged, { payload, manager: m } satisfies TransactionalEvent<BarrierReportStatusChangedEvent>);
      return report;
    });
  }
}
