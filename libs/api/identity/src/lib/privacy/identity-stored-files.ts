import { Injectable, OnModuleInit } from '@nestjs/common';
import { sqlRows } from '@koko/api/core/database';
import { StoredFileRegistry } from '@koko/api/core/storage';

/** The data-export ZIPs identity keeps; the orphan clean-up asks before removing a file. */
@Injectable()
export class IdentityStoredFiles implements OnModuleInit {
  constructor(private readonly registry: StoredFileRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'identity.data-exports',
      referenced: async (keys, db) =>
        (await sqlRows<{ key: string }>(db, `SELECT storage_key AS key FROM data_exports WHERE storage_key = ANY($1)`, [keys])).map((r) => r.key),
    });
  }
}
