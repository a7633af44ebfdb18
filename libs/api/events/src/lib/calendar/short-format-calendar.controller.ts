import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { Public } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import type { Response } from 'express';
import { EventsException } from '../events.exception';
import { ShortFormatState } from '../short-format.entity';
import { ShortFormatService } from '../short-format.service';
import { shortFormatCalendar } from './short-format-ical';

/** Public iCal: one file per published event and a feed of all upcoming ones. */
@Controller('api/short-formats')
export class ShortFormatCalendarController {
  constructor(
    private readonly shortFormats: ShortFormatService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('feed.ics')
  async feed(@Res() res: Response): Promise<void> {
    const ics = shortFormatCalendar(await this.shortFormats.upcoming(), this.config.publicUrl);
    res.status(200).type('text/calendar; charset=utf-8').setHeader('Cache-Control', 'public, max-age=300').send(ics);
  }

  @Public()
  @Get(':id.ics')
  async one(@Param('id', ParseUUIDPipe) id: string, @Res() res: Response): Promise<void> {
    try {
      const event = await this.shortFormats.visible(id);
      if (event.state === ShortFormatState.DRAFT) throw new Error('unreachable: drafts are not visible');
      res.status(200).type('text/calendar; charset=utf-8').setHeader('Content-Disposition', `attachment; filename="koko-kurzformat.ics"`).send(shortFormatCalendar([event], this.config.publicUrl, event.title));
    } catch (error) {
      if (!(error instanceof EventsException)) throw error;
      res.status(404).type('text/plain').send('Nicht gefunden. / Not found.');
    }
  }
}
