import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { sqlRows, TransactionalEvent } from '@koko/api/core/database';
import { JobsService } from '@koko/api/core/jobs';
import { FILE_STORAGE, FileStorage } from '@koko/api/core/storage';
import { CredentialDocumentKind, CredentialsService } from '@koko/api/credentials';
import { berlinDay } from '@koko/api/catalogue';
import { ForeignDocumentView, issueWithStoredDocument, nextInYearSeries, VerifiableDocuments, VerifiedDocumentKind } from '@koko/api/core/documents';
import { ShortFormatEvents, ShortFormatRegistrantMailEvent, WebRoute, webUrl } from '@koko/shared';
import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { EventsClock } from '../events-clock';
import { EventsErrorCode, EventsException } from '../events.exception';
import { Registration, RegistrationState } from '../registration/registration.entity';
import { ShortFormat, ShortFormatState, ShortFormatTopic } from '../short-format.entity';
import { ShortFormatService } from '../short-format.service';
import { AttendanceConfirmation, CONFIRMATION_NUMBER, formatConfirmationNumber } from './attendance-confirmation.entity';
import { attendanceAchievement } from './attendance-credential';
import { renderAttendanceConfirmation } from './render-attendance-confirmation';

/** pg-boss queue: issue the confirmations of one held event. */
export const ATTENDANCE_CONFIRMATIONS_JOB = 'short-format-attendance-confirmations';
const ISSUER = 'Hochschule Niederrhein';
const PROGRAMME = 'KoKo II – Vernetzung';
/** Where the confirmation is issued (as on certificates). */
const PLACE = 'Krefeld';

/**
 * Teilnahmebescheinigungen: issued for every checked-in registration of a held event, in the
 * background when the event is marked held, or on demand (late corrections). Each is rendered once,
 * stored with its SHA-256 and numbered from a per-year counter row that is locked and incremented in
 * the issuing transaction, so numbers are unique and gap-free even when runs overlap.
 */
