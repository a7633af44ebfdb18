import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sqlRows } from '@koko/api/core/database';
import { CertificateTitle, ErrorCode, Locale, Role } from '@koko/shared';
import { DataSource } from 'typeorm';
import { User } from '../entities/user.entity';
import { IdentityException } from '../identity.exception';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { UserAdminService } from './user-admin.service';

/** What signed-in users do with their own account. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly admin: UserAdminService,
  ) {}

  async get(userId: string): Promise<User> {
    const user = await this.db.manager.findOne(User, { where: { id: userId } });
    if (!user) throw new IdentityException(ErrorCode.USER_NOT_FOUND);
    return user;
  }

  async updateProfile(userId: string, input: { displayName: string; certificateName: string; certificateTitle?: CertificateTitle | null; locale: Locale }): Promise<User> {
    const user = await this.get(userId);
    user.displayName = input.displayName.trim();
    user.certificateName = input.certificateName.trim();
    if (input.certificateTitle) user.certificateTitle = input.certificateTitle;
    user.locale = input.locale;
    return this.db.manager.save(user);
  }

  /** Changes the password and ends the user's other sessions (this browser stays signed in). */
  async changePassword(userId: string, sessionId: string, current: string, next: string): Promise<void> {
    const user = await this.get(userId);
    if (!(await this.passwords.verify(user.passwordHash, current))) {
      throw new IdentityException(ErrorCode.WRONG_CURRENT_PASSWORD);
    }
    const passwordHash = await this.passwords.hash(next);
    await this.db.transaction(async (m) => {
      await m.update(User, { id: userId }, { passwordHash });
      await this.sessions.revokeAll(userId, m, sessionId);
    });
  }

  /**
   * Deletes the caller's own account after checking the password: the same anonymisation an admin
   * runs on request (certificates stay verifiable, records the law requires stay without contact
   * data), and a final confirmation mail to the former address. The last active admin cannot.
   */
  async deleteOwnAccount(userId: string, password: string): Promise<void> {
    const user = await this.get(userId);
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw new IdentityException(ErrorCode.WRONG_CURRENT_PASSWORD);
    }
    await this.db.transaction(async (m) => {
      const locked = await m.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw new IdentityException(ErrorCode.USER_NOT_FOUND);
      if (locked.roles.includes(Role.ADMIN)) {
        // Lock the other admins' rows too, so two admins deleting themselves at once cannot leave none.
        const others = await sqlRows<{ id: string }>(
          m,
          `SELECT id FROM users WHERE id <> $1 AND active AND $2 = ANY(roles) FOR UPDATE`,
          [userId, Role.ADMIN],
        );
        if (others.length === 0) throw new IdentityException(ErrorCode.LAST_ADMIN);
      }
      await this.admin.erase(m, locked, userId);
    });
  }
}
