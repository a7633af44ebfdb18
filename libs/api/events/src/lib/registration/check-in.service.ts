import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { CheckInInput, CheckInResult, RegistrationView, UndoCheckInInput } from '../dto/registration.dto';
import { EventsClock } from '../events-clock';
import { EventsErrorCode, EventsException } from '../events.exception';
import { ShortFormat, ShortFormatFormat, ShortFormatState } from '../short-format.entity';
import { ShortFormatService } from '../short-format.service';
import { CheckInVia, Registration, RegistrationState } from './registration.entity';
import { RegistrationService } from './registration.service';

const MINUTE = 60_000;
/** Organisers check in from an hour before the start (people arrive early) and correct afterwards. */
export const ORGANISER_CHECK_IN_BEFORE_MINUTES = 60;
/** Online: the person's own link checks in from 15 minutes before the start until the end. */
export const SELF_CHECK_IN_BEFORE_MINUTES = 15;

/** Whether organisers may record attendance now. */
export function organiserCheckInOpen(event: Pick<ShortFormat, 'state' | 'startsAt'>, now: Date): boolean {
  const state = event.state === ShortFormatState.PUBLISHED || event.state === ShortFormatState.HELD;
  return state && now.getTime() >= event.startsAt.getTime() - ORGANISER_CHECK_IN_BEFORE_MINUTES * MINUTE;
}

/** Whether a confirmed registrant of an online or hybrid event may check in through their link now. */
export function selfCheckInOpen(event: Pick<ShortFormat, 'state' | 'format' | 'startsAt' | 'endsAt'>, now: Date): boolean {
  if (event.state !== ShortFormatState.PUBLISHED || event.format === ShortFormatFormat.IN_PERSON) return false;
  return now.getTime() >= event.startsAt.getTime() - SELF_CHECK_IN_BEFORE_MINUTES * MINUTE && now < event.endsAt;
}

/** Short codes are shown in capitals; people type them as they like. */
export const normaliseCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();

/**
 * Attendance of short formats: organisers tick the list, type the short code or scan the QR code;
 * a repeated check-in changes nothing and says when the first happened; undoing is logged. Online,
 * registrants check themselves in through their personal link.
 */
@Injectable()
export class CheckInService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: EventsClock,
    private readonly shortFormats: ShortFormatService,
    private readonly registrations: RegistrationService,
  ) {}

  async checkIn(actor: AuthUser, input: CheckInInput): Promise<CheckInResult> {
    const given = [input.registrationId, input.code, input.qrToken].filter((x) => !!x);
    if (given.length !== 1) throw new EventsException(EventsErrorCode.CHECK_IN_NOT_FOUND);
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      // Lock order everywhere: the event, then its registrations.
      const event = await this.shortFormats.locked(m, input.shortFormatId);
      if (!organiserCheckInOpen(event, now)) throw new EventsException(EventsErrorCode.CHECK_IN_NOT_OPEN);
      const [where, via]: [FindOptionsWhere<Registration>, CheckInVia] = input.registrationId
        ? [{ id: input.registrationId }, CheckInVia.LIST]
        : input.code
          ? [{ checkInCode: normaliseCode(input.code) }, CheckInVia.CODE]
          : [{ checkInToken: (input.qrToken ?? '').trim() }, CheckInVia.QR];
      const registration = await m.findOne(Registration, { where: { ...where, shortFormatId: event.id }, lock: { mode: 'pessimistic_write' } });
      if (!registration || registration.anonymisedAt) throw new EventsException(EventsErrorCode.CHECK_IN_NOT_FOUND);
      if (registration.state !== RegistrationState.CONFIRMED) throw new EventsException(EventsErrorCode.CHECK_IN_NOT_CONFIRMED);
      if (registration.checkedInAt) return { registration, alreadyCheckedInAt: registration.checkedInAt };
      await this.record(m, actor, registration, via, now);
      return { registration, alreadyCheckedInAt: null };
    });
  }

  /** Online and hybrid: a confirmed registrant checks in through their own link while it is open; repeating it is harmless. */
  async selfCheckIn(token: string): Promise<RegistrationView> {
    return this.registrations.onLockedRegistration(token, async (m, event, registration, now) => {
      if (registration.state !== RegistrationState.CONFIRMED) throw new EventsException(EventsErrorCode.CHECK_IN_NOT_CONFIRMED);
      if (registration.checkedInAt) return;
      if (!selfCheckInOpen(event, now)) throw new EventsException(EventsErrorCode.CHECK_IN_NOT_OPEN);
      await this.record(m, null, registration, CheckInVia.SELF, now);
    });
  }

  /** Takes an attendance back (a wrong tick); the audit trail keeps when and how it had been recorded. */
  async undo(actor: AuthUser, input: UndoCheckInInput): Promise<Registration> {
    return this.db.transaction(async (m) => {
      const peek = await m.findOneBy(Registration, { id: input.registrationId });
      if (!peek) throw new EventsException(EventsErrorCode.REGISTRATION_NOT_FOUND);
      await this.shortFormats.locked(m, peek.shortFormatId);
      const registration = await m.findOneOrFail(Registration, { where: { id: peek.id }, lock: { mode: 'pessimistic_write' } });
      if (!registration.checkedInAt) return registration;
      const before = { checkedInAt: registration.checkedInAt.toISOString(), via: registration.checkedInVia };
      registration.checkedInAt = null;
      registration.checkedInBy = null;
      registration.checkedInVia = null;
      await m.update(Registration, { id: registration.id }, { checkedInAt: null, checkedInBy: null, checkedInVia: null });
      await this.audit(m, actor, 'short-format-registration.check-in-undone', registration, before, { reason: input.reason || null });
      return registration;
    });
  }

  /** Records an attendance in the caller's transaction (the event and the registration are locked). */
  async record(m: EntityManager, actor: AuthUser | null, registration: Registration, via: CheckInVia, now: Date): Promise<void> {
    registration.checkedInAt = now;
    registration.checkedInBy = actor?.id ?? null;
    registration.checkedInVia = via;
    await m.update(Registration, { id: registration.id }, { checkedInAt: now, checkedInBy: registration.checkedInBy, checkedInVia: via });
    await this.audit(m, actor, 'short-format-registration.checked-in', registration, null, { checkedInAt: now.toISOString(), via });
  }

  private audit(m: EntityManager, actor: AuthUser | null, action: string, r: Registration, before: Record<string, unknown> | null, after: Record<string, unknown>) {
    return this.shortFormats.audit(m, actor, action, r.id, before, { ...after, shortFormatId: r.shortFormatId }, 'short_format_registration', r.userId);
  }
}
