import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { TransactionalEvent } from '@koko/api/core/database';
import { Page } from '@koko/api/core/graphql';
import { Role, ShortFormatAuditedEvent, ShortFormatEvents } from '@koko/shared';
import { isUUID } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { AdminShortFormatsArgs, CalendarArgs, ShortFormatInput, UpdateShortFormatInput } from './dto/short-format.dto';
import { EventsClock } from './events-clock';
import { EventsErrorCode, EventsException } from './events.exception';
import { PLACE_STATES, Registration } from './registration/registration.entity';
import { ShortFormat, ShortFormatFormat, ShortFormatState, ShortFormatTopic } from './short-format.entity';

/** Which state may follow which (cancelling and holding are final). */
const NEXT_STATES: Record<ShortFormatState, ShortFormatState[]> = {
  [ShortFormatState.DRAFT]: [ShortFormatState.PUBLISHED],
  [ShortFormatState.PUBLISHED]: [ShortFormatState.CANCELLED, ShortFormatState.HELD],
  [ShortFormatState.CANCELLED]: [],
  [ShortFormatState.HELD]: [],
};

/** Fields copied into the audit trail (never the join link's secret part or descriptions). */
const audited = (e: ShortFormat) => ({
  title: e.title,
  topicId: e.topicId,
  format: e.format,
  startsAt: e.startsAt.toISOString(),
  endsAt: e.endsAt.toISOString(),
  capacity: e.capacity,
  state: e.state,
});

