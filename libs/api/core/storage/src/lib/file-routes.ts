import { Locale } from '@koko/shared';
import { requestLocale } from '@koko/api/core/graphql';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { ALL_FILE_KINDS, FILE_KINDS } from './file-kind';
import { FileStorage } from './file-storage';
import { readUpload, StoredUpload } from './read-upload';

/** A domain's answer to one of its own errors on a file route; `undefined` for any other error (rethrown, a 500). */
export type FileRouteError = (error: unknown, locale: Locale) => { status: number; code: string; message: string } | undefined;

/** What a download needs from the owning library: the recorded file and its bytes, after its access check. */
export interface OpenedFile {
  file: { contentType: string; sizeBytes: number; displayName: string };
  stream: Readable;
}

/**
 * The HTTP side every file owner shares (assignment files, counselling files, …). The owner's
 * controller declares its routes and passes its own access checks and error mapping; these helpers
 * answer 401 without a session, refuse uploads our own pages did not send, stream uploads through
 * `readUpload` and downloads with headers that keep a browser from running what it receives.
 * Put `@UseFilters(UploadExceptionFilter)` on the controller for the upload refusals.
 */
export class FileRoutes<Viewer> {
  constructor(
    private readonly storage: FileStorage,
    private readonly maxBytes: number,
    private readonly describe: FileRouteError,
  ) {}

  /** Checks `authorize`, streams the file into storage and answers 201 with what `record` returns. */
  async upload(req: Request, res: Response, viewer: Viewer | undefined, marker: string | undefined, steps: { authorize: (viewer: Viewer) => Promise<unknown>; record: (viewer: Viewer, upload: StoredUpload) => Promise<object> }): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    // A header a cross-site form cannot set: uploads come only from our own pages.
    if (marker !== '1') return void res.status(400).json({ code: 'BAD_REQUEST', message: 'x-koko-upload header missing' });
    try {
      await steps.authorize(viewer);
      const upload = await readUpload(req, { storage: this.storage, maxBytes: this.maxBytes, allowed: ALL_FILE_KINDS });
      res.status(201).json(await steps.record(viewer, upload));
    } catch (error) {
      // Let the body drain so the browser receives the answer.
      if (!req.readableEnded) req.resume();
      this.fail(error, req, res);
    }
  }

  /** Streams the file `open` returns: never sniffed, never cached, sandboxed; inline (`?inline=1`) only for previewable kinds. */
  async download(req: Request, res: Response, viewer: Viewer | undefined, open: (viewer: Viewer) => Promise<OpenedFile>): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    try {
      const { file, stream } = await open(viewer);
      const kind = Object.values(FILE_KINDS).find((k) => k.contentType === file.contentType);
      res.status(200);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Length', String(file.sizeBytes));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
      res.attachment(file.displayName);
      if (kind?.previewable && req.query['inline'] === '1') res.setHeader('Content-Disposition', String(res.getHeader('Content-Disposition')).replace(/^attachment/, 'inline'));
      stream.pipe(res);
    } catch (error) {
      this.fail(error, req, res);
    }
  }

  /** Runs `action` (e.g. removing an unsent upload) and answers 204. */
  async act(req: Request, res: Response, viewer: Viewer | undefined, action: (viewer: Viewer) => Promise<void>): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    try {
      await action(viewer);
      res.status(204).end();
    } catch (error) {
      this.fail(error, req, res);
    }
  }

  private fail(error: unknown, req: Request, res: Response): void {
    const answer = this.describe(error, requestLocale(req));
    if (!answer) throw error;
    if (res.headersSent) return;
    res.status(answer.status).json({ code: answer.code, message: answer.message });
  }
}
