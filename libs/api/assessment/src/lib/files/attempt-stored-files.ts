import { Injectable, OnModuleInit } from '@nestjs/common';
import { sqlRows } from '@koko/api/core/database';
import { StoredFileRegistry } from '@koko/api/core/storage';

/** Submission and feedback files of attempts; the orphan clean-up asks before removing a file. */
@Injectable()
export class AttemptStoredFiles implements OnModuleInit {
  constructor(private readonly registry: StoredFileRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'assessment.attempt-files',
      referenced: async (keys, db) =>
        (await sqlRows<{ key: string }>(db, `SELECT storage_key AS key FROM attempt_files WHERE storage_key = ANY($1)`, [keys])).map((r) => r.key),
      recordedHashes: (db) => sqlRows<{ key: string; sha256: string }>(db, `SELECT storage_key AS key, sha256 FROM attempt_files WHERE storage_key IS NOT NULL`),
    });
  }
}
