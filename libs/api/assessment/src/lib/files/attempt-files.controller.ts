import { Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { requestLocale } from '@koko/api/core/graphql';
import { ALL_FILE_KINDS, FILE_KINDS, FILE_STORAGE, FileStorage, readUpload, UploadExceptionFilter } from '@koko/api/core/storage';
import type { Request, Response } from 'express';
import { AssessmentErrorCode, AssessmentException, assessmentMessage } from '../assessment.exception';
import { AttemptFilesService, FilePurpose } from './attempt-files.service';

const STATUS: Partial<Record<AssessmentErrorCode, number>> = {
  [AssessmentErrorCode.ATTEMPT_NOT_FOUND]: 404,
  [AssessmentErrorCode.FILE_NOT_FOUND]: 404,
  [AssessmentErrorCode.ENROLMENT_NOT_FOUND]: 404,
  [AssessmentErrorCode.TOO_MANY_FILES]: 409,
  [AssessmentErrorCode.ATTEMPT_FROZEN]: 409,
  [AssessmentErrorCode.ALREADY_GRADED]: 409,
  [AssessmentErrorCode.NOT_CLAIMED]: 409,
  [AssessmentErrorCode.NOT_ADMITTED]: 403,
};

/**
 * Files of transfer assignments. Uploads are streamed, type-checked from their bytes and cut off at
 * the size limit (see @koko/api/core/storage); downloads are checked per request.
 */
@Controller('api')
@UseFilters(UploadExceptionFilter)
export class AttemptFilesController {
  constructor(
    private readonly files: AttemptFilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  @Public()
  @Post('attempts/:id/files')
  @HttpCode(201)
  upload(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Headers('x-koko-upload') marker: string | undefined, @Req() req: Request, @Res() res: Response) {
    return this.receive('submission', id, viewer, marker, req, res);
  }

  @Public()
  @Post('attempts/:id/feedback-files')
  @HttpCode(201)
  uploadFeedback(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Headers('x-koko-upload') marker: string | undefined, @Req() req: Request, @Res() res: Response) {
    return this.receive('feedback', id, viewer, marker, req, res);
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
      if (kind?.previewable && req.query['inline'] === '1') res.setHeader('Content-Disposition', res.getHeader('Content-Disposition')!.toString().replace(/^attachment/, 'inline'));
      stream.pipe(res);
    } catch (error) {
      this.fail(error, req, res);
    }
  }

  private async receive(purpose: FilePurpose, id: string, viewer: AuthUser | undefined, marker: string | undefined, req: Request, res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    // A header a cross-site form cannot set: uploads come only from our own pages.
    if (marker !== '1') return void res.status(400).json({ code: 'BAD_REQUEST', message: 'x-koko-upload header missing' });
    try {
      await this.files.assertCanAttach(viewer, id, purpose);
      const upload = await readUpload(req, { storage: this.storage, maxBytes: this.config.uploads.maxBytes, allowed: ALL_FILE_KINDS });
      const row = await this.files.record(viewer, id, purpose, upload);
      res.status(201).json({ id: row.id, displayName: row.displayName, contentType: row.contentType, sizeBytes: row.sizeBytes, downloadUrl: row.downloadUrl });
    } catch (error) {
      // Let the body drain so the browser receives the answer.
      if (!req.readableEnded) req.resume();
      this.fail(error, req, res);
    }
  }

  private fail(error: unknown, req: Request, res: Response): void {
    if (!(error instanceof AssessmentException)) throw error;
    if (res.headersSent) return;
    res.status(STATUS[error.code] ?? 400).json({ code: error.code, message: assessmentMessage(error, requestLocale(req)) });
  }
}
