import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { TransactionalEvent } from '@koko/api/core/database';
import { CohortService, CohortSession } from '@koko/api/catalogue';
import { Enrolment, SEAT_STATES } from '@koko/api/enrolment';
import { User } from '@koko/api/identity';
import { AttendanceChangedEvent, AttendanceEvents, AttendanceValue } from '@koko/shared';
import { DataSource, In } from 'typeorm';
import { AttendanceStatus } from '../progress/module-progress';
import { ProgressErrorCode, ProgressException } from '../progress.exception';
import { AttendanceRecord } from './attendance-record.entity';
import { AttendanceSheet, RecordAttendanceInput } from './attendance.dto';

const valueOf = (r: AttendanceRecord | undefined): AttendanceValue | null => (r ? { status: r.status, excuseWaived: r.excuseWaived } : null);
const same = (a: AttendanceValue | null, b: AttendanceValue | null) => a?.status === b?.status && a?.excuseWaived === b?.excuseWaived;

@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortService,
    private readonly events: EventEmitter2,
  ) {}

  /** The grid of a cohort: its sessions, its admitted participants by name, what has been recorded. */
  async sheet(viewer: AuthUser, cohortId: string): Promise<AttendanceSheet> {
    await this.cohorts.assertCanManage(viewer, cohortId);
    const sessions = await this.db.manager.find(CohortSession, { where: { cohortId }, order: { startsAt: 'ASC' } });
    const enrolments = await this.db.manager
      .createQueryBuilder(Enrolment, 'e')
      .innerJoin(User, 'u', 'u.id = e.user_id')
      .where('e.cohort_id = :cohortId AND e.state IN (:...states)', { cohortId, states: [...SEAT_STATES] })
      .orderBy('u.display_name COLLATE "de-x-icu"', 'ASC')
      .getMany();
    const records = sessions.length
      ? await this.db.manager.find(AttendanceRecord, { where: { sessionId: In(sessions.map((s) => s.id)) } })
      : [];
    return { cohortId, sessions, enrolments, records };
  }

  /** Saves grid cells. Every change is audited in the same transaction; unchanged cells are skipped. */
  async record(viewer: AuthUser, input: RecordAttendanceInput): Promise<AttendanceRecord[]> {
    return this.db.transaction(async (m) => {
      await this.cohorts.assertCanManage(viewer, input.cohortId, m);
      const sessionIds = [...new Set(input.entries.map((e) => e.sessionId))];
      const enrolmentIds = [...new Set(input.entries.map((e) => e.enrolmentId))];
      const sessions = await m.find(CohortSession, { where: { id: In(sessionIds), cohortId: input.cohortId } });
      if (sessions.length !== sessionIds.length) throw new ProgressException(ProgressErrorCode.SESSION_NOT_IN_COHORT);
      const enrolments = await m.find(Enrolment, { where: { id: In(enrolmentIds), cohortId: input.cohortId, state: In([...SEAT_STATES]) } });
      if (enrolments.length !== enrolmentIds.length) throw new ProgressException(ProgressErrorCode.PARTICIPANT_NOT_IN_COHORT);
      if (input.entries.some((e) => e.excuseWaived && e.status !== AttendanceStatus.EXCUSED)) throw new ProgressException(ProgressErrorCode.WAIVER_NEEDS_EXCUSE);
      // Nobody can have attended a session that has not begun; clearing such a cell stays possible.
      const now = Date.now();
      const startsAt = new Map(sessions.map((s) => [s.id, s.startsAt.getTime()]));
      if (input.entries.some((e) => e.status && (startsAt.get(e.sessionId) ?? 0) > now)) throw new ProgressException(ProgressErrorCode.SESSION_NOT_STARTED);
      const participantOf = new Map(enrolments.map((e) => [e.id, e.userId]));
      const existing = await m
        .createQueryBuilder(AttendanceRecord, 'a')
        .setLock('pessimistic_write')
        .where('a.session_id IN (:...s) AND a.enrolment_id IN (:...e)', { s: sessionIds, e: enrolmentIds })
        .getMany();
      const current = new Map(existing.map((r) => [`${r.sessionId}:${r.enrolmentId}`, r]));
      const saved: AttendanceRecord[] = [];
      for (const entry of input.entries) {
        const key = `${entry.sessionId}:${entry.enrolmentId}`;
        const before = valueOf(current.get(key));
        const after: AttendanceValue | null = entry.status ? { status: entry.status, excuseWaived: entry.excuseWaived } : null;
        if (same(before, after)) {
          const row = current.get(key);
          if (row) saved.push(row);
          continue;
        }
        if (after) {
          const row = m.create(AttendanceRecord, {
            sessionId: entry.sessionId,
            enrolmentId: entry.enrolmentId,
            status: entry.status as AttendanceStatus,
            excuseWaived: entry.excuseWaived,
            recordedBy: viewer.id,
            recordedAt: new Date(),
          });
          await m.upsert(AttendanceRecord, row, ['sessionId', 'enrolmentId']);
          current.set(key, row);
          saved.push(row);
        } else {
          await m.delete(AttendanceRecord, { sessionId: entry.sessionId, enrolmentId: entry.enrolmentId });
          current.delete(key);
        }
        const payload: AttendanceChangedEvent = {
          sessionId: entry.sessionId,
          enrolmentId: entry.enrolmentId,
          cohortId: input.cohortId,
          participantId: participantOf.get(entry.enrolmentId) as string,
          actorId: viewer.id,
          before,
          after,
        };
        await this.events.emitAsync(AttendanceEvents.Changed, { payload, manager: m } satisfies TransactionalEvent<AttendanceChangedEvent>);
      }
      return saved;
    });
  }

  /** One statement for any number of enrolments (behind the progress loader). */
  recordsOf(enrolmentIds: readonly string[]): Promise<AttendanceRecord[]> {
    return this.db.manager.find(AttendanceRecord, { where: { enrolmentId: In([...enrolmentIds]) } });
  }
}
