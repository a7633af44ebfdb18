import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { DataSource } from 'typeorm';
import { MoveWaitingEntryInput } from '../dto/registration.dto';
import { EventsErrorCode, EventsException } from '../events.exception';
import { ShortFormat } from '../short-format.entity';
import { ShortFormatService } from '../short-format.service';
import { Registration, RegistrationState } from './registration.entity';

/** A registration as organisers see it: with the position on the waiting list (1 = next). */
export type OrganiserRegistration = Registration & { waitingPosition: number | null };

/** The organisers' view of an event's registrations and their reordering of the waiting list. */
@Injectable()
export class OrganiserRegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly shortFormats: ShortFormatService,
  ) {}

  /** Every registration of an event for its organisers: places first, then the waiting list in order. */
  async forOrganisers(shortFormatId: string, state?: RegistrationState): Promise<OrganiserRegistration[]> {
    if (!(await this.db.manager.existsBy(ShortFormat, { id: shortFormatId }))) throw new EventsException(EventsErrorCode.SHORT_FORMAT_NOT_FOUND);
    const rows = await this.db.manager.find(Registration, {
      where: { shortFormatId, ...(state ? { state } : {}) },
      order: { queueNo: { direction: 'ASC', nulls: 'LAST' }, createdAt: 'ASC' },
    });
    let position = 0;
    const waiting = new Map<string, number>();
    if (!state || state === RegistrationState.WAITING) {
      for (const r of rows) if (r.state === RegistrationState.WAITING) waiting.set(r.id, ++position);
    }
    return rows.map((r) => Object.assign(r, { waitingPosition: waiting.get(r.id) ?? null }));
  }

  /**
   * An organiser's reordering of the waiting list (e.g. a person who was wrongly left out): the
   * entry moves to the given position, the others keep their order, and the move with its reason
   * is in the audit trail. The waiting entries swap their queue numbers, so offers follow the new order.
   */
  async moveOnWaitingList(actor: AuthUser, input: MoveWaitingEntryInput): Promise<OrganiserRegistration[]> {
    const shortFormatId = await this.db.transaction(async (m) => {
      const peek = await m.findOneBy(Registration, { id: input.registrationId });
      if (!peek) throw new EventsException(EventsErrorCode.REGISTRATION_NOT_FOUND);
      const event = await this.shortFormats.locked(m, peek.shortFormatId);
      const waiting = await m.find(Registration, {
        where: { shortFormatId: event.id, state: RegistrationState.WAITING },
        order: { queueNo: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const from = waiting.findIndex((r) => r.id === input.registrationId);
      if (from < 0) throw new EventsException(EventsErrorCode.NOT_ON_WAITING_LIST);
      const to = Math.min(input.position, waiting.length) - 1;
      if (to === from) return event.id;
      const numbers = waiting.map((r) => r.queueNo);
      const order = [...waiting];
      const [moved] = order.splice(from, 1);
      order.splice(to, 0, moved);
      for (const [i, r] of order.entries()) {
        if (r.queueNo === numbers[i]) continue;
        r.queueNo = numbers[i];
        await m.update(Registration, { id: r.id }, { queueNo: numbers[i] });
      }
      await this.shortFormats.audit(
        m,
        actor,
        'short-format-registration.waiting-list-moved',
        moved.id,
        { position: from + 1 },
        { position: to + 1, reason: input.reason, shortFormatId: moved.shortFormatId },
        'short_format_registration',
        moved.userId,
      );
      return event.id;
    });
    return this.forOrganisers(shortFormatId, RegistrationState.WAITING);
  }
}
