import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import type { Response } from 'express';
import { CounsellingException } from '../counselling.exception';
import { CounsellingAppointmentsService } from './appointments.service';

/** One appointment as an .ics file for signed-in people who may see its request. */
@Controller('api/counselling/appointments')
export class CounsellingAppointmentCalendarController {
  constructor(private readonly appointments: CounsellingAppointmentsService) {}

  @Public()
  @Get(':id.ics')
  async one(@Param('id', ParseUUIDPipe) id: string, @Query('lang') lang: string | undefined, @CurrentUser() viewer: AuthUser | undefined, @Res() res: Response): Promise<void> {
    if (!viewer) {
      res.status(401).type('text/plain').send('Bitte melden Sie sich an. / Please sign in.');
      return;
    }
    try {
      const ics = await this.appointments.download(viewer, id, lang === 'en' ? 'en' : 'de');
      res.status(200).type('text/calendar; charset=utf-8').setHeader('Cache-Control', 'private, no-store').setHeader('Content-Disposition', `attachment; filename="beratungstermin.ics"`).send(ics);
    } catch (error) {
      if (!(error instanceof CounsellingException)) throw error;
      res.status(404).type('text/plain').send('Nicht gefunden. / Not found.');
    }
  }
}
