import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { TransactionalEvent } from '@koko/api/core/database';
import { ErrorCode, IdentityEvents, InvitationCreatedEvent, Locale, Role, WebRoute, webUrl } from '@koko/shared';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../entities/user.entity';
import { IdentityException } from '../identity.exception';
import { LinkTokenService } from './link-token.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { normaliseEmail } from './tokens';

export const INVITATION_VALID_MS = 7 * 24 * 3_600_000;

export interface InviteCommand {
  email: string;
  roles: Role[];
  locale?: Locale;
  displayName?: string;
}

/** Invitations: an admin (or, later, an application) creates an account without password and mails a link. */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: LinkTokenService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly events: EventEmitter2,
  ) {}

  async invite(command: InviteCommand, inviter: { id: string } | null, manager?: EntityManager): Promise<User> {
    const run = async (m: EntityManager) => {
      const user = await this.createAccount(m, command);
      await this.sendInvitation(m, user, inviter);
      return user;
    };
    return manager ? run(manager) : this.db.transaction(run);
  }

  /**
   * An application creates the account: no invitation mail of its own, the caller's mail (the
   * application receipt) carries the set-password link, so the applicant gets one mail, not two.
   */
  async inviteApplicant(command: InviteCommand, m: EntityManager): Promise<{ user: User; setPasswordUrl: string; expiresAt: Date }> {
    const user = await this.createAccount(m, command);
    const { acceptUrl, expiresAt } = await this.issueLink(m, user, null);
    return { user, setPasswordUrl: acceptUrl, expiresAt };
  }

  private async createAccount(m: EntityManager, command: InviteCommand): Promise<User> {
    const email = normaliseEmail(command.email);
    const taken = await m.createQueryBuilder(User, 'u').where('lower(u.email) = :email', { email }).getExists();
    if (taken) throw new IdentityException(ErrorCode.EMAIL_TAKEN);
    const user = m.create(User, {
      email,
      displayName: command.displayName?.trim() || email.split('@')[0],
      certificateName: command.displayName?.trim() ?? '',
      locale: command.locale ?? (this.config.defaultLocale as Locale),
      roles: [...new Set(command.roles)],
      active: true,
      passwordHash: null,
    });
    return m.save(user);
  }

  async resend(userId: string, inviter: { id: string }): Promise<void> {
    await this.db.transaction(async (m) => {
      const user = await m.findOne(User, { where: { id: userId } });
      if (!user) throw new IdentityException(ErrorCode.USER_NOT_FOUND);
      if (!user.invitationPending) throw new IdentityException(ErrorCode.INVITATION_ALREADY_ACCEPTED);
      await this.sendInvitation(m, user, inviter);
    });
  }

  /** What the set-password page shows before the invitee has an account. */
  async describe(token: string): Promise<{ email: string; displayName: string; expiresAt: Date }> {
    return this.db.transaction(async (m) => {
      const row = await this.tokens.findValid(m, token, 'invitation');
      const user = await m.findOneOrFail(User, { where: { id: row.userId } });
      return { email: user.email, displayName: user.displayName, expiresAt: row.expiresAt };
    });
  }

  async accept(input: { token: string; displayName: string; certificateName: string; password: string }): Promise<User> {
    const passwordHash = await this.passwords.hash(input.password);
    return this.db.transaction(async (m) => {
      const row = await this.tokens.findValid(m, input.token, 'invitation');
      const user = await m.findOneOrFail(User, { where: { id: row.userId } });
      user.displayName = input.displayName.trim();
      user.certificateName = input.certificateName.trim() || user.displayName;
      user.passwordHash = passwordHash;
      await m.save(user);
      await this.tokens.consume(m, row.id);
      await this.sessions.revokeAll(user.id, m);
      return user;
    });
  }

  private async issueLink(m: EntityManager, user: User, inviter: { id: string } | null): Promise<{ acceptUrl: string; expiresAt: Date }> {
    const { token, expiresAt } = await this.tokens.issue(m, user.id, 'invitation', INVITATION_VALID_MS, inviter?.id ?? null);
    return { acceptUrl: webUrl(this.config.publicUrl, WebRoute.INVITATION, {}, { token }), expiresAt };
  }

  private async sendInvitation(m: EntityManager, user: User, inviter: { id: string } | null): Promise<void> {
    const { acceptUrl, expiresAt } = await this.issueLink(m, user, inviter);
    const inviterUser = inviter ? await m.findOne(User, { where: { id: inviter.id } }) : null;
    const payload: InvitationCreatedEvent = {
      userId: user.id,
      email: user.email,
      locale: user.locale,
      invitedByName: inviterUser?.displayName ?? 'KoKo Campus',
      acceptUrl,
      expiresAt: expiresAt.toISOString(),
    };
    await this.events.emitAsync(IdentityEvents.InvitationCreated, { payload, manager: m } satisfies TransactionalEvent<InvitationCreatedEvent>);
  }
}
