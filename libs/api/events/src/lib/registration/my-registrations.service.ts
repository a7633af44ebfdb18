import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows } from '@koko/api/core/database';
import { DataSource } from 'typeorm';
import { RegistrationView } from '../dto/registration.dto';
import { EventsErrorCode, EventsException } from '../events.exception';
import { RegistrationService } from './registration.service';

/**
 * "Meine Anmeldungen": a signed-in person's registrations — made with the account, or with the
 * account's address before they signed in — each as its personal link's page shows it.
 */
@Injectable()
export class MyRegistrationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registrations: RegistrationService,
  ) {}

  /** Newest event first; anonymised registrations are gone for good. */
  async list(viewer: AuthUser): Promise<RegistrationView[]> {
    const rows = await this.tokens(viewer);
    const views: RegistrationView[] = [];
    for (const { token } of rows) views.push(await this.registrations.view(token));
    return views;
  }

  /** Cancels one of the caller's registrations or leaves the waiting list (the same rules as the personal link). */
  async leave(viewer: AuthUser, registrationId: string): Promise<RegistrationView> {
    const own = (await this.tokens(viewer, registrationId))[0];
    if (!own) throw new EventsException(EventsErrorCode.REGISTRATION_NOT_FOUND);
    return this.registrations.cancel(own.token);
  }

  private tokens(viewer: AuthUser, registrationId?: string): Promise<{ token: string }[]> {
    return sqlRows<{ token: string }>(
      this.db,
      `SELECT r.token FROM short_format_registrations r JOIN short_formats f ON f.id = r.short_format_id
        WHERE (r.user_id = $1 OR lower(r.email) = lower($2)) AND r.anonymised_at IS NULL AND ($3::uuid IS NULL OR r.id = $3::uuid)
        ORDER BY f.starts_at DESC, r.created_at DESC`,
      [viewer.id, viewer.email, registrationId ?? null],
    );
  }
}
