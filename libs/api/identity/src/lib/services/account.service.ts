import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, Locale } from '@koko/shared';
import { DataSource } from 'typeorm';
import { User } from '../entities/user.entity';
import { IdentityException } from '../identity.exception';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';

/** What signed-in users do with their own account. */
@Injectable()
export class AccountService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
  ) {}

  async get(userId: string): Promise<User> {
    const user = await this.db.manager.findOne(User, { where: { id: userId } });
    if (!user) throw new IdentityException(ErrorCode.USER_NOT_FOUND);
    return user;
  }

  async updateProfile(userId: string, input: { displayName: string; certificateName: string; locale: Locale }): Promise<User> {
    const user = await this.get(userId);
    user.displayName = input.displayName.trim();
    user.certificateName = input.certificateName.trim();
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
}
