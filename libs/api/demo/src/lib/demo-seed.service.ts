import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PasswordService } from '@koko/api/identity';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { RUNNING_COHORT, seedDemoProgramme } from './demo-programme';

/** Loads the demo data. Running it again changes nothing: rows are only inserted when missing. */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
  ) {}

  async seed(): Promise<{ created: number }> {
    let created = 0;
    await this.db.transaction(async (m) => {
      // One seed at a time, even with several instances starting together.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('koko-demo-seed'))`);
      const existing: Array<{ email: string }> = await m.query(`SELECT lower(email) AS email FROM users WHERE lower(email) = ANY($1)`, [
        DEMO_ACCOUNTS.map((a) => a.email),
      ]);
      const have = new Set(existing.map((e) => e.email));
      const missing = DEMO_ACCOUNTS.filter((a) => !have.has(a.email));
      const [programmeSeeded] = await m.query(`SELECT 1 FROM cohorts WHERE name = $1`, [RUNNING_COHORT]);
      if (!missing.length && programmeSeeded) return;
      const hash = await this.passwords.hash(DEMO_PASSWORD);
      for (const a of missing) {
        await m.query(
          `INSERT INTO users (email, display_name, certificate_name, locale, roles, active, password_hash)
           VALUES ($1, $2, $3, $4, $5, true, $6) ON CONFLICT DO NOTHING`,
          [a.email, a.displayName, a.certificateName, a.locale, a.roles, hash],
        );
        created++;
      }
      if (await seedDemoProgramme(m, hash)) created++;
    });
    if (created) this.logger.log(`Demo data: ${created} account(s) created.`);
    return { created };
  }
}
