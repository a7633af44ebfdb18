import { Transform, TransformCallback } from 'node:stream';
import { FileKind } from './file-kind';
import { SIGNATURE_BYTES, signatureOf } from './file-signature';
import { UploadException } from './upload.exception';
import { inspectZipEnd, inspectZipStart, ZipVerdict } from './zip-contents';

/** How much of a ZIP's start is kept to read its local headers. */
export const ZIP_START_BYTES = 64 * 1024;
/** How much of a ZIP's end is kept in case its central directory must decide (a few thousand entries). */
export const ZIP_END_BYTES = 256 * 1024;

export interface UploadInspectorOptions {
  maxBytes: number;
  allowed: readonly FileKind[];
}

/**
 * Passes an upload through unchanged while finding its kind from the content and counting its
 * bytes. It fails the stream (and so the write behind it) with an `UploadException` as soon as the
 * answer is known: after 8 bytes for a wrong signature, at byte `maxBytes + 1` for a file too large,
 * and at the latest before the stream ends for a ZIP that is neither an allowed DOCX nor ODT. At
 * most 64 KiB of a ZIP's start and 256 KiB of its end are held in memory.
 */
export class UploadInspector extends Transform {
  /** Set once the content has been recognised as an allowed kind. */
  kind: FileKind | undefined;
  bytes = 0;
  private isZip = false;
  private head: Buffer | undefined = Buffer.allocUnsafe(ZIP_START_BYTES);
  private headLength = 0;
  private tail: TailBuffer | undefined = new TailBuffer(ZIP_END_BYTES);

  constructor(private readonly options: UploadInspectorOptions) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.options.maxBytes) return done(UploadException.tooLarge(this.options.maxBytes));
    try {
      if (!this.kind) this.observe(chunk);
    } catch (error) {
      return done(error as Error);
    }
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.bytes === 0) throw UploadException.missing();
      if (!this.kind) this.decideAtEnd();
    } catch (error) {
      return done(error as Error);
    }
    done();
  }

  private get start(): Buffer {
    return (this.head ?? Buffer.alloc(0)).subarray(0, this.headLength);
  }

  private observe(chunk: Buffer): void {
    if (this.head && this.headLength < ZIP_START_BYTES) this.headLength += chunk.copy(this.head, this.headLength);
    this.tail?.push(chunk);
    if (!this.isZip) {
      if (this.headLength < SIGNATURE_BYTES) return;
      this.classify();
    }
    if (this.isZip) this.applyZipVerdict(inspectZipStart(this.start));
  }

  /** Decides from the first bytes: a kind, a ZIP to look into, or a refusal. */
  private classify(): void {
    const signature = signatureOf(this.start);
    if (signature === 'ZIP') {
      if (!this.isAllowed(FileKind.DOCX) && !this.isAllowed(FileKind.ODT)) throw this.notAllowed();
      this.isZip = true;
      return;
    }
    if (!signature) throw this.notAllowed();
    this.accept(signature);
  }

  private applyZipVerdict(verdict: ZipVerdict): void {
    if (verdict === 'OTHER') throw this.notAllowed();
    if (verdict !== 'UNDECIDED') this.accept(verdict);
  }

  private decideAtEnd(): void {
    if (!this.isZip) this.classify();
    if (!this.isZip || this.kind) return;
    const verdict = inspectZipStart(this.start);
    this.applyZipVerdict(verdict === 'UNDECIDED' ? inspectZipEnd(this.tail?.contents() ?? Buffer.alloc(0), this.bytes) : verdict);
    if (!this.kind) throw this.notAllowed();
  }

  private accept(kind: FileKind): void {
    if (!this.isAllowed(kind)) throw this.notAllowed();
    this.kind = kind;
    this.head = undefined;
    this.tail = undefined;
  }

  private isAllowed(kind: FileKind): boolean {
    return this.options.allowed.includes(kind);
  }

  private notAllowed(): UploadException {
    return UploadException.typeNotAllowed(this.options.allowed);
  }
}

/** The last `capacity` bytes of a stream, in a ring. */
class TailBuffer {
  private readonly ring: Buffer;
  private written = 0;

  constructor(private readonly capacity: number) {
    this.ring = Buffer.allocUnsafe(capacity);
  }

  push(chunk: Buffer): void {
    const data = chunk.length > this.capacity ? chunk.subarray(chunk.length - this.capacity) : chunk;
    const at = (this.written + chunk.length - data.length) % this.capacity;
    const first = data.copy(this.ring, at);
    if (first < data.length) data.copy(this.ring, 0, first);
    this.written += chunk.length;
  }

  contents(): Buffer {
    if (this.written <= this.capacity) return this.ring.subarray(0, this.written);
    const at = this.written % this.capacity;
    return Buffer.concat([this.ring.subarray(at), this.ring.subarray(0, at)]);
  }
}