@Injectable()
export class AttendanceConfirmationService implements OnModuleInit {
  private readonly logger = new Logger('AttendanceConfirmations');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly clock: EventsClock,
    private readonly jobs: JobsService,
    private readonly documents: VerifiableDocuments,
    private readonly shortFormats: ShortFormatService,
    private readonly events: EventEmitter2,
    private readonly credentials: CredentialsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work<{ shortFormatId: string }>(ATTENDANCE_CONFIRMATIONS_JOB, async ({ shortFormatId }) => {
      const issued = await this.issueForEvent(shortFormatId);
      if (issued) this.logger.log(`Attendance confirmations issued: ${issued}`);
    });
    this.documents.register({
      numberPattern: CONFIRMATION_NUMBER,
      byCode: (code) => this.publicView({ verificationCode: code }),
      byNumber: (number) => this.publicView({ number }),
      bySha256: (sha256) => this.publicView({ sha256 }),
    });
  }

  /**
   * Called in the transaction that marks the event held: the job starts after the commit. Answers
   * false when the queue is off; the caller then calls `issueInProcess` after its commit.
   */
  queueForEvent(m: EntityManager, shortFormatId: string): Promise<boolean> {
    return this.jobs.sendInTransaction(m, ATTENDANCE_CONFIRMATIONS_JOB, { shortFormatId });
  }

  /** Jobs are off (JOBS_ENABLED=false): still issue outside the request, in this process (after the commit). */
  issueInProcess(shortFormatId: string): void {
    setImmediate(() => void this.issueForEvent(shortFormatId).catch((error: unknown) => this.logger.error(`Attendance confirmations failed: ${String(error)}`)));
  }

  /** On demand (organisers): issues what is missing now, e.g. after a late check-in. Answers how many were issued. */
  async issueNow(shortFormatId: string): Promise<number> {
    const event = await this.db.manager.findOneBy(ShortFormat, { id: shortFormatId });
    if (!event) throw new EventsException(EventsErrorCode.SHORT_FORMAT_NOT_FOUND);
    if (event.state !== ShortFormatState.HELD) throw new EventsException(EventsErrorCode.EVENT_NOT_HELD);
    return this.issueForEvent(shortFormatId);
  }

  /** Issues a confirmation for every checked-in registration of a held event that has none yet. */
  async issueForEvent(shortFormatId: string): Promise<number> {
    const due = await sqlRows<{ id: string }>(
      this.db,
      `SELECT r.id FROM short_format_registrations r JOIN short_formats f ON f.id = r.short_format_id
        WHERE r.short_format_id = $1 AND f.state = 'held' AND r.state = 'confirmed' AND r.checked_in_at IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM short_format_attendance_confirmations c WHERE c.registration_id = r.id)
        ORDER BY r.checked_in_at, r.id`,
      [shortFormatId],
    );
    let issued = 0;
    for (const { id } of due) if (await this.issueOne(id)) issued += 1;
    return issued;
  }

  /** The stored confirmation of a registration, or null. */
  forRegistration(registrationId: string): Promise<AttendanceConfirmation | null> {
    return this.db.manager.findOneBy(AttendanceConfirmation, { registrationId });
  }

  byId(id: string): Promise<AttendanceConfirmation | null> {
    return this.db.manager.findOneBy(AttendanceConfirmation, { id });
  }

  file(confirmation: AttendanceConfirmation): Promise<Readable> {
    return this.storage.get(confirmation.storageKey);
  }

  private async issueOne(registrationId: string): Promise<AttendanceConfirmation | null> {
    return issueWithStoredDocument(this.storage, (store) =>
      this.db.transaction(async (m) => {
        // Parallel runs for one registration queue on its row; the second finds the first's confirmation.
        const registration = await m.findOne(Registration, { where: { id: registrationId }, lock: { mode: 'pessimistic_write' } });
        if (!registration || registration.state !== RegistrationState.CONFIRMED || !registration.checkedInAt) return null;
        if (await m.existsBy(AttendanceConfirmation, { registrationId })) return null;
        const event = await m.findOneByOrFail(ShortFormat, { id: registration.shortFormatId });
        if (event.state !== ShortFormatState.HELD) return null;
        const topic = await m.findOneByOrFail(ShortFormatTopic, { id: event.topicId });
        const issuedAt = this.clock.now();
        const year = Number(berlinDay(issuedAt).slice(0, 4));
        const sequence = await nextInYearSeries(m, 'short_format_confirmation_counters', year);
        const number = formatConfirmationNumber(year, sequence);
        const verificationCode = randomBytes(32).toString('base64url');
        const verificationUrl = webUrl(this.config.publicUrl, WebRoute.VERIFY_CERTIFICATE, { code: verificationCode });
        const id = randomUUID();
        // Signed first: the PDF carries the credential inside (PDF/A-3 associated file).
        const eventFacts = { id: event.id, title: event.title, topic: topic.title, startsAt: event.startsAt, format: event.format };
        const credential = await this.credentials.issue(
          m,
          { kind: CredentialDocumentKind.ATTENDANCE_CONFIRMATION, id },
          attendanceAchievement({ event: eventFacts, number, verificationUrl, holderEmail: registration.email, printedName: registration.name, issuedAt }),
        );
        const pdf = await renderAttendanceConfirmation({
          locale: registration.locale === 'en' ? 'en' : 'de',
          number,
          verificationUrl,
          printedName: registration.name,
          issuer: ISSUER,
          issuedOn: issuedAt,
          place: PLACE,
          event: {
            title: event.title,
            topic: registration.locale === 'en' ? topic.titleEn : topic.title,
            startsAt: event.startsAt,
            endsAt: event.endsAt,
            format: event.format,
            address: event.address,
            speakers: event.speakers,
          },
          credentialJson: `${JSON.stringify(credential.credential, null, 2)}\n`,
        });
        const file = await store(pdf);
        const confirmation = await m.save(
          m.create(AttendanceConfirmation, {
            id,
            registrationId,
            shortFormatId: event.id,
            userId: registration.userId,
            number,
            year,
            sequence,
            printedName: registration.name,
            eventTitle: event.title,
            eventDate: berlinDay(event.startsAt),
            verificationCode,
            issuedAt,
            ...file,
          }),
        );
        await this.shortFormats.audit(m, null, 'short-format-registration.attendance-confirmed', registration.id, null, { number, shortFormatId: event.id }, 'short_format_registration', registration.userId);
        await this.mail(m, event, registration);
        return confirmation;
      }),
    );
  }

  private async mail(m: EntityManager, event: ShortFormat, r: Registration): Promise<void> {
    const payload: ShortFormatRegistrantMailEvent = {
      kind: 'attendance-confirmation',
      email: r.email,
      locale: r.locale,
      name: r.name,
      title: event.title,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      format: event.format,
      address: event.address,
      joinUrl: null,
      manageUrl: `${this.config.publicUrl}/veranstaltungen/anmeldung/${r.token}`,
      confirmBy: null,
      offerExpiresAt: null,
      waitingPosition: null,
      checkInCode: null,
      checkInQrUrl: null,
      note: null,
    };
    await this.events.emitAsync(ShortFormatEvents.RegistrantMail, { payload, manager: m } satisfies TransactionalEvent<ShortFormatRegistrantMailEvent>);
  }

  private async publicView(where: Partial<Pick<AttendanceConfirmation, 'verificationCode' | 'number' | 'sha256'>>): Promise<ForeignDocumentView | null> {
    const c = await this.db.manager.findOneBy(AttendanceConfirmation, where);
    if (!c) return null;
    return {
      kind: VerifiedDocumentKind.ATTENDANCE_CONFIRMATION,
      number: c.number,
      printedName: c.printedName,
      programmeTitle: PROGRAMME,
      issuedOn: berlinDay(c.issuedAt),
      verificationCode: c.verificationCode,
      eventTitle: c.eventTitle,
      eventDate: c.eventDate,
    };
  }
}

