import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { FILE_STORAGE, FileStorage, StoredUpload } from '@koko/api/core/storage';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CounsellingMessageRow, CounsellingRequestRow, CounsellingStatus } from '../counselling.entity';
import { CounsellingErrorCode, CounsellingException } from '../counselling.exception';
import { CounsellingService } from '../counselling.service';
import { CounsellingFile } from '../dto/counselling.model';
import { CounsellingMessageFileRow } from './message-file.entity';

const FINISHED: readonly CounsellingStatus[] = [CounsellingStatus.CLOSED, CounsellingStatus.DECLINED];

/**
 * Files in a request's thread, with the upload checks of assignment files (type from the bytes,
 * size limit, at most UPLOAD_MAX_FILES per message). Everyone on the request uploads; a file is
 * sent with a message and is then exactly as visible as that message.
 */
@Injectable()
export class CounsellingFilesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly requests: CounsellingService,
  ) {}

  /** Checked before the body is read, and again under the request's lock when the row is written. */
  async assertCanUpload(viewer: AuthUser, requestId: string, m: EntityManager = this.db.manager): Promise<CounsellingRequestRow> {
    const { row } = await this.requests.access(m, viewer, requestId, m !== this.db.manager);
    if (FINISHED.includes(row.status)) throw new CounsellingException(CounsellingErrorCode.REQUEST_FINISHED);
    const pending = await m.count(CounsellingMessageFileRow, { where: { requestId, uploadedBy: viewer.id, messageId: IsNull() } });
    if (pending >= this.config.uploads.maxFiles) throw new CounsellingException(CounsellingErrorCode.TOO_MANY_FILES, { max: this.config.uploads.maxFiles });
    return row;
  }

  /** Records a stored upload as not sent yet; on any refusal the stored file is removed. */
  async record(viewer: AuthUser, requestId: string, upload: StoredUpload): Promise<CounsellingFile> {
    try {
      const row = await this.db.transaction(async (m) => {
        await this.assertCanUpload(viewer, requestId, m);
        return m.save(
          m.create(CounsellingMessageFileRow, {
            requestId,
            messageId: null,
            storageKey: upload.key,
            displayName: upload.displayName,
            contentType: upload.contentType,
            sizeBytes: upload.size,
            sha256: upload.sha256,
            uploadedBy: viewer.id,
          }),
        );
      });
      return present(row);
    } catch (error) {
      await this.storage.delete(upload.key);
      throw error;
    }
  }

  /** Removes the viewer's own upload that was not sent yet (anything else is "not found"). */
  async discard(viewer: AuthUser, fileId: string): Promise<void> {
    const file = await this.db.transaction(async (m) => {
      const row = await m.findOne(CounsellingMessageFileRow, { where: { id: fileId, uploadedBy: viewer.id, messageId: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new CounsellingException(CounsellingErrorCode.FILE_NOT_FOUND);
      await m.delete(CounsellingMessageFileRow, { id: row.id });
      return row;
    });
    // After the commit: a failure here leaves an orphan for the clean-up job, never a dangling row.
    await this.storage.delete(file.storageKey).catch(() => undefined);
  }

  /** Sends the author's own uploads of this request with a message (inside the message's transaction). */
  async attach(m: EntityManager, actor: AuthUser, requestId: string, messageId: string, fileIds: readonly string[]): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (!ids.length) return;
    if (ids.length > this.config.uploads.maxFiles) throw new CounsellingException(CounsellingErrorCode.TOO_MANY_FILES, { max: this.config.uploads.maxFiles });
    const rows = await m.find(CounsellingMessageFileRow, { where: { id: In(ids), requestId, uploadedBy: actor.id, messageId: IsNull() }, lock: { mode: 'pessimistic_write' } });
    if (rows.length !== ids.length) throw new CounsellingException(CounsellingErrorCode.FILES_INVALID);
    await m.update(CounsellingMessageFileRow, { id: In(ids) }, { messageId });
  }

  /** The files of these messages, by message, oldest first. */
  async ofMessages(messageIds: readonly string[]): Promise<Map<string, CounsellingFile[]>> {
    const byMessage = new Map<string, CounsellingFile[]>();
    if (!messageIds.length) return byMessage;
    const rows = await this.db.manager.find(CounsellingMessageFileRow, { where: { messageId: In([...messageIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const row of rows) {
      const list = byMessage.get(row.messageId ?? '') ?? [];
      list.push(present(row));
      byMessage.set(row.messageId ?? '', list);
    }
    return byMessage;
  }

  /**
   * A file for download if the viewer may read its message: everyone on the request for an
   * ordinary message, staff only for a confidential note, its uploader alone before it is sent.
   * Anyone else learns nothing.
   */
  async open(viewer: AuthUser, fileId: string): Promise<{ file: CounsellingMessageFileRow; stream: Readable }> {
    const m = this.db.manager;
    const file = await m.findOneBy(CounsellingMessageFileRow, { id: fileId });
    if (!file) throw new CounsellingException(CounsellingErrorCode.FILE_NOT_FOUND);
    const { staff } = await this.requests.access(m, viewer, file.requestId, false).catch((error: unknown) => {
      if (error instanceof CounsellingException) throw new CounsellingException(CounsellingErrorCode.FILE_NOT_FOUND);
      throw error;
    });
    if (!file.messageId) {
      if (file.uploadedBy !== viewer.id) throw new CounsellingException(CounsellingErrorCode.FILE_NOT_FOUND);
    } else {
      const message = await m.findOneByOrFail(CounsellingMessageRow, { id: file.messageId });
      if (message.confidential && !staff) throw new CounsellingException(CounsellingErrorCode.FILE_NOT_FOUND);
    }
    return { file, stream: await this.storage.get(file.storageKey) };
  }
}

function present(row: CounsellingMessageFileRow): CounsellingFile {
  return Object.assign(new CounsellingFile(), {
    id: row.id,
    displayName: row.displayName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    downloadUrl: `/api/counselling/files/${row.id}`,
  });
}