@Injectable()
export class ShortFormatService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: EventsClock,
    private readonly events: EventEmitter2,
  ) {}

  /** Published events that have not ended, soonest first, filtered by topic, format and Berlin month. */
  async calendar(args: CalendarArgs): Promise<Page<ShortFormat>> {
    const q = this.db.manager
      .createQueryBuilder(ShortFormat, 's')
      .where('s.state = :state AND s.ends_at > :now', { state: ShortFormatState.PUBLISHED, now: this.clock.now() });
    if (args.topicId) q.andWhere('s.topic_id = :topic', { topic: args.topicId });
    if (args.format) q.andWhere('s.format = :format', { format: args.format });
    if (args.month) q.andWhere(`to_char(s.starts_at AT TIME ZONE :tz, 'YYYY-MM') = :month`, { tz: this.config.timeZone, month: args.month });
    const [items, total] = await q.orderBy('s.starts_at', 'ASC').addOrderBy('s.id', 'ASC').skip(args.offset).take(args.limit).getManyAndCount();
    return { items, total, offset: args.offset, limit: args.limit };
  }

  /** Every published event that has not ended (the public iCal feed). */
  upcoming(): Promise<ShortFormat[]> {
    return this.db.manager
      .createQueryBuilder(ShortFormat, 's')
      .where('s.state = :state AND s.ends_at > :now', { state: ShortFormatState.PUBLISHED, now: this.clock.now() })
      .orderBy('s.starts_at', 'ASC')
      .getMany();
  }

  /** One event as the public sees it: drafts exist only for admins. */
  async visible(id: string, viewer?: AuthUser): Promise<ShortFormat> {
    const event = isUUID(id) ? await this.db.manager.findOneBy(ShortFormat, { id }) : null;
    if (!event || (event.state === ShortFormatState.DRAFT && !isOrganiser(viewer))) throw new EventsException(EventsErrorCode.SHORT_FORMAT_NOT_FOUND);
    return event;
  }

  async adminList(args: AdminShortFormatsArgs): Promise<Page<ShortFormat>> {
    const q = this.db.manager.createQueryBuilder(ShortFormat, 's');
    if (args.state) q.andWhere('s.state = :state', { state: args.state });
    if (args.search) q.andWhere(`s.title ILIKE :search`, { search: `%${args.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [items, total] = await q.orderBy('s.starts_at', 'DESC').addOrderBy('s.id', 'ASC').skip(args.offset).take(args.limit).getManyAndCount();
    return { items, total, offset: args.offset, limit: args.limit };
  }

  async create(actor: AuthUser, input: ShortFormatInput): Promise<ShortFormat> {
    return this.db.transaction(async (m) => {
      await this.check(m, input, null);
      const event = await m.save(m.create(ShortFormat, { ...this.fields(input), state: ShortFormatState.DRAFT, createdBy: actor.id }));
      await this.audit(m, actor, 'short-format.created', event.id, null, audited(event));
      return event;
    });
  }

  async update(actor: AuthUser, input: UpdateShortFormatInput): Promise<ShortFormat> {
    return this.db.transaction(async (m) => {
      const event = await this.locked(m, input.id);
      if (event.state === ShortFormatState.CANCELLED || event.state === ShortFormatState.HELD) throw new EventsException(EventsErrorCode.STATE_CHANGE_NOT_ALLOWED);
      await this.check(m, input, event);
      const before = audited(event);
      Object.assign(event, this.fields(input), { updatedAt: this.clock.now() });
      const taken = await m.count(Registration, { where: { shortFormatId: event.id, state: In([...PLACE_STATES]) } });
      if (event.capacity < taken) throw new EventsException(EventsErrorCode.CAPACITY_BELOW_CONFIRMED, { taken });
      await m.save(event);
      await this.audit(m, actor, 'short-format.updated', event.id, before, audited(event));
      return event;
    });
  }

  async publish(actor: AuthUser, id: string): Promise<ShortFormat> {
    return this.changeState(actor, id, ShortFormatState.PUBLISHED, null);
  }

  /** `onHeld` runs in the same transaction (the attendance confirmations are queued there). */
  async markHeld(actor: AuthUser, id: string, onHeld?: (m: EntityManager, event: ShortFormat) => Promise<void>): Promise<ShortFormat> {
    return this.changeState(actor, id, ShortFormatState.HELD, null, onHeld);
  }

  /**
   * Moves the event to its next state in one transaction, then runs `onChanged` in it (cancelling
   * hands the registrations to the registration service, which informs every registrant).
   */
  async changeState(
    actor: AuthUser,
    id: string,
    to: ShortFormatState,
    note: string | null,
    onChanged?: (m: EntityManager, event: ShortFormat) => Promise<void>,
  ): Promise<ShortFormat> {
    return this.db.transaction(async (m) => {
      const event = await this.locked(m, id);
      if (!NEXT_STATES[event.state].includes(to)) throw new EventsException(EventsErrorCode.STATE_CHANGE_NOT_ALLOWED);
      // "Held" only once it has started.
      if (to === ShortFormatState.HELD && this.clock.now() < event.startsAt) throw new EventsException(EventsErrorCode.STATE_CHANGE_NOT_ALLOWED);
      const before = audited(event);
      event.state = to;
      event.updatedAt = this.clock.now();
      if (to === ShortFormatState.CANCELLED) event.cancellationNote = note;
      await m.save(event);
      await this.audit(m, actor, `short-format.${to}`, event.id, before, { ...audited(event), ...(note ? { note } : {}) });
      if (onChanged) await onChanged(m, event);
      return event;
    });
  }

  /** Locks the event row: the lock every change to its places takes first. */
  async locked(m: EntityManager, id: string): Promise<ShortFormat> {
    const event = isUUID(id) ? await m.findOne(ShortFormat, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!event) throw new EventsException(EventsErrorCode.SHORT_FORMAT_NOT_FOUND);
    return event;
  }

  private fields(input: ShortFormatInput): Partial<ShortFormat> {
    return {
      title: input.title,
      topicId: input.topicId,
      description: input.description,
      format: input.format,
      joinUrl: input.format === ShortFormatFormat.IN_PERSON ? null : input.joinUrl || null,
      address: input.format === ShortFormatFormat.ONLINE ? null : input.address || null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      capacity: input.capacity,
      registrationOpensAt: input.registrationOpensAt,
      registrationClosesAt: input.registrationClosesAt,
      targetGroup: input.targetGroup,
      speakers: input.speakers,
      language: input.language,
      accessibility: input.accessibility,
      contact: input.contact,
    };
  }

  private async check(m: EntityManager, input: ShortFormatInput, current: ShortFormat | null): Promise<void> {
    const topic = await m.findOneBy(ShortFormatTopic, { id: input.topicId });
    // An archived topic stays valid on the events that already have it.
    if (!topic || (topic.archived && current?.topicId !== topic.id)) throw new EventsException(EventsErrorCode.TOPIC_NOT_FOUND);
    if (input.endsAt <= input.startsAt) throw new EventsException(EventsErrorCode.END_BEFORE_START);
    if (input.registrationClosesAt <= input.registrationOpensAt || input.registrationClosesAt > input.endsAt) {
      throw new EventsException(EventsErrorCode.REGISTRATION_PERIOD_INVALID);
    }
    if (input.format !== ShortFormatFormat.IN_PERSON && !input.joinUrl) throw new EventsException(EventsErrorCode.JOIN_LINK_REQUIRED);
    if (input.format !== ShortFormatFormat.ONLINE && !input.address) throw new EventsException(EventsErrorCode.ADDRESS_REQUIRED);
  }

  async audit(
    m: EntityManager,
    actor: AuthUser | null,
    action: string,
    entityId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    entityType: ShortFormatAuditedEvent['entityType'] = 'short_format',
    subjectUserId: string | null = null,
  ): Promise<void> {
    const payload: ShortFormatAuditedEvent = { actorId: actor?.id ?? null, action, entityType, entityId, subjectUserId, before, after };
    await this.events.emitAsync(ShortFormatEvents.Audited, { payload, manager: m } satisfies TransactionalEvent<ShortFormatAuditedEvent>);
  }
}

export const isOrganiser = (viewer?: AuthUser) => !!viewer && viewer.roles.includes(Role.ADMIN);
