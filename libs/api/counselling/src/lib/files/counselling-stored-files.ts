import { Injectable, OnModuleInit } from '@nestjs/common';
import { sqlRows } from '@koko/api/core/database';
import { StoredFileRegistry } from '@koko/api/core/storage';

/** Files of counselling threads; the orphan clean-up asks before removing a stored file. */
@Injectable()
export class CounsellingStoredFiles implements OnModuleInit {
  constructor(private readonly registry: StoredFileRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'counselling.message-files',
      referenced: async (keys, db) =>
        (await sqlRows<{ key: string }>(db, `SELECT storage_key AS key FROM counselling_message_files WHERE storage_key = ANY($1)`, [keys])).map((r) => r.key),
    });
  }
}
