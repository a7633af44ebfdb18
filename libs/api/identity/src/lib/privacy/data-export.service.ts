import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { PersonalDataRegistry, PersonalDataSection, TransactionalEvent } from '@koko/api/core/database';
import { JobsService } from '@koko/api/core/jobs';
import { FILE_STORAGE, FileStorage, newStorageKey, StoredFileNotFoundError } from '@koko/api/core/storage';
import { DataExportReadyEvent, IdentityEvents, webUrl, WebRoute } from '@koko/shared';
import archiver from 'archiver';
import { DataSource, In, LessThanOrEqual } from 'typeorm';
import { User } from '../entities/user.entity';
import { DataExport, DataExportStatus } from './data-export.entity';
import { identityPersonalData } from './identity-personal-data';
import { renderSummary } from './summary';

export const DATA_EXPORT_JOB = 'identity.data-export';
/** Sections in the order a person reads them; sections not listed follow in registration order. */
const SECTION_ORDER = ['account', 'enrolments', 'progress', 'assessment', 'certificates', 'shortFormats', 'counselling', 'mails', 'audit', 'content', 'teaching'];
const FORMAT = 'koko-campus-data-export/1';

/**
 * "Download all my data": a queued job collects every registered `PersonalDataSource`, writes one
 * ZIP (data.json, a readable summary in the person's language, the person's files) to the file
 * storage, keeps it `DATA_EXPORT_DAYS` days and mails a link to Meine Daten. Progress is stored
 * on the row, so the page can poll it.
 */
