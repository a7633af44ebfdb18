import { Injectable, OnModuleInit } from '@nestjs/common';
import { sqlRows } from '@koko/api/core/database';
import { StoredFileRegistry } from '@koko/api/core/storage';

/** Teilnahmebescheinigung PDFs; the orphan clean-up asks before removing a file. */
@Injectable()
export class EventsStoredFiles implements OnModuleInit {
  constructor(private readonly registry: StoredFileRegistry) {}

  onModuleInit(): void {
    this.registry.register({
      name: 'events.attendance-confirmations',
      referenced: async (keys, db) =>
        (await sqlRows<{ key: string }>(db, `SELECT storage_key AS key FROM short_format_attendance_confirmations WHERE storage_key = ANY($1)`, [keys])).map((r) => r.key),
      recordedHashes: (db) => sqlRows<{ key: string; sha256: string }>(db, `SELECT storage_key AS key, sha256 FROM short_format_attendance_confirmations WHERE storage_key IS NOT NULL`),
    });
  }
}
