import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { sanitizeDisplayName } from './display-name';
import { FILE_KINDS, FileKind } from './file-kind';
import { FileStorage, StoredObject } from './file-storage';
import { newStorageKey } from './storage-key';
import { UploadException } from './upload.exception';
import { UploadInspector } from './upload-inspector';

/** An HTTP request (Express's `Request` is one) whose body has not been read yet. */
export type UploadRequest = Readable & { headers: IncomingHttpHeaders };

export interface ReadUploadOptions {
  storage: FileStorage;
  /** Largest accepted file in bytes (`config.uploads.maxBytes`). */
  maxBytes: number;
  allowed: readonly FileKind[];
  /** The clock for the key's `yyyy/mm` (tests). */
  now?: Date;
}

/** A file that is stored under `key`. The caller records it in its own table (or deletes it). */
export interface StoredUpload extends StoredObject {
  key: string;
  /** The sanitised original name; a label only, never a path. */
  displayName: string;
  kind: FileKind;
  /** From the detected kind, never from the browser. */
  contentType: string;
}

/** Room for the multipart envelope around the file (boundaries, part headers). */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/**
 * Reads one file from a `multipart/form-data` request while it streams into `storage`.
 *
 * The type comes from the content (PDF, PNG, JPEG signatures; DOCX and ODT from their ZIP entries),
 * never from the name or the browser's content type. A file over `maxBytes` is cut off at byte
 * `maxBytes + 1`; a declared Content-Length far beyond it is refused before reading. Any refusal is
 * an `UploadException` (FILE_TOO_LARGE, FILE_TYPE_NOT_ALLOWED, FILE_MISSING, TOO_MANY_FILES,
 * UPLOAD_INCOMPLETE) and leaves nothing stored; the rest of the request is then read and discarded
 * so that the client receives the answer. Other storage failures are rethrown as they are.
 *
 * The file may come in any field; other form fields are ignored.
 */
export function readUpload(req: UploadRequest, options: ReadUploadOptions): Promise<StoredUpload> {
  return new Promise((resolve, reject) => new UploadReading(req, options, resolve, reject).start());
}

class UploadReading {
  private settled = false;
  private parser: busboy.Busboy | undefined;
  private inspector: UploadInspector | undefined;
  private key = '';
  private displayName = '';
  /** Settles when the storage write does; `undefined` when it failed (the error is in `storeError`). */
  private stored: Promise<StoredObject | undefined> | undefined;
  private storeError: unknown;

  constructor(
    private readonly req: UploadRequest,
    private readonly options: ReadUploadOptions,
    private readonly resolve: (upload: StoredUpload) => void,
    private readonly reject: (error: unknown) => void,
  ) {}

  start(): void {
    const declared = Number(this.req.headers['content-length']);
    if (declared > this.options.maxBytes + MULTIPART_OVERHEAD_BYTES) return this.fail(UploadException.tooLarge(this.options.maxBytes));
    try {
      this.parser = busboy({
        headers: this.req.headers,
        // Browsers send file names as raw UTF-8; busboy's default would read them as Latin-1.
        defParamCharset: 'utf8',
        // busboy reports the limit when a file *reaches* it, so allow one more byte than the maximum.
        limits: { files: 1, fileSize: this.options.maxBytes + 1, fields: 0, headerPairs: 20 },
      });
    } catch {
      // Not multipart/form-data at all, or without a boundary.
      return this.fail(UploadException.missing());
    }
    this.parser.on('file', (_field, file, info) => this.receive(file, info.filename));
    this.parser.on('filesLimit', () => this.fail(UploadException.tooManyFiles(1)));
    this.parser.on('error', () => this.fail(UploadException.incomplete()));
    this.parser.on('close', () => void this.finish());
    this.req.on('error', () => this.fail(UploadException.incomplete()));
    this.req.on('close', () => {
      if (!this.req.readableEnded) this.fail(UploadException.incomplete());
    });
    this.req.pipe(this.parser);
  }

  private receive(file: Readable & { truncated?: boolean }, filename: string | undefined): void {
    this.key = newStorageKey(this.options.now);
    this.displayName = sanitizeDisplayName(filename);
    const inspector = new UploadInspector({ maxBytes: this.options.maxBytes, allowed: this.options.allowed });
    this.inspector = inspector;
    // Errors reach the storage write through its pipeline; this only keeps a late one from being unhandled.
    inspector.on('error', () => undefined);
    file.on('limit', () => inspector.destroy(UploadException.tooLarge(this.options.maxBytes)));
    file.on('error', () => inspector.destroy(UploadException.incomplete()));
    // Once the inspector stops (refused or done), busboy must still be able to go on reading the request.
    inspector.on('close', () => {
      file.unpipe(inspector);
      file.resume();
    });
    file.pipe(inspector);
    this.stored = this.options.storage.put(this.key, inspector).then(
      (stored) => stored,
      (error: unknown) => {
        this.storeError = error;
        return undefined;
      },
    );
    void this.stored.then((stored) => {
      if (!stored) this.fail(this.storeError);
    });
  }

  /** The request has been read completely. */
  private async finish(): Promise<void> {
    if (this.settled) return;
    if (!this.stored) return this.fail(UploadException.missing());
    const stored = await this.stored;
    if (this.settled) return;
    if (!stored || !this.inspector?.kind) return this.fail(this.storeError ?? UploadException.missing());
    this.settled = true;
    const kind = this.inspector.kind;
    this.resolve({ key: this.key, displayName: this.displayName, kind, contentType: FILE_KINDS[kind].contentType, ...stored });
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    const inspector = this.inspector;
    if (inspector && !inspector.destroyed && !inspector.writableEnded) inspector.destroy(error instanceof Error ? error : undefined);
    this.stopReading();
    void this.removeStored().then(
      () => this.reject(error),
      () => this.reject(error),
    );
  }

  /** Reads and discards whatever the client still sends, so the answer reaches it. */
  private stopReading(): void {
    if (this.parser) {
      this.req.unpipe(this.parser);
      this.parser.destroy();
    }
    this.req.resume();
  }

  /** A file already written (e.g. before a second file part arrived) is removed again. */
  private async removeStored(): Promise<void> {
    const stored = await this.stored;
    if (stored) await this.options.storage.delete(this.key);
  }
}
