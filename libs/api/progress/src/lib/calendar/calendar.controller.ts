import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import type { Response } from 'express';
import { ProgressException } from '../progress.exception';
import { CalendarService } from './calendar.service';

/** iCal files: one per cohort (signed in) and a personal subscription feed (secret URL, no session). */
@Controller('api/calendar')
export class CalendarController {
  constructor(private readonly calendars: CalendarService) {}

  @Public()
  @Get('cohorts/:id.ics')
  async cohort(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Res() res: Response): Promise<void> {
    if (!viewer) {
      res.status(401).type('text/plain').send('Bitte melden Sie sich an. / Please sign in.');
      return;
    }
    try {
      const { ics } = await this.calendars.feedForCohort(viewer, id);
      res.status(200).type('text/calendar; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="koko-termine.ics"`).send(ics);
    } catch (error) {
      if (!(error instanceof ProgressException)) throw error;
      const status = error.code === 'FORBIDDEN' ? 403 : 404;
      res.status(status).type('text/plain').send(status === 403 ? 'Kein Zugriff. / Access denied.' : 'Nicht gefunden. / Not found.');
    }
  }

  @Public()
  @Get(':token.ics')
  async subscription(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const ics = await this.calendars.feedForToken(token);
    if (!ics) {
      res.status(404).type('text/plain').send('Nicht gefunden. / Not found.');
      return;
    }
    res.status(200).type('text/calendar; charset=utf-8').setHeader('Cache-Control', 'private, max-age=300').send(ics);
  }
}
