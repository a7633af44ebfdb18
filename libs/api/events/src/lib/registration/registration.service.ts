import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlOne, TransactionalEvent } from '@koko/api/core/database';
import { MunicipalityDirectory } from '@koko/api/catalogue';
import { ShortFormatEvents, ShortFormatRegistrantMailEvent } from '@koko/shared';
import { randomBytes, randomInt } from 'node:crypto';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In, LessThanOrEqual } from 'typeorm';
import { RegisterInput, RegistrationView, ResendConfirmationInput } from '../dto/registration.dto';
import { registrationWindow, RegistrationWindow } from '../availability';
import { EventsClock } from '../events-clock';
import { EventsErrorCode, EventsException } from '../events.exception';
import { ShortFormat, ShortFormatFormat, ShortFormatState } from '../short-format.entity';
import { ShortFormatService } from '../short-format.service';
import { selfCheckInOpen } from './check-in.service';
import { PLACE_STATES, Registration, RegistrationState } from './registration.entity';
import { offerExpiry } from './waitlist-rules';

const HOUR = 3_600_000;
const LIVE_STATES = [RegistrationState.PENDING, RegistrationState.CONFIRMED, RegistrationState.WAITING, RegistrationState.OFFERED];
/** Short codes avoid look-alike characters (0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const newToken = () => randomBytes(32).toString('base64url');
export const newCheckInCode = () => Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/**
 * Registrations with double opt-in and a fair waiting list. Every change to an event's places runs
 * in one transaction that first locks the event row, so confirmations, cancellations and offers of
 * one event are serialised: the queue number taken under that lock is the confirmation order.
 */
