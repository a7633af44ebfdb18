import { Controller, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { FILE_STORAGE, FileRouteError, FileRoutes, FileStorage, UploadExceptionFilter } from '@koko/api/core/storage';
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

const describe: FileRouteError = (error, locale) =>
  error instanceof AssessmentException ? { status: STATUS[error.code] ?? 400, code: error.code, message: assessmentMessage(error, locale) } : undefined;

/**
 * Files of transfer assignments. Uploads are streamed, type-checked from their bytes and cut off at
 * the size limit (see @koko/api/core/storage); downloads are checked per request.
 */
@Controller('api')
@UseFilters(UploadExceptionFilter)
export class AttemptFilesController {
  private readonly routes: FileRoutes<AuthUser>;

  constructor(
    private readonly files: AttemptFilesService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(FILE_STORAGE) storage: FileStorage,
  ) {
    this.routes = new FileRoutes(storage, config.uploads.maxBytes, describe);
  }

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
  download(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.routes.download(req, res, viewer, (user) => this.files.open(user, id));
  }

  private receive(purpose: FilePurpose, id: string, viewer: AuthUser | undefined, marker: string | undefined, req: Request, res: Response): Promise<void> {
    return this.routes.upload(req, res, viewer, marker, {
      authorize: (user) => this.files.assertCanAttach(user, id, purpose),
      record: async (user, upload) => {
        const row = await this.files.record(user, id, purpose, upload);
        return { id: row.id, displayName: row.displayName, contentType: row.contentType, sizeBytes: row.sizeBytes, downloadUrl: row.downloadUrl };
      },
    });
  }
}
