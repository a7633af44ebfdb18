import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Page } from '@koko/api/core/graphql';
import { TransactionalEvent, sqlRun } from '@koko/api/core/database';
import { ErrorCode, IdentityEvents, Role, UserAnonymisedEvent } from '@koko/shared';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../entities/user.entity';
import { IdentityException } from '../identity.exception';
import { SessionService } from './session.service';

export interface UserFilter {
  search?: string;
  role?: Role;
  active?: boolean;
  offset: number;
  limit: number;
}

/** Admins manage accounts: list, change roles, deactivate and reactivate. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: SessionService,
    private readonly events: EventEmitter2,
  ) {}

  async list(filter: UserFilter): Promise<Page<User>> {
    const qb = this.db.manager.createQueryBuilder(User, 'u');
    if (filter.search?.trim()) {
      const term = `%${filter.search.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(lower(u.email) LIKE :term OR lower(u.display_name) LIKE :term OR lower(u.certificate_name) LIKE :term)', { term });
    }
    if (filter.role) qb.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.active !== undefined && filter.active !== null) qb.andWhere('u.active = :active', { active: filter.active });
    const [items, total] = await qb
      // German collation (ICU): "Ağa" before "Ayşe", "Ö" with "O", case after letters.
      .orderBy('u.display_name COLLATE "de-x-icu"', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .skip(filter.offset)
      .take(filter.limit)
      .getManyAndCount();
    return { items, total, offset: filter.offset, limit: filter.limit };
  }

  async setRoles(actorId: string, userId: string, roles: Role[]): Promise<User> {
    const unique = [...new Set(roles)];
    if (actorId === userId && !unique.includes(Role.ADMIN)) throw new IdentityException(ErrorCode.LAST_ADMIN);
    return this.db.transaction(async (m) => {
      const user = await m.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new IdentityException(ErrorCode.USER_NOT_FOUND);
      user.roles = unique;
      return m.save(user);
    });
  }

  /** Deactivating ends the user's sessions at once; they cannot sign in until reactivated. */
  async setActive(actorId: string, userId: string, active: boolean): Promise<User> {
    if (actorId === userId && !active) throw new IdentityException(ErrorCode.LAST_ADMIN);
    return this.db.transaction(async (m) => {
      const user = await m.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new IdentityException(ErrorCode.USER_NOT_FOUND);
      user.active = active;
      await m.save(user);
      if (!active) await this.sessions.revokeAll(userId, m);
      return user;
    });
  }

  /**
   * GDPR erasure of a former participant on request: the account keeps only its id; name, e-mail and
   * password are gone and it cannot sign in. Other domains clear their personal data in the same
   * transaction (UserAnonymised). Issued certificates keep the printed name, as the legal document requires.
   */
  async anonymise(actorId: string, userId: string): Promise<User> {
    if (actorId === userId) throw new IdentityException(ErrorCode.LAST_ADMIN);
    return this.db.transaction(async (m) => {
      const user = await m.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new IdentityException(ErrorCode.USER_NOT_FOUND);
      return this.erase(m, user, actorId);
    });
  }

  /**
   * The anonymisation itself, in the caller's transaction with the user row locked. Used by an admin
   * (`anonymise`) and by the person deleting their own account (`AccountService.deleteOwnAccount`).
   */
  async erase(m: EntityManager, user: User, actorId: string): Promise<User> {
    const alreadyAnonymised = user.email.endsWith(ANONYMISED_DOMAIN);
    const former = { email: alreadyAnonymised ? null : user.email, name: user.displayName, locale: user.locale };
    Object.assign(user, {
      email: `anonymisiert-${user.id}${ANONYMISED_DOMAIN}`,
      displayName: 'Anonymisierte Person',
      certificateName: '',
      passwordHash: null,
      active: false,
      // Roles stay: the account must hold one, and it can no longer sign in anyway.
      lastSignInAt: null,
    });
    await m.save(user);
    await this.sessions.revokeAll(user.id, m);
    await sqlRun(m, `DELETE FROM user_tokens WHERE user_id = $1`, [user.id]);
    // Exports end at once (a running build then keeps nothing); the retention job deletes their files.
    await sqlRun(m, `UPDATE data_exports SET expires_at = now() WHERE user_id = $1 AND (expires_at IS NULL OR expires_at > now())`, [user.id]);
    const payload: UserAnonymisedEvent = {
      userId: user.id,
      actorId,
      selfService: actorId === user.id,
      formerEmail: former.email,
      formerName: former.name,
      locale: former.locale,
    };
    await this.events.emitAsync(IdentityEvents.UserAnonymised, { payload, manager: m } satisfies TransactionalEvent<UserAnonymisedEvent>);
    return user;
  }
}

/** Anonymised accounts get an address under this reserved domain (RFC 2606), which no mail reaches. */
export const ANONYMISED_DOMAIN = '@anonymisiert.invalid';