@Injectable()
export class RegistrationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: EventsClock,
    private readonly shortFormats: ShortFormatService,
    private readonly municipalities: MunicipalityDirectory,
    private readonly events: EventEmitter2,
  ) {}

  /**
   * Registers someone. Signed-in users registering their own address are confirmed at once; everyone
   * else gets a mail with a link to confirm (the registration stays pending until then).
   */
  async register(input: RegisterInput, viewer?: AuthUser): Promise<RegistrationState> {
    return this.db.transaction(async (m) => {
      const now = this.clock.now();
      const event = await this.shortFormats.locked(m, input.shortFormatId);
      if (event.state !== ShortFormatState.PUBLISHED || registrationWindow(event.registrationOpensAt, event.registrationClosesAt, now) !== RegistrationWindow.OPEN) {
        throw new EventsException(EventsErrorCode.REGISTRATION_NOT_OPEN);
      }
      if (input.municipalityId && !(await this.municipalities.byIds([input.municipalityId], m)).length) {
        throw new EventsException(EventsErrorCode.MUNICIPALITY_NOT_FOUND);
      }
      const email = input.email.trim();
      await this.expireStalePending(m, event.id, now, email);
      const live = await m
        .createQueryBuilder(Registration, 'r')
        .where('r.short_format_id = :id AND lower(r.email) = lower(:email) AND r.state IN (:...live)', { id: event.id, email, live: LIVE_STATES })
        .getExists();
      if (live) throw new EventsException(EventsErrorCode.ALREADY_REGISTERED);
      const own = !!viewer && viewer.email.toLowerCase() === email.toLowerCase();
      const registration = await m.save(
        m.create(Registration, {
          shortFormatId: event.id,
          userId: own ? viewer.id : null,
          name: input.name,
          email,
          municipalityId: input.municipalityId ?? null,
          organisation: input.municipalityId ? null : input.organisation?.trim() || null,
          accessibilityNeeds: input.accessibilityNeeds?.trim() || null,
          locale: input.locale,
          state: RegistrationState.PENDING,
          token: newToken(),
          createdAt: now,
          confirmBy: new Date(now.getTime() + this.config.shortFormats.confirmHours * HOUR),
          checkInCode: newCheckInCode(),
          checkInToken: newToken(),
        }),
      );
      await this.audit(m, viewer ?? null, 'short-format-registration.created', registration, null, { state: registration.state, shortFormatId: event.id });
      if (own) {
        await this.confirmLocked(m, event, registration, viewer, now);
      } else {
        await this.mail(m, 'confirm-request', event, registration);
      }
      return registration.state;
    });
  }

  /** What the link's page shows. Reads only: opening a link changes nothing. */
  async view(token: string): Promise<RegistrationView> {
    const registration = await this.byToken(this.db.manager, token);
    const event = await this.db.manager.findOneByOrFail(ShortFormat, { id: registration.shortFormatId });
    return this.toView(this.db.manager, event, registration, this.clock.now());
  }

  /** The double opt-in: confirms a pending registration (a place, or the waiting list). Repeating it is harmless. */
  async confirm(token: string): Promise<RegistrationView> {
    return this.onLockedRegistration(token, async (m, event, registration, now) => {
      if (registration.state === RegistrationState.PENDING) {
        if (registration.confirmBy && registration.confirmBy <= now) throw new EventsException(EventsErrorCode.REGISTRATION_EXPIRED);
        if (event.state !== ShortFormatState.PUBLISHED || now >= event.endsAt) throw new EventsException(EventsErrorCode.REGISTRATION_NOT_OPEN);
        await this.confirmLocked(m, event, registration, null, now);
      } else if (![RegistrationState.CONFIRMED, RegistrationState.WAITING, RegistrationState.OFFERED].includes(registration.state)) {
        throw new EventsException(EventsErrorCode.REGISTRATION_ACTION_NOT_ALLOWED);
      }
    });
  }

  /** Cancels a registration or leaves the waiting list (one click); a freed place goes to the next in line. */
  async cancel(token: string): Promise<RegistrationView> {
    return this.onLockedRegistration(token, async (m, event, registration, now) => {
      if (!LIVE_STATES.includes(registration.state) || now >= event.startsAt) throw new EventsException(EventsErrorCode.REGISTRATION_ACTION_NOT_ALLOWED);
      const before = registration.state;
      registration.state = RegistrationState.CANCELLED;
      registration.cancelledAt = now;
      registration.confirmBy = null;
      registration.offerExpiresAt = null;
      await m.save(registration);
      await this.audit(m, null, 'short-format-registration.cancelled', registration, { state: before }, { state: registration.state });
      await this.mail(m, 'cancelled', event, registration);
    });
  }

  /** Takes a waiting-list offer while it is valid. */
  async acceptOffer(token: string): Promise<RegistrationView> {
    return this.onLockedRegistration(token, async (m, event, registration, now) => {
      if (registration.state === RegistrationState.CONFIRMED) return;
      if (registration.state === RegistrationState.EXPIRED) throw new EventsException(EventsErrorCode.REGISTRATION_EXPIRED);
      if (registration.state !== RegistrationState.OFFERED) throw new EventsException(EventsErrorCode.REGISTRATION_ACTION_NOT_ALLOWED);
      if (registration.offerExpiresAt && registration.offerExpiresAt <= now) throw new EventsException(EventsErrorCode.REGISTRATION_EXPIRED);
      registration.state = RegistrationState.CONFIRMED;
      registration.offerExpiresAt = null;
      await m.save(registration);
      await this.audit(m, null, 'short-format-registration.offer-accepted', registration, { state: RegistrationState.OFFERED }, { state: registration.state });
      await this.mail(m, 'confirmed', event, registration);
    });
  }

  /** Sends the confirmation mail again with a fresh link and time; always succeeds (no address probing). */
  async resendConfirmation(input: ResendConfirmationInput): Promise<void> {
    if (!isUUID(input.shortFormatId)) return;
    await this.db.transaction(async (m) => {
      const now = this.clock.now();
      const registration = await m
        .createQueryBuilder(Registration, 'r')
        .setLock('pessimistic_write')
        .where('r.short_format_id = :id AND lower(r.email) = lower(:email) AND r.state = :pending AND r.confirm_by > :now', {
          id: input.shortFormatId,
          email: input.email.trim(),
          pending: RegistrationState.PENDING,
          now,
        })
        .getOne();
      if (!registration) return;
      const event = await m.findOneByOrFail(ShortFormat, { id: registration.shortFormatId });
      registration.token = newToken();
      registration.confirmBy = new Date(now.getTime() + this.config.shortFormats.confirmHours * HOUR);
      await m.save(registration);
      await this.mail(m, 'confirm-request', event, registration);
    });
  }

  /**
   * Moves the queue of every published event forward: expires unconfirmed registrations and offers
   * nobody took, and offers freed places. Run by the scheduled job; safe to run any time.
   */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const due = await this.db.manager
      .createQueryBuilder(Registration, 'r')
      .select('DISTINCT r.short_format_id', 'id')
      .where('(r.state = :offered AND r.offer_expires_at <= :now) OR (r.state = :pending AND r.confirm_by <= :now)', {
        offered: RegistrationState.OFFERED,
        pending: RegistrationState.PENDING,
        now,
      })
      .getRawMany<{ id: string }>();
    for (const { id } of due) {
      await this.db.transaction(async (m) => {
        const event = await this.shortFormats.locked(m, id);
        await this.expireStalePending(m, event.id, now);
        if (event.state === ShortFormatState.PUBLISHED) await this.fillPlaces(m, event, now);
      });
    }
    return due.length;
  }

  /** Cancelling an event cancels every live registration and tells each registrant (same transaction). */
  async onEventCancelled(m: EntityManager, event: ShortFormat): Promise<void> {
    const live = await m.find(Registration, { where: { shortFormatId: event.id, state: In(LIVE_STATES) }, lock: { mode: 'pessimistic_write' } });
    const now = this.clock.now();
    for (const registration of live) {
      const before = registration.state;
      Object.assign(registration, { state: RegistrationState.CANCELLED, cancelledAt: now, confirmBy: null, offerExpiresAt: null });
      await m.save(registration);
      await this.audit(m, null, 'short-format-registration.event-cancelled', registration, { state: before }, { state: registration.state });
      await this.mail(m, 'event-cancelled', event, registration, event.cancellationNote);
    }
  }

  /**
   * Runs a change to the registration behind a link in one transaction (event locked first, then the
   * registration); lapsed offers expire before and freed places are offered after. Returns the link's view.
   */
  async onLockedRegistration(
    token: string,
    work: (m: EntityManager, event: ShortFormat, registration: Registration, now: Date) => Promise<void>,
  ): Promise<RegistrationView> {
    return this.db.transaction(async (m) => {
      const peek = await this.byToken(m, token);
      // Lock order everywhere: the event, then its registrations.
      const event = await this.shortFormats.locked(m, peek.shortFormatId);
      const now = this.clock.now();
      await this.expireOffers(m, event, now);
      const registration = await m.findOneOrFail(Registration, { where: { id: peek.id }, lock: { mode: 'pessimistic_write' } });
      await work(m, event, registration, now);
      // Places freed by this change or by lapsed offers go to the next in line.
      if (event.state === ShortFormatState.PUBLISHED) await this.fillPlaces(m, event, now);
      return this.toView(m, event, registration, now);
    });
  }

  /** Takes the next queue number and gives a place if one is free and nobody waits; else the waiting list. */
  private async confirmLocked(m: EntityManager, event: ShortFormat, registration: Registration, actor: AuthUser | null | undefined, now: Date): Promise<void> {
    const { seq } = await sqlOne<{ seq: string }>(m, `SELECT nextval('short_format_queue_seq')::text AS seq`);
    const taken = await m.count(Registration, { where: { shortFormatId: event.id, state: In([...PLACE_STATES]) } });
    const waiting = await m.count(Registration, { where: { shortFormatId: event.id, state: RegistrationState.WAITING } });
    // Nobody jumps the queue: with people waiting, a free place goes to them as an offer.
    const place = taken < event.capacity && waiting === 0;
    registration.state = place ? RegistrationState.CONFIRMED : RegistrationState.WAITING;
    registration.confirmedAt = now;
    registration.confirmBy = null;
    registration.queueNo = seq;
    await m.save(registration);
    await this.audit(m, actor ?? null, 'short-format-registration.confirmed', registration, { state: RegistrationState.PENDING }, { state: registration.state, queueNo: seq });
    await this.mail(m, place ? 'confirmed' : 'waiting', event, registration);
  }

  /** Offers every free place to the next in line, unless it is too late for offers. */
  private async fillPlaces(m: EntityManager, event: ShortFormat, now: Date): Promise<void> {
    await this.expireOffers(m, event, now);
    const { offerHours, offerCutoffHours } = this.config.shortFormats;
    let free = event.capacity - (await m.count(Registration, { where: { shortFormatId: event.id, state: In([...PLACE_STATES]) } }));
    while (free > 0) {
      const expiresAt = offerExpiry(now, event.startsAt, offerHours, offerCutoffHours);
      if (!expiresAt) return;
      const next = await m.findOne(Registration, { where: { shortFormatId: event.id, state: RegistrationState.WAITING }, order: { queueNo: 'ASC' } });
      if (!next) return;
      next.state = RegistrationState.OFFERED;
      next.offerExpiresAt = expiresAt;
      await m.save(next);
      await this.audit(m, null, 'short-format-registration.offered', next, { state: RegistrationState.WAITING }, { state: next.state, offerExpiresAt: expiresAt.toISOString() });
      await this.mail(m, 'offer', event, next);
      free -= 1;
    }
  }

  /** Offers past their time go back to nobody: they expire, and the place is offered on. */
  private async expireOffers(m: EntityManager, event: ShortFormat, now: Date): Promise<void> {
    const lapsed = await m.find(Registration, { where: { shortFormatId: event.id, state: RegistrationState.OFFERED, offerExpiresAt: LessThanOrEqual(now) } });
    for (const r of lapsed) {
      r.state = RegistrationState.EXPIRED;
      r.offerExpiresAt = null;
      await m.save(r);
      await this.audit(m, null, 'short-format-registration.offer-expired', r, { state: RegistrationState.OFFERED }, { state: r.state });
      await this.mail(m, 'offer-expired', event, r);
    }
  }

  private async expireStalePending(m: EntityManager, shortFormatId: string, now: Date, email?: string): Promise<void> {
    const q = m
      .createQueryBuilder()
      .update(Registration)
      .set({ state: RegistrationState.EXPIRED, confirmBy: null })
      .where('short_format_id = :id AND state = :pending AND confirm_by <= :now', { id: shortFormatId, pending: RegistrationState.PENDING, now });
    if (email) q.andWhere('lower(email) = lower(:email)', { email });
    await q.execute();
  }

  private async byToken(m: EntityManager, token: string): Promise<Registration> {
    const registration = /^[A-Za-z0-9_-]{43}$/.test(token) ? await m.findOneBy(Registration, { token }) : null;
    if (!registration || registration.anonymisedAt) throw new EventsException(EventsErrorCode.REGISTRATION_NOT_FOUND);
    return registration;
  }

  private async toView(m: EntityManager, event: ShortFormat, r: Registration, now: Date): Promise<RegistrationView> {
    const expired =
      (r.state === RegistrationState.PENDING && !!r.confirmBy && r.confirmBy <= now) ||
      (r.state === RegistrationState.OFFERED && !!r.offerExpiresAt && r.offerExpiresAt <= now);
    const state = expired ? RegistrationState.EXPIRED : r.state;
    const confirmed = state === RegistrationState.CONFIRMED;
    return {
      id: r.id,
      name: r.name,
      state,
      confirmBy: state === RegistrationState.PENDING ? r.confirmBy : null,
      offerExpiresAt: state === RegistrationState.OFFERED ? r.offerExpiresAt : null,
      waitingPosition: state === RegistrationState.WAITING ? await this.waitingPosition(m, r) : null,
      checkInCode: confirmed ? r.checkInCode : null,
      joinUrl: confirmed && event.format !== ShortFormatFormat.IN_PERSON ? event.joinUrl : null,
      checkedInAt: r.checkedInAt,
      selfCheckInOpen: confirmed && !r.checkedInAt && selfCheckInOpen(event, now),
      checkInQrUrl: confirmed ? this.qrUrl(event, r) : null,
      shortFormat: event,
      token: r.token,
    };
  }

  /** In person and hybrid: the QR code to show at the door (its content is the random check-in token only). */
  private qrUrl(event: ShortFormat, r: Registration): string | null {
    return event.format === ShortFormatFormat.ONLINE ? null : `${this.config.publicUrl}/api/short-formats/check-in/${r.checkInToken}.png`;
  }

  private waitingPosition(m: EntityManager, r: Registration): Promise<number> {
    return m
      .createQueryBuilder(Registration, 'w')
      .where('w.short_format_id = :id AND w.state = :waiting AND w.queue_no <= :no', { id: r.shortFormatId, waiting: RegistrationState.WAITING, no: r.queueNo })
      .getCount();
  }

  /** Queues a mail to the registrant in the caller's transaction (also used for reminders). */
  async mail(m: EntityManager, kind: ShortFormatRegistrantMailEvent['kind'], event: ShortFormat, r: Registration, note: string | null = null): Promise<void> {
    const confirmed = r.state === RegistrationState.CONFIRMED;
    const payload: ShortFormatRegistrantMailEvent = {
      kind,
      email: r.email,
      locale: r.locale,
      name: r.name,
      title: event.title,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      format: event.format,
      address: event.address,
      joinUrl: confirmed && event.format !== ShortFormatFormat.IN_PERSON ? event.joinUrl : null,
      manageUrl: `${this.config.publicUrl}/veranstaltungen/anmeldung/${r.token}`,
      confirmBy: r.confirmBy?.toISOString() ?? null,
      offerExpiresAt: r.offerExpiresAt?.toISOString() ?? null,
      waitingPosition: r.state === RegistrationState.WAITING ? await this.waitingPosition(m, r) : null,
      checkInCode: confirmed ? r.checkInCode : null,
      checkInQrUrl: confirmed ? this.qrUrl(event, r) : null,
      note,
    };
    await this.events.emitAsync(ShortFormatEvents.RegistrantMail, { payload, manager: m } satisfies TransactionalEvent<ShortFormatRegistrantMailEvent>);
  }

  private audit(m: EntityManager, actor: AuthUser | null, action: string, r: Registration, before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
    return this.shortFormats.audit(m, actor, action, r.id, before, { ...after, shortFormatId: r.shortFormatId }, 'short_format_registration', r.userId);
  }
}
