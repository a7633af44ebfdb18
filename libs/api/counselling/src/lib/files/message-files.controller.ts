import { Controller, Delete, Get, Headers, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { translatedError } from '@koko/api/core/graphql';
import { FILE_STORAGE, FileRouteError, FileRoutes, FileStorage, UploadExceptionFilter } from '@koko/api/core/storage';
import type { Request, Response } from 'express';
import { CounsellingErrorCode, CounsellingException, messageFor } from '../counselling.exception';
import { CounsellingFilesService } from './message-files.service';

const STATUS: Partial<Record<CounsellingErrorCode, number>> = {
  [CounsellingErrorCode.COUNSELLING_REQUEST_NOT_FOUND]: 404,
  [CounsellingErrorCode.FILE_NOT_FOUND]: 404,
  [CounsellingErrorCode.TOO_MANY_FILES]: 409,
  [CounsellingErrorCode.REQUEST_FINISHED]: 409,
};

const describe: FileRouteError = (error, locale) =>
  error instanceof CounsellingException
    ? { status: STATUS[error.code] ?? 400, code: error.code, message: translatedError(error.code, messageFor(error.code), locale, error.params).message }
    : undefined;

/**
 * Files in a counselling thread: uploads streamed, type-checked from their bytes and cut off at the
 * size limit exactly like assignment files (@koko/api/core/storage); downloads checked per request.
 */
@Controller('api/counselling')
@UseFilters(UploadExceptionFilter)
export class CounsellingFilesController {
  private readonly routes: FileRoutes<AuthUser>;

  constructor(
    private readonly files: CounsellingFilesService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(FILE_STORAGE) storage: FileStorage,
  ) {
    this.routes = new FileRoutes(storage, config.uploads.maxBytes, describe);
  }

  @Public()
  @Post('requests/:id/files')
  @HttpCode(201)
  upload(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Headers('x-koko-upload') marker: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.routes.upload(req, res, viewer, marker, {
      authorize: (user) => this.files.assertCanUpload(user, id),
      record: (user, upload) => this.files.record(user, id, upload),
    });
  }

  @Public()
  @Get('files/:id')
  download(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.routes.download(req, res, viewer, (user) => this.files.open(user, id));
  }

  @Public()
  @Delete('files/:id')
  discard(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.routes.act(req, res, viewer, (user) => this.files.discard(user, id));
  }
}