@Injectable()
export class DataExportService implements OnModuleInit {
  private readonly logger = new Logger('DataExport');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly registry: PersonalDataRegistry,
    private readonly jobs: JobsService,
    private readonly events: EventEmitter2,
  ) {}

  async onModuleInit(): Promise<void> {
    this.registry.register(identityPersonalData);
    await this.jobs.work<{ exportId: string }>(DATA_EXPORT_JOB, ({ exportId }) => this.build(exportId));
  }

  /** The caller's exports, newest first (the last five). */
  mine(userId: string): Promise<DataExport[]> {
    return this.db.manager.find(DataExport, { where: { userId }, order: { requestedAt: 'DESC' }, take: 5 });
  }

  /** Starts an export; while one is still being built, answers that one instead of starting another. */
  async request(userId: string): Promise<DataExport> {
    const { row, queued } = await this.db.transaction(async (m) => {
      const user = await m.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new Error(`No user ${userId}`);
      const pending = await m.findOne(DataExport, { where: { userId, status: In([DataExportStatus.QUEUED, DataExportStatus.RUNNING]) } });
      if (pending) return { row: pending, queued: true };
      const created = await m.save(m.create(DataExport, { userId, locale: user.locale, status: DataExportStatus.QUEUED, progress: 0 }));
      return { row: created, queued: await this.jobs.sendInTransaction(m, DATA_EXPORT_JOB, { exportId: created.id }) };
    });
    if (!queued) {
      // Jobs are off (JOBS_ENABLED=false): still build it outside the request, in this process.
      setImmediate(() => void this.build(row.id).catch((e) => this.logger.error(e)));
    }
    return row;
  }

  /** The job: idempotent (a retried job rebuilds from scratch; a finished export is left alone). */
  async build(exportId: string): Promise<void> {
    const claimed = await this.db.manager
      .createQueryBuilder()
      .update(DataExport)
      .set({ status: DataExportStatus.RUNNING, progress: 1 })
      .where('id = :exportId AND status IN (:...open) AND expires_at IS NULL', { exportId, open: [DataExportStatus.QUEUED, DataExportStatus.RUNNING] })
      .returning('user_id AS "userId", locale')
      .execute();
    const row = (claimed.raw as Array<{ userId: string; locale: 'de' | 'en' }>)[0];
    if (!row) return;
    const key = `exports/${newStorageKey()}.zip`;
    try {
      const user = await this.db.manager.findOneByOrFail(User, { id: row.userId });
      const sources = [...this.registry.sources].sort((a, b) => rank(a.section) - rank(b.section));
      const sections: Array<{ section: string; title: string; content: PersonalDataSection }> = [];
      for (const [i, source] of sources.entries()) {
        const content = await source.collect({ userId: user.id, email: user.email }, this.db.manager);
        sections.push({ section: source.section, title: source.title[row.locale], content });
        await this.db.manager.update(DataExport, { id: exportId }, { progress: Math.round(((i + 1) / sources.length) * 80) });
      }
      const createdAt = new Date();
      const archive = archiver('zip', { zlib: { level: 6 } });
      const stored = this.storage.put(key, archive);
      const json = {
        format: FORMAT,
        createdAt: createdAt.toISOString(),
        subject: { userId: user.id },
        sections: Object.fromEntries(sections.map((s) => [s.section, s.content.data])),
      };
      archive.append(JSON.stringify(json, null, 2), { name: 'data.json' });
      const fileNames = new Map<string, string[]>();
      for (const s of sections) {
        const names: string[] = [];
        for (const file of s.content.files ?? []) {
          const name = `files/${s.section}/${uniqueName(names, safeName(file.name))}`;
          try {
            archive.append(await this.storage.get(file.storageKey), { name });
            names.push(name);
          } catch (e) {
            // A file whose bytes are gone is listed in data.json but cannot be included.
            if (!(e instanceof StoredFileNotFoundError)) throw e;
          }
        }
        fileNames.set(s.section, names);
      }
      const summaryName = row.locale === 'de' ? 'zusammenfassung.html' : 'summary.html';
      archive.append(
        renderSummary(row.locale, createdAt, sections.map((s) => ({ title: s.title, data: s.content.data, files: fileNames.get(s.section) ?? [] }))),
        { name: summaryName },
      );
      await archive.finalize();
      const { size } = await stored;
      const expiresAt = new Date(createdAt.getTime() + this.config.privacy.exportDays * 86_400_000);
      const finished = await this.db.transaction(async (m) => {
        const done = await m
          .createQueryBuilder()
          .update(DataExport)
          .set({ status: DataExportStatus.READY, progress: 100, finishedAt: createdAt, expiresAt, storageKey: key, sizeBytes: String(size) })
          .where('id = :exportId AND status = :running AND expires_at IS NULL', { exportId, running: DataExportStatus.RUNNING })
          .execute();
        if (!done.affected) return false;
        const payload: DataExportReadyEvent = {
          userId: user.id,
          email: user.email,
          locale: row.locale,
          displayName: user.displayName,
          pageUrl: webUrl(this.config.publicUrl, WebRoute.MY_DATA),
          expiresAt: expiresAt.toISOString(),
        };
        await this.events.emitAsync(IdentityEvents.DataExportReady, { payload, manager: m } satisfies TransactionalEvent<DataExportReadyEvent>);
        return true;
      });
      // The account was deleted meanwhile (or another run finished first): keep nothing.
      if (!finished) await this.storage.delete(key);
    } catch (error) {
      this.logger.error(`Data export ${exportId} failed: ${String(error)}`);
      await this.storage.delete(key).catch(() => undefined);
      await this.db.manager.update(DataExport, { id: exportId, status: DataExportStatus.RUNNING }, { status: DataExportStatus.FAILED, finishedAt: new Date() });
    }
  }

  /** The stored ZIP for its owner while it is ready and not expired; null otherwise. */
  async open(userId: string, exportId: string): Promise<{ row: DataExport; content: NodeJS.ReadableStream } | null> {
    const row = await this.db.manager.findOneBy(DataExport, { id: exportId, userId });
    if (!row || row.currentStatus !== DataExportStatus.READY || !row.storageKey) return null;
    try {
      return { row, content: await this.storage.get(row.storageKey) };
    } catch (e) {
      if (e instanceof StoredFileNotFoundError) return null;
      throw e;
    }
  }

  /**
   * Retention: deletes the ZIPs and rows of exports expired at `now`, and finished exports (failed
   * ones too) older than the export period. Answers how many rows went.
   */
  async purgeExpired(now: Date): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.privacy.exportDays * 86_400_000);
    const rows = await this.db.manager.find(DataExport, {
      where: [{ expiresAt: LessThanOrEqual(now) }, { status: DataExportStatus.FAILED, requestedAt: LessThanOrEqual(cutoff) }],
    });
    for (const row of rows) {
      if (row.storageKey) await this.storage.delete(row.storageKey);
      await this.db.manager.delete(DataExport, { id: row.id });
    }
    return rows.length;
  }
}

function rank(section: string): number {
  const i = SECTION_ORDER.indexOf(section);
  return i === -1 ? SECTION_ORDER.length : i;
}

/** A file name that is safe in any unpacking tool: no folders, no control characters, no leading dot. */
function safeName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').replace(/^\.+/, '').trim().slice(0, 120);
  return cleaned || 'datei';
}

function uniqueName(taken: string[], name: string): string {
  const base = name.replace(/(\.[^.]*)?$/, '');
  const ext = name.slice(base.length);
  let candidate = name;
  for (let n = 2; taken.some((t) => t.endsWith(`/${candidate}`)); n++) candidate = `${base} (${n})${ext}`;
  return candidate;
}
