import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import type { Response } from 'express';
import { DataExportService } from './data-export.service';

/** The ZIP of a data export, for its owner only: 401 without a session, 404 for anyone else's, an expired or unknown one. */
@Controller('api')
export class DataExportController {
  constructor(private readonly exports: DataExportService) {}

  @Public()
  @Get('data-exports/:id/download')
  async download(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Res() res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    const found = await this.exports.open(viewer.id, id);
    if (!found) return void res.status(404).json({ code: 'NOT_FOUND' });
    const day = (found.row.finishedAt ?? found.row.requestedAt).toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    if (found.row.sizeBytes) res.setHeader('Content-Length', found.row.sizeBytes);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.attachment(found.row.locale === 'de' ? `KoKo-Campus-Meine-Daten-${day}.zip` : `KoKo-Campus-My-data-${day}.zip`);
    found.content.pipe(res);
  }
}
