import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode } from '@koko/shared';
import { Repository } from 'typeorm';
import { User } from '../entities/user.entity';
import { IdentityException } from '../identity.exception';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { normaliseEmail } from './tokens';

export interface ClientMeta {
  ip?: string;
  userAgent?: string;
}

@Injectable()
export class SignInService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /**
   * Checks the password and opens a session. Every failure (unknown address, wrong password,
   * deactivated account, invitation not yet accepted) answers with the same message.
   */
  async signIn(rawEmail: string, password: string, client: ClientMeta) {
    const email = normaliseEmail(rawEmail);
    await this.throttle.assertNotLocked(email, client.ip);
    const user = await this.users.createQueryBuilder('u').where('lower(u.email) = :email', { email }).getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.active) {
      await this.throttle.recordFailure(email, client.ip);
      throw new IdentityException(ErrorCode.INVALID_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email);
    user.lastSignInAt = new Date();
    await this.users.update(user.id, { lastSignInAt: user.lastSignInAt });
    const session = await this.sessions.open(user.id, client);
    return { user, session };
  }
}
