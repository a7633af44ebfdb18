import { Inject, Injectable, Logger, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { SqlRunner } from '@koko/api/core/database';
import { JobsModule, JobsService } from '@koko/api/core/jobs';
import { DataSource } from 'typeorm';
import { FILE_STORAGE, FileStorage } from './file-storage';

export const FILE_CLEANUP_JOB = 'storage.orphan-files';

/** Keys asked about at once; keeps each `= ANY($1)` parameter small. */
const BATCH = 500;

/**
 * One library's stored files. The owner answers which of the given keys a row of its own tables
 * still points to, so the clean-up never reads another library's tables.
 */
export interface StoredFileReferences {
  /** Who answers, e.g. `assessment.attempt-files` (in logs). */
  name: string;
  referenced(keys: readonly string[], db: SqlRunner): Promise<readonly string[]>;
  /** Every stored file whose SHA-256 the owner recorded when it was written (copies are checked against it). */
  recordedHashes?(db: SqlRunner): Promise<readonly { key: string; sha256: string }[]>;
}

/** Where libraries that store files register their `StoredFileReferences` (in `onModuleInit`). */
@Injectable()
export class StoredFileRegistry {
  private readonly owners = new Map<string, StoredFileReferences>();

  register(owner: StoredFileReferences): void {
    this.owners.set(owner.name, owner);
  }

  get names(): string[] {
    return [...this.owners.keys()];
  }

  /** Recorded SHA-256 per key, with the owner that recorded it (`storage:migrate` verifies copies against them). */
  async recordedHashes(db: SqlRunner): Promise<Map<string, { sha256: string; owner: string }>> {
    const hashes = new Map<string, { sha256: string; owner: string }>();
    for (const owner of this.owners.values()) {
      for (const { key, sha256 } of (await owner.recordedHashes?.(db)) ?? []) hashes.set(key, { sha256: sha256.trim(), owner: owner.name });
    }
    return hashes;
  }

  /** The keys among `keys` that some owner still references. */
  async referenced(keys: readonly string[], db: SqlRunner): Promise<Set<string>> {
    const kept = new Set<string>();
    for (const owner of this.owners.values()) for (const key of await owner.referenced(keys, db)) kept.add(key);
    return kept;
  }
}

export interface OrphanCleanupResult {
  /** Files written before the grace period's start. */
  checked: number;
  removed: number;
}

/**
 * Removes stored files no row points to: left by anonymisation, a refused or interrupted upload,
 * a file removed from a draft, a failed export. Only files written more than
 * `STORAGE_ORPHAN_GRACE_HOURS` ago are considered, because an upload stores its file a moment
 * before the row that names it. Runs nightly (`JOBS_CRON_FILE_CLEANUP`, once cluster-wide).
 */
@Injectable()
export class OrphanFileCleanup implements OnModuleInit {
  private readonly logger = new Logger('OrphanFiles');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly registry: StoredFileRegistry,
    private readonly jobs: JobsService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.schedule(FILE_CLEANUP_JOB, this.config.storage.cleanupCron, () => this.run(new Date()));
  }

  /** Removes what is orphaned at `now` (the job passes the wall clock, tests a controlled one). */
  async run(now: Date): Promise<OrphanCleanupResult> {
    // Without any owner every file would look orphaned: a wiring mistake must not empty the storage.
    if (this.registry.names.length === 0) throw new Error('No library reports stored files; refusing to clean up');
    const cutOff = now.getTime() - this.config.storage.orphanGraceHours * 3_600_000;
    const result: OrphanCleanupResult = { checked: 0, removed: 0 };
    let batch: string[] = [];
    for await (const file of this.storage.list()) {
      if (file.modifiedAt.getTime() >= cutOff) continue;
      batch.push(file.key);
      if (batch.length === BATCH) {
        await this.removeUnreferenced(batch, result);
        batch = [];
      }
    }
    if (batch.length) await this.removeUnreferenced(batch, result);
    this.logger.log(`Orphaned files at ${now.toISOString()}: ${result.removed} of ${result.checked} older files removed`);
    return result;
  }

  private async removeUnreferenced(keys: string[], result: OrphanCleanupResult): Promise<void> {
    const kept = await this.registry.referenced(keys, this.db);
    result.checked += keys.length;
    for (const key of keys) {
      if (kept.has(key)) continue;
      await this.storage.delete(key);
      result.removed += 1;
    }
  }
}

/** Import it where a `StoredFileReferences` is registered; one registry and one clean-up job per application. */
@Module({ imports: [JobsModule], providers: [StoredFileRegistry, OrphanFileCleanup], exports: [StoredFileRegistry] })
export class StoredFilesModule {}
