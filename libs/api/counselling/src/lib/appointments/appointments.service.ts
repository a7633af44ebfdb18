import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun } from '@koko/api/core/database';
import { UserDirectory } from '@koko/api/identity';
import { CounsellingAppointmentEvent, CounsellingEvents, CounsellingRequestFacts } from '@koko/shared';
import { DataSource, EntityManager, In } from 'typeorm';
import { CounsellingFormat, CounsellingRequestRow, CounsellingStatus } from '../counselling.entity';
import { CounsellingErrorCode, CounsellingException } from '../counselling.exception';
import { CounsellingService } from '../counselling.service';
import { appointmentCalendar, AppointmentCalendarInput } from './appointment-ical';
import { CounsellingAppointmentRow } from './appointment.entity';
import { ChangeCounsellingAppointmentInput, CounsellingAppointment, CounsellingAppointmentFields, PlanCounsellingAppointmentInput } from './appointment.dto';

const FINISHED: readonly CounsellingStatus[] = [CounsellingStatus.CLOSED, CounsellingStatus.DECLINED];
const FORMAT_NAMES: Record<CounsellingFormat, { de: string; en: string }> = {
  phone: { de: 'Telefon', en: 'Phone' },
  online: { de: 'Online', en: 'Online' },
  on_site: { de: 'Vor Ort', en: 'On site' },
};
const endOf = (a: CounsellingAppointmentRow) => new Date(a.startsAt.getTime() + a.durationMinutes * 60_000);

/**
 * Appointments on a counselling request. Admins and the request's advisors plan, change and cancel
 * them; its requester sees them. Every change mails everyone involved an .ics with the same UID and
 * a higher SEQUENCE (a cancellation with METHOD:CANCEL); the reminder job mails them the day before.
 */
