import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun } from '@koko/api/core/database';
import { JobsService } from '@koko/api/core/jobs';
import { UserDirectory } from '@koko/api/identity';
import { CounsellingEscalatedEvent, CounsellingEvents, Role } from '@koko/shared';
import { DataSource, IsNull } from 'typeorm';
import { CounsellingRequestRow, CounsellingStatus, CounsellingUrgency } from '../counselling.entity';
import { CounsellingService } from '../counselling.service';
import { addWorkingHours } from './working-hours';

/** pg-boss job name: every ten minutes, once cluster-wide. */
export const COUNSELLING_ESCALATION_JOB = 'counselling-acute-escalation';

/**
 * Acute requests nobody has accepted: the requester was acknowledged at once when filing; if the
 * request is still new after COUNSELLING_ACUTE_ESCALATION_HOURS working hours (office hours Monday to
 * Friday, NRW public holidays off), every admin and advisor and the team address are reminded, once.
 */
@Injectable()
export class CounsellingAcuteEscalation implements OnModuleInit {
  private readonly logger = new Logger('CounsellingAcuteEscalation');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly requests: CounsellingService,
    private readonly users: UserDirectory,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(COUNSELLING_ESCALATION_JOB, '*/10 * * * *', async () => {
      const sent = await this.escalateOverdue();
      if (sent.length) this.logger.warn(`Acute counselling requests still untaken, team reminded: ${sent.length}`);
    });
  }

  /** When an acute request filed at `filedAt` is due to be escalated. */
  deadline(filedAt: Date): Date {
    return addWorkingHours(filedAt, this.config.counselling.acuteEscalationHours);
  }

  /**
   * Escalates every acute request still new whose deadline has passed at `now`; answers their ids.
   * Serialised by an advisory lock; the mark and the queued mails commit together.
   */
  async escalateOverdue(now: Date = new Date()): Promise<string[]> {
    return this.db.transaction(async (m) => {
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('counselling.acute-escalation'))`);
      const untaken = await m.find(CounsellingRequestRow, {
        where: { urgency: CounsellingUrgency.ACUTE, status: CounsellingStatus.NEW, escalatedAt: IsNull() },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const due = untaken.filter((r) => this.deadline(r.createdAt) <= now);
      if (!due.length) return [];
      const team = [...(await this.users.withRole(Role.ADMIN)), ...(await this.users.withRole(Role.ADVISOR))];
      const recipientIds = [...new Set(team.map((u) => u.id))];
      for (const row of due) {
        row.escalatedAt = now;
        await m.update(CounsellingRequestRow, { id: row.id }, { escalatedAt: now });
        await this.requests.emit<CounsellingEscalatedEvent>(m, CounsellingEvents.Escalated, {
          ...(await this.requests.facts(row, m)),
          recipientIds,
          teamEmail: this.config.frontDoor.teamEmail,
          filedAt: row.createdAt.toISOString(),
          workingHours: this.config.counselling.acuteEscalationHours,
        });
      }
      return due.map((r) => r.id);
    });
  }
}
