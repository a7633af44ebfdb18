import { Controller, Get, Param, Res } from '@nestjs/common';
import { Public } from '@koko/api/core/auth';
import type { Response } from 'express';
import { toBuffer } from 'qrcode';

/**
 * The QR code of a registrant's check-in token, as the confirmation mail and the personal link's page
 * show it. The image holds the random token only (no personal data); reading it changes nothing, and
 * the token itself only lets an organiser record the attendance.
 */
@Controller('api/short-formats/check-in')
export class CheckInQrController {
  @Public()
  @Get(':token.png')
  async qr(@Param('token') token: string, @Res() res: Response): Promise<void> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) {
      res.status(404).type('text/plain').send('Nicht gefunden. / Not found.');
      return;
    }
    const png = await toBuffer(token, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 240 });
    res.status(200).type('image/png').setHeader('Cache-Control', 'private, max-age=86400').send(png);
  }
}
