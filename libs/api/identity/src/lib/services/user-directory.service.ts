import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { byKeyOrError, LoaderHost, requestLoader } from '@koko/api/core/graphql';
import { Role } from '@koko/shared';
import { EntityManager, In, Repository } from 'typeorm';
import { User } from '../entities/user.entity';
import { ANONYMISED_DOMAIN } from './user-admin.service';

/**
 * The identity domain's read interface to accounts: other domains read users through it (or through
 * `identityLoaders`), never from the `users` table. Accounts are anonymised, never deleted, so an id
 * that is not found is an error, not an empty answer.
 */
@Injectable()
export class UserDirectory {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  /** The accounts with these ids (in no particular order); `manager` to read inside a transaction. */
  byIds(ids: readonly string[], manager?: EntityManager): Promise<User[]> {
    if (!ids.length) return Promise.resolve([]);
    const repo = manager ? manager.getRepository(User) : this.users;
    return repo.find({ where: { id: In([...new Set(ids)]) } });
  }

  /** The active accounts holding this role, by name (e.g. whom admins can assign as advisors). */
  withRole(role: Role): Promise<User[]> {
    return this.users
      .createQueryBuilder('u')
      .where(':role = ANY(u.roles)', { role })
      .andWhere('u.active')
      .orderBy('u.display_name', 'ASC')
      .addOrderBy('u.id', 'ASC')
      .getMany();
  }

  /** The id of the account with this address (compared case-insensitively), or null. */
  async idByEmail(email: string, manager?: EntityManager): Promise<string | null> {
    const repo = manager ? manager.getRepository(User) : this.users;
    const found = await repo.createQueryBuilder('u').select('u.id').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
    return found?.id ?? null;
  }

  /** Display names by id, for records that copy who acted (audit). Unknown ids are left out. */
  async displayNames(ids: readonly string[], manager?: EntityManager): Promise<Map<string, string>> {
    return new Map((await this.byIds(ids, manager)).map((u) => [u.id, u.displayName]));
  }

  /**
   * Whom mail writes to, by id (unknown ids are left out): address, name, language and whether the
   * account is active. An anonymised account answers without an address. Provided to notifications
   * as its `MAIL_RECIPIENTS` source, so events carry ids and mail loads people once per event.
   */
  async recipients(ids: readonly string[], manager?: EntityManager): Promise<Map<string, { email: string | null; displayName: string; locale: 'de' | 'en'; active: boolean }>> {
    return new Map(
      (await this.byIds(ids, manager)).map((u) => [u.id, { email: u.email.endsWith(ANONYMISED_DOMAIN) ? null : u.email, displayName: u.displayName, locale: u.locale, active: u.active }]),
    );
  }

  /**
   * The account as the authorisation checks see it, for work done later on someone's behalf (a job
   * started by an admin). Null when there is no such account.
   */
  async actingAs(userId: string, sessionId: string): Promise<AuthUser | null> {
    const user = await this.users.findOneBy({ id: userId });
    return user ? { id: user.id, sessionId, email: user.email, roles: user.roles, locale: user.locale } : null;
  }
}

/** Identity's per-request loaders; other domains resolve people through them. A missing id rejects. */
export const identityLoaders = {
  user: (ctx: LoaderHost, users: UserDirectory) =>
    requestLoader<string, User>(ctx, 'identity.user', async (ids) => byKeyOrError(ids, await users.byIds(ids), (u) => u.id, 'user')),
};
