import { Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A stored file to put into a person's data export (`files/<section>/<name>` in the ZIP). */
export interface PersonalDataFile {
  name: string;
  storageKey: string;
}

/** What one domain holds about a person: plain JSON rows and the stored files that belong to them. */
export interface PersonalDataSection {
  data: Record<string, unknown>;
  files?: PersonalDataFile[];
}

/** The person an export is about, as the account knows them when the export starts. */
export interface PersonalDataSubject {
  userId: string;
  email: string;
}

/**
 * One domain's contribution to "download all my data" (GDPR Art. 15 and 20). Each domain registers
 * one for the tables it owns, so the export never names another domain's table. `tables` lists what
 * the source covers; an integration test compares it with every table of the migrated schema that
 * holds a personal reference (a `user_id`, a link to `users`, an e-mail address).
 */
export interface PersonalDataSource {
  /** Key of the section in the JSON and folder of its files; also orders the summary. */
  section: string;
  /** Heading of the section in the readable summary. */
  title: { de: string; en: string };
  tables: readonly string[];
  collect(subject: PersonalDataSubject, manager: EntityManager): Promise<PersonalDataSection>;
}

/** Where domains register their `PersonalDataSource` (in `onModuleInit`); one per application. */
@Injectable()
export class PersonalDataRegistry {
  private readonly registered = new Map<string, PersonalDataSource>();

  register(source: PersonalDataSource): void {
    const known = this.registered.get(source.section);
    // A module instantiated twice (e.g. through forRoot) registers the same source again: harmless.
    if (known && known.tables.join() !== source.tables.join()) throw new Error(`Personal data section "${source.section}" is registered twice`);
    this.registered.set(source.section, source);
  }

  get sources(): PersonalDataSource[] {
    return [...this.registered.values()];
  }

  /** Every table some source covers. */
  get coveredTables(): Set<string> {
    return new Set(this.sources.flatMap((s) => s.tables));
  }
}

/** Import it where a source is registered; the module is a singleton, so there is one registry. */
@Module({ providers: [PersonalDataRegistry], exports: [PersonalDataRegistry] })
export class PersonalDataModule {}
