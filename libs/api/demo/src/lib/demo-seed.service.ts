import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { CertificateIssuerService, RevocationReason } from '@koko/api/certificates';
import { sqlOne, sqlRows, sqlRun } from '@koko/api/core/database';
import { RegistrationService, ShortFormatService } from '@koko/api/events';
import { PasswordService } from '@koko/api/identity';
import { Locale, Role } from '@koko/shared';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { EvaluationDemoData } from '@koko/api/evaluation';
import { FINISHED_COHORT, RUNNING_COHORT, seedDemoProgramme } from './demo-programme';
import { seedDemoShortFormats } from './demo-short-formats';
import { seedDemoCounselling } from './demo-counselling';
import { seedDemoAccompaniment } from './demo-accompaniment';
import { AccompanimentService } from '@koko/api/accompaniment';
import { CounsellingAppointmentsService, CounsellingFilesService, CounsellingService, CounsellingThreadService } from '@koko/api/counselling';
import { FILE_STORAGE, FileStorage } from '@koko/api/core/storage';
import { seedDemoCounsellingThread } from './demo-counselling-thread';

/** Loads the demo data. Running it again changes nothing: rows are only inserted when missing. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly certificates: CertificateIssuerService,
    private readonly shortFormats: ShortFormatService,
    private readonly registrations: RegistrationService,
    private readonly counselling: CounsellingService,
    private readonly evaluation: EvaluationDemoData,
    private readonly accompaniment: AccompanimentService,
    private readonly appointments: CounsellingAppointmentsService,
    private readonly thread: CounsellingThreadService,
    private readonly files: CounsellingFilesService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  async seed(): Promise<{ created: number }> {
    let created = 0;
    await this.db.transaction(async (m) => {
      // One seed at a time, even with several instances starting together.
      await sqlRun(m, `SELECT pg_advisory_xact_lock(hashtext('koko-demo-seed'))`);
      const existing = await sqlRows<{ email: string }>(m, `SELECT lower(email) AS email FROM users WHERE lower(email) = ANY($1)`, [
        DEMO_ACCOUNTS.map((a) => a.email),
      ]);
      const have = new Set(existing.map((e) => e.email));
      const missing = DEMO_ACCOUNTS.filter((a) => !have.has(a.email));
      const programmeSeeded = (await sqlRows<{ found: number }>(m, `SELECT 1 AS found FROM cohorts WHERE name = $1`, [RUNNING_COHORT])).length > 0;
      if (!missing.length && programmeSeeded) return;
      const hash = await this.passwords.hash(DEMO_PASSWORD);
      for (const a of missing) {
        await sqlRun(
          m,
          `INSERT INTO users (email, display_name, certificate_name, locale, roles, active, password_hash)
           VALUES ($1, $2, $3, $4, $5, true, $6) ON CONFLICT DO NOTHING`,
          [a.email, a.displayName, a.certificateName, a.locale, a.roles, hash],
        );
        created++;
      }
      if (await seedDemoProgramme(m, hash)) created++;
    });
    if (created) this.logger.log(`Demo data: ${created} account(s) created.`);
    await this.seedCertificates();
    await this.seedShortFormats();
    await this.seedCounselling();
    await this.seedAccompaniment();
    await this.seedEvaluation();
    return { created };
  }

  /** The demo administrator as the acting user of seeding done through the services; none before the accounts exist. */
  private async adminActor(): Promise<AuthUser | undefined> {
    const admin = (await sqlRows<{ id: string; email: string }>(this.db, `SELECT id, email FROM users WHERE email = 'admin@koko-campus.example'`)).at(0);
    return admin && { id: admin.id, sessionId: 'demo-seed', email: admin.email, roles: [Role.ADMIN], locale: Locale.DE };
  }

  /** Short formats: upcoming online, full with a waiting list, hybrid next month, one held. */
  private async seedShortFormats(): Promise<void> {
    const actor = await this.adminActor();
    if (!actor) return;
    if (await seedDemoShortFormats(this.db, this.shortFormats, this.registrations, actor)) this.logger.log('Demo data: short formats created.');
  }

  /** Counselling: an acute request nobody has taken yet, one in progress, one closed with its outcome. */
  private async seedCounselling(): Promise<void> {
    const actor = await this.adminActor();
    if (!actor) return;
    if (await seedDemoCounselling(this.db, this.counselling, actor)) this.logger.log('Demo data: counselling requests created.');
    const services = { appointments: this.appointments, thread: this.thread, files: this.files, storage: this.storage };
    if (await seedDemoCounsellingThread(this.db, services)) this.logger.log('Demo data: a counselling thread with a file and two appointments created.');
  }

  /** Accompaniment: every participating Kommune's path, five at different stages, the demo advisor's Kommunen. */
  private async seedAccompaniment(): Promise<void> {
    const actor = await this.adminActor();
    if (!actor) return;
    if (await seedDemoAccompaniment(this.db, this.accompaniment, actor)) this.logger.log('Demo data: development paths of the Kommunen created.');
  }

  /** Evaluation: pre and post surveys of the finished cohort above the minimum group size, a module survey below it. */
  private async seedEvaluation(): Promise<void> {
    const cohort = (await sqlRows<{ id: string; starts_on: string; ends_on: string }>(this.db, `SELECT id, starts_on::text, ends_on::text FROM cohorts WHERE name = $1`, [FINISHED_COHORT])).at(0);
    const evaluator = (await sqlRows<{ id: string; email: string }>(this.db, `SELECT id, email FROM users WHERE email = 'evaluation@koko-campus.example'`)).at(0);
    if (!cohort || !evaluator) return;
    const actor: AuthUser = { id: evaluator.id, sessionId: 'demo-seed', email: evaluator.email, roles: [Role.EVALUATION], locale: Locale.DE };
    const firstModule = await sqlOne<{ id: string }>(this.db, `SELECT id FROM programme_modules ORDER BY position LIMIT 1`);
    const dates = { start: new Date(`${cohort.starts_on}T08:00:00Z`), end: new Date(`${cohort.ends_on}T08:00:00Z`) };
    if (await this.evaluation.seed(actor, { id: cohort.id, ...dates, firstModuleId: firstModule.id })) this.logger.log('Demo data: surveys of the finished cohort created.');
  }

  /**
   * Certificates of the finished cohort, through the real issuing path (PDF, number, code): a valid
   * one, a revoked one, a superseded one with its correction, and one graduate still to be issued.
   */
  private async seedCertificates(): Promise<void> {
    const cohort = (await sqlRows<{ id: string }>(this.db, `SELECT id FROM cohorts WHERE name = $1`, [FINISHED_COHORT])).at(0);
    if (!cohort) return;
    const { n } = await sqlOne<{ n: number }>(this.db, `SELECT count(*)::int AS n FROM certificates WHERE cohort_id = $1`, [cohort.id]);
    if (n > 0) return;
    const actor = await this.adminActor();
    if (!actor) return;
    const enrolmentOf = async (email: string): Promise<string> =>
      (await sqlOne<{ id: string }>(this.db, `SELECT e.id FROM enrolments e JOIN users u ON u.id = e.user_id WHERE e.cohort_id = $1 AND u.email = $2`, [cohort.id, email])).id;
    await this.certificates.issue(await enrolmentOf('juergen.gross@krefeld.example'), actor);
    const revoked = await this.certificates.issue(await enrolmentOf('marta.nowak@dortmund.example'), actor);
    await this.certificates.revoke(actor, { certificateId: revoked.id, reason: RevocationReason.ISSUED_IN_ERROR, note: 'Versehentlich vor der Prüfung der letzten Transferaufgabe ausgestellt.' });
    const first = await this.certificates.issue(await enrolmentOf('elif.yildiz@koeln.example'), actor);
    await this.certificates.reissue(actor, { certificateId: first.id, printedName: 'Elif Yıldız-Demir', reason: 'Namensänderung nach Eheschließung' });
    this.logger.log('Demo data: certificates issued, revoked and reissued.');
  }
}
