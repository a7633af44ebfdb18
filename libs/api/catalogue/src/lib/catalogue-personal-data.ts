import { Injectable, OnModuleInit } from '@nestjs/common';
import { PersonalDataRegistry, PersonalDataSource, sqlRows } from '@koko/api/core/database';

/** Trainers: the cohorts they run. */
export const cataloguePersonalData: PersonalDataSource = {
  section: 'teaching',
  title: { de: 'Ihre Durchgänge als Trainer:in', en: 'Your cohorts as a trainer' },
  tables: ['cohort_trainers'],
  async collect({ userId }, m) {
    const cohorts = await sqlRows<Record<string, unknown>>(
      m,
      `SELECT c.name AS cohort, c.starts_on AS "startsOn", c.ends_on AS "endsOn"
         FROM cohort_trainers t JOIN cohorts c ON c.id = t.cohort_id WHERE t.user_id = $1 ORDER BY c.starts_on`,
      [userId],
    );
    return { data: { cohorts } };
  },
};

@Injectable()
export class CataloguePersonalData implements OnModuleInit {
  constructor(private readonly registry: PersonalDataRegistry) {}
  onModuleInit(): void {
    this.registry.register(cataloguePersonalData);
  }
}
