import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRun } from '@koko/api/core/database';
import { IdentityException, InvitationService, UserDirectory } from '@koko/api/identity';
import { CounsellingEvents, CounsellingExistingAccountEvent, ErrorCode, Role, WebRoute, webUrl } from '@koko/shared';
import { createHash } from 'node:crypto';
import { DataSource, MoreThan, QueryFailedError } from 'typeorm';
import { CounsellingRequestRow } from './counselling.entity';
import { CounsellingErrorCode, CounsellingException } from './counselling.exception';
import { CounsellingService } from './counselling.service';
import { RequestCounsellingWithoutAccountInput } from './dto/counselling.input';

const HOUR_MS = 3_600_000;

/**
 * The public contact form: someone of a Kommune without an account asks for counselling. As with
 * applications, the account is created with the request (an invitation: the acknowledgement carries
 * the set-password link); an address that already has an account stores nothing and its owner is
 * told to sign in. A filled honeypot stores nothing either; each client address files at most
 * COUNSELLING_PUBLIC_REQUESTS_PER_HOUR an hour. The answer never tells which case happened.
 */
@Injectable()
export class CounsellingPublicRequests {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counselling: CounsellingService,
    private readonly invitations: InvitationService,
    private readonly users: UserDirectory,
  ) {}

  async request(input: RequestCounsellingWithoutAccountInput, clientAddress: string, now = new Date()): Promise<void> {
    if (input.website && input.website.trim() !== '') return;
    if (!input.consent) throw new CounsellingException(CounsellingErrorCode.CONSENT_REQUIRED);
    await this.counselling.assertPlaceAndTopic(input);
    const clientHash = createHash('sha256').update(clientAddress).digest('hex');
    try {
      await this.once(input, clientHash, now);
    } catch (error) {
      // The same new address twice at the same moment: the second attempt finds the account the first created.
      const emailTaken =
        (error instanceof IdentityException && error.code === ErrorCode.EMAIL_TAKEN) ||
        (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'users_email_unique');
      if (!emailTaken) throw error;
      await this.once(input, clientHash, now);
    }
  }

  private async once(input: RequestCounsellingWithoutAccountInput, clientHash: string, now: Date): Promise<void> {
    await this.db.transaction(async (m) => {
      // Serialises requests from one address, so parallel posts cannot slip past the limit.
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('counselling_public:' || $1))`, [clientHash]);
      const recent = await m.count(CounsellingRequestRow, { where: { clientHash, createdAt: MoreThan(new Date(now.getTime() - HOUR_MS)) } });
      if (recent >= this.config.frontDoor.counsellingRequestsPerHour) throw new CounsellingException(CounsellingErrorCode.TOO_MANY_COUNSELLING_REQUESTS);
      const email = input.email.trim().toLowerCase();
      const existingId = await this.users.idByEmail(email, m);
      if (existingId) {
        const payload: CounsellingExistingAccountEvent = { userId: existingId, signInUrl: webUrl(this.config.publicUrl, WebRoute.COUNSELLING_NEW) };
        await this.counselling.emit(m, CounsellingEvents.ExistingAccountRequested, payload);
        return;
      }
      const { user, setPasswordUrl, expiresAt } = await this.invitations.inviteApplicant({ email, roles: [Role.PARTICIPANT], locale: input.locale, displayName: input.displayName }, m);
      await this.counselling.file(m, user.id, input, { clientHash, setPassword: { url: setPasswordUrl, expiresAt: expiresAt.toISOString() } });
    });
  }
}