@Injectable()
export class CounsellingAppointmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly requests: CounsellingService,
    private readonly users: UserDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The request's appointments, earliest first, cancelled ones included (they say so). */
  async list(viewer: AuthUser, requestId: string): Promise<CounsellingAppointment[]> {
    await this.requests.access(this.db.manager, viewer, requestId, false);
    return this.present(await this.db.manager.find(CounsellingAppointmentRow, { where: { requestId }, order: { startsAt: 'ASC', id: 'ASC' } }));
  }

  /**
   * The appointments of requests the caller was already allowed to see (a field of the request),
   * in one statement plus one for the planners' names, whatever the number of requests.
   */
  async ofRequests(requestIds: readonly string[]): Promise<CounsellingAppointment[]> {
    if (!requestIds.length) return [];
    return this.present(await this.db.manager.find(CounsellingAppointmentRow, { where: { requestId: In([...requestIds]) }, order: { startsAt: 'ASC', id: 'ASC' } }));
  }

  async plan(actor: AuthUser, input: PlanCounsellingAppointmentInput): Promise<CounsellingAppointment> {
    const id = await this.db.transaction(async (m) => {
      const request = await this.staffRequest(m, actor, input.requestId);
      const fields = this.checked(input);
      const row = await m.save(m.create(CounsellingAppointmentRow, { requestId: request.id, ...fields, sequence: 0, plannedBy: actor.id, cancelledAt: null, remindedFor: null }));
      await this.requests.audit(m, actor, 'counselling-request.appointment-planned', request, null, { appointmentId: row.id, ...this.auditable(row) });
      await this.announce(m, request, row, 'planned');
      return row.id;
    });
    return this.one(id);
  }

  async change(actor: AuthUser, input: ChangeCounsellingAppointmentInput): Promise<CounsellingAppointment> {
    await this.db.transaction(async (m) => {
      const { row, request } = await this.staffAppointment(m, actor, input.appointmentId);
      const before = this.auditable(row);
      Object.assign(row, this.checked(input), { sequence: row.sequence + 1, updatedAt: new Date() });
      await m.save(row);
      await this.requests.audit(m, actor, 'counselling-request.appointment-changed', request, { appointmentId: row.id, ...before }, { appointmentId: row.id, ...this.auditable(row) });
      await this.announce(m, request, row, 'changed');
    });
    return this.one(input.appointmentId);
  }

  async cancel(actor: AuthUser, appointmentId: string): Promise<CounsellingAppointment> {
    await this.db.transaction(async (m) => {
      const { row, request } = await this.staffAppointment(m, actor, appointmentId);
      row.cancelledAt = new Date();
      row.sequence += 1;
      row.updatedAt = row.cancelledAt;
      await m.save(row);
      await this.requests.audit(m, actor, 'counselling-request.appointment-cancelled', request, { appointmentId: row.id, ...this.auditable(row) }, null);
      await this.announce(m, request, row, 'cancelled');
    });
    return this.one(appointmentId);
  }

  /** The .ics to download (no METHOD): for anyone who may see the request; others learn nothing. */
  async download(viewer: AuthUser, appointmentId: string, locale: 'de' | 'en'): Promise<string> {
    const row = await this.db.manager.findOneBy(CounsellingAppointmentRow, { id: appointmentId });
    if (!row) throw new CounsellingException(CounsellingErrorCode.APPOINTMENT_NOT_FOUND);
    const { row: request } = await this.requests.access(this.db.manager, viewer, row.requestId, false).catch((error: unknown) => {
      if (error instanceof CounsellingException) throw new CounsellingException(CounsellingErrorCode.APPOINTMENT_NOT_FOUND);
      throw error;
    });
    const calendar = await this.calendarInput(this.db.manager, request, row, await this.requests.facts(request, this.db.manager));
    return appointmentCalendar(calendar[locale], null);
  }

  /**
   * Reminds requester and advisors of every appointment that starts within the next 24 hours and
   * was planned (or last moved) earlier than that, once per start time. Serialised by an advisory
   * lock; the marks and the queued mails commit together.
   */
  async sendDueReminders(now: Date = new Date()): Promise<string[]> {
    return this.db.transaction(async (m) => {
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('counselling.appointment-reminders'))`);
      const due = await m
        .createQueryBuilder(CounsellingAppointmentRow, 'a')
        .innerJoin(CounsellingRequestRow, 'r', 'r.id = a.request_id')
        .where('a.cancelled_at IS NULL')
        .andWhere('a.starts_at > :now AND a.starts_at <= :now::timestamptz + interval \'24 hours\'', { now })
        .andWhere('a.updated_at <= a.starts_at - interval \'24 hours\'')
        .andWhere('a.reminded_for IS DISTINCT FROM a.starts_at')
        .andWhere('r.status NOT IN (:...finished)', { finished: FINISHED })
        .orderBy('a.starts_at')
        .getMany();
      if (!due.length) return [];
      const requests = new Map((await m.findBy(CounsellingRequestRow, { id: In(due.map((a) => a.requestId)) })).map((r) => [r.id, r]));
      for (const row of due) {
        await m.update(CounsellingAppointmentRow, { id: row.id }, { remindedFor: row.startsAt });
        const request = requests.get(row.requestId);
        if (request) await this.announce(m, request, row, 'reminder');
      }
      return due.map((a) => a.id);
    });
  }

  private async one(id: string): Promise<CounsellingAppointment> {
    return (await this.present([await this.db.manager.findOneByOrFail(CounsellingAppointmentRow, { id })]))[0];
  }

  private async staffRequest(m: EntityManager, actor: AuthUser, requestId: string): Promise<CounsellingRequestRow> {
    const { row, staff } = await this.requests.access(m, actor, requestId, true);
    if (!staff) throw new CounsellingException(CounsellingErrorCode.COUNSELLING_REQUEST_NOT_FOUND);
    if (FINISHED.includes(row.status)) throw new CounsellingException(CounsellingErrorCode.REQUEST_FINISHED);
    return row;
  }

  /** An appointment only its request's staff may change; anyone else learns nothing about it. */
  private async staffAppointment(m: EntityManager, actor: AuthUser, id: string): Promise<{ row: CounsellingAppointmentRow; request: CounsellingRequestRow }> {
    const found = await m.findOneBy(CounsellingAppointmentRow, { id });
    if (!found) throw new CounsellingException(CounsellingErrorCode.APPOINTMENT_NOT_FOUND);
    let request: CounsellingRequestRow;
    try {
      request = await this.staffRequest(m, actor, found.requestId);
    } catch (error) {
      if (error instanceof CounsellingException && error.code === CounsellingErrorCode.COUNSELLING_REQUEST_NOT_FOUND) throw new CounsellingException(CounsellingErrorCode.APPOINTMENT_NOT_FOUND);
      throw error;
    }
    const row = await m.findOneOrFail(CounsellingAppointmentRow, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (row.cancelledAt) throw new CounsellingException(CounsellingErrorCode.APPOINTMENT_CANCELLED);
    return { row, request };
  }

  /** Start in the future; online needs an https link, on site a place; a phone number is optional. */
  private checked(input: CounsellingAppointmentFields): Pick<CounsellingAppointmentRow, 'startsAt' | 'durationMinutes' | 'format' | 'location'> {
    if (input.startsAt.getTime() <= Date.now()) throw new CounsellingException(CounsellingErrorCode.APPOINTMENT_IN_PAST);
    const location = input.location?.trim() || null;
    if (input.format === CounsellingFormat.ONLINE && !(location && /^https:\/\/[^\s]+\.[^\s]+$/.test(location))) {
      throw new CounsellingException(CounsellingErrorCode.APPOINTMENT_LINK_REQUIRED);
    }
    if (input.format === CounsellingFormat.ON_SITE && !(location && location.length >= 3)) throw new CounsellingException(CounsellingErrorCode.APPOINTMENT_PLACE_REQUIRED);
    return { startsAt: input.startsAt, durationMinutes: input.durationMinutes, format: input.format, location };
  }

  private auditable(row: CounsellingAppointmentRow): Record<string, unknown> {
    return { startsAt: row.startsAt.toISOString(), durationMinutes: row.durationMinutes, format: row.format, location: row.location };
  }

  /** Mails requester and advisors (each in their language) with the appointment's .ics attached. */
  private async announce(m: EntityManager, request: CounsellingRequestRow, row: CounsellingAppointmentRow, kind: CounsellingAppointmentEvent['kind']): Promise<void> {
    const facts = await this.requests.facts(request, m);
    const calendar = await this.calendarInput(m, request, row, facts);
    const method = kind === 'cancelled' ? 'CANCEL' : 'REQUEST';
    await this.requests.emit<CounsellingAppointmentEvent>(m, CounsellingEvents.Appointment, {
      ...facts,
      kind,
      appointmentId: row.id,
      recipientIds: [request.requesterId, ...(await this.requests.advisorIdsOf(m, request.id))],
      startsAt: row.startsAt.toISOString(),
      endsAt: endOf(row).toISOString(),
      format: row.format,
      location: row.location,
      ics: { de: appointmentCalendar(calendar.de, method), en: appointmentCalendar(calendar.en, method) },
      icsMethod: method,
    });
  }

  private async calendarInput(m: EntityManager, request: CounsellingRequestRow, row: CounsellingAppointmentRow, facts: CounsellingRequestFacts): Promise<Record<'de' | 'en', AppointmentCalendarInput>> {
    const ids = [request.requesterId, ...(await this.requests.advisorIdsOf(m, request.id))];
    const people = await this.users.recipients(ids, m);
    const attendees = ids.flatMap((id) => {
      const p = people.get(id);
      return p?.email ? [{ name: p.displayName, email: p.email }] : [];
    });
    const base = {
      id: row.id,
      sequence: row.sequence,
      startsAt: row.startsAt,
      endsAt: endOf(row),
      stamp: row.updatedAt,
      cancelled: row.cancelledAt !== null,
      location: row.location,
      url: facts.requestUrl,
      organizer: { name: 'KoKo Campus – Beratung', email: this.config.frontDoor.teamEmail },
      attendees,
    };
    const text = (lang: 'de' | 'en') => {
      const where = row.location ? `${FORMAT_NAMES[row.format][lang]}: ${row.location}` : FORMAT_NAMES[row.format][lang];
      return `${where}\n\n${lang === 'de' ? 'Zur Anfrage' : 'The request'}: ${facts.requestUrl}`;
    };
    return {
      de: { ...base, summary: `Beratung: ${facts.topicTitle} · ${facts.municipalityName}`, description: text('de') },
      en: { ...base, summary: `Counselling: ${facts.topicTitleEn} · ${facts.municipalityName}`, description: text('en') },
    };
  }

  private async present(rows: CounsellingAppointmentRow[]): Promise<CounsellingAppointment[]> {
    const names = await this.users.displayNames([...new Set(rows.map((r) => r.plannedBy))]);
    return rows.map((r) =>
      Object.assign(new CounsellingAppointment(), {
        id: r.id,
        requestId: r.requestId,
        startsAt: r.startsAt,
        endsAt: endOf(r),
        durationMinutes: r.durationMinutes,
        format: r.format,
        location: r.location,
        sequence: r.sequence,
        cancelledAt: r.cancelledAt,
        plannedBy: { id: r.plannedBy, displayName: names.get(r.plannedBy) ?? '' },
        icsUrl: `/api/counselling/appointments/${r.id}.ics`,
      }),
    );
  }
}
