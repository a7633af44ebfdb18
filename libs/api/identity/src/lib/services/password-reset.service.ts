import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { TransactionalEvent } from '@koko/api/core/database';
import { IdentityEvents, PasswordResetRequestedEvent, WebRoute, webUrl } from '@koko/shared';
import { DataSource } from 'typeorm';
import { User } from '../entities/user.entity';
import { LinkTokenService } from './link-token.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { normaliseEmail } from './tokens';

export const RESET_VALID_MS = 3_600_000;

@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: LinkTokenService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly events: EventEmitter2,
  ) {}

  /** Mails a reset link if an active account with a password exists; answers the same either way. */
  async request(rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    await this.db.transaction(async (m) => {
      const user = await m.createQueryBuilder(User, 'u').where('lower(u.email) = :email', { email }).getOne();
      if (!user || !user.active || user.invitationPending) return;
      const { token, expiresAt } = await this.tokens.issue(m, user.id, 'password_reset', RESET_VALID_MS, null);
      const payload: PasswordResetRequestedEvent = {
        userId: user.id,
        email: user.email,
        locale: user.locale,
        displayName: user.displayName,
        resetUrl: webUrl(this.config.publicUrl, WebRoute.PASSWORD_RESET, {}, { token }),
        expiresAt: expiresAt.toISOString(),
      };
      await this.events.emitAsync(IdentityEvents.PasswordResetRequested, {
        payload,
        manager: m,
      } satisfies TransactionalEvent<PasswordResetRequestedEvent>);
    });
  }

  /** Sets the new password, uses up the link and ends every session of the user. */
  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    await this.db.transaction(async (m) => {
      const row = await this.tokens.findValid(m, token, 'password_reset');
      await m.update(User, { id: row.userId }, { passwordHash });
      await this.tokens.consume(m, row.id);
      await this.sessions.revokeAll(row.userId, m);
    });
  }
}
