import { Controller, Delete, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { requestLocale, translatedError } from '@koko/api/core/graphql';
import { ALL_FILE_KINDS, FILE_KINDS, FILE_STORAGE, FileStorage, readUpload, UploadExceptionFilter } from '@koko/api/core/storage';
import type { Request, Response } from 'express';
import { CounsellingErrorCode, CounsellingException, messageFor } from '../counselling.exception';
import { CounsellingFilesService } from './message-files.service';

const STATUS: Partial<Record<CounsellingErrorCode, number>> = {
  [CounsellingErrorCode.COUNSELLING_REQUEST_NOT_FOUND]: 404,
  [CounsellingErrorCode.FILE_NOT_FOUND]: 404,
  [CounsellingErrorCode.TOO_MANY_FILES]: 409,
  [CounsellingErrorCode.REQUEST_FINISHED]: 409,
};

/**
 * Files in a counselling thread: uploads streamed, type-checked from their bytes and cut off at the
 * size limit exactly like assignment files (@koko/api/core/storage); downloads checked per request.
 */
@Controller('api/counselling')
@UseFilters(UploadExceptionFilter)
export class CounsellingFilesController {
  constructor(
    private readonly files: CounsellingFilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  @Public()
  @Post('requests/:id/files')
  @HttpCode(201)
  async upload(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Headers('x-koko-upload') marker: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    // A header a cross-site form cannot set: uploads come only from our own pages.
    if (marker !== '1') return void res.status(400).json({ code: 'BAD_REQUEST', message: 'x-koko-upload header missing' });
    try {
      await this.files.assertCanUpload(viewer, id);
      const upload = await readUpload(req, { storage: this.storage, maxBytes: this.config.uploads.maxBytes, allowed: ALL_FILE_KINDS });
      res.status(201).json(await this.files.record(viewer, id, upload));
    } catch (error) {
      // Let the body drain so the browser receives the answer.
      if (!req.readableEnded) req.resume();
      this.fail(error, req, res);
    }
  }

  @Public()
  @Get('files/:id')
  async download(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    try {
      const { file, stream } = await this.files.open(viewer, id);
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

  @Public()
  @Delete('files/:id')
  async discard(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    try {
      await this.files.discard(viewer, id);
      res.status(204).end();
    } catch (error) {
      this.fail(error, req, res);
    }
  }

  private fail(error: unknown, req: Request, res: Response): void {
    if (!(error instanceof CounsellingException)) throw error;
    if (res.headersSent) return;
    res.status(STATUS[error.code] ?? 400).json({ code: error.code, message: translatedError(error.code, messageFor(error.code), requestLocale(req), error.params).message });
  }
}
