import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import { Role } from '@koko/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Registration } from '../registration/registration.entity';
import { AttendanceConfirmation } from './attendance-confirmation.entity';
import { AttendanceConfirmationService } from './attendance-confirmation.service';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * The stored Teilnahmebescheinigung, exactly the bytes issued: through the personal link (people
 * without an account), or signed in by its holder or an organiser. Reading changes nothing.
 */
@Controller('api/short-formats')
export class AttendanceConfirmationFilesController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly confirmations: AttendanceConfirmationService,
  ) {}

  @Public()
  @Get('registrations/:token/attendance-confirmation.pdf')
  async byLink(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const registration = TOKEN.test(token) ? await this.db.manager.findOneBy(Registration, { token }) : null;
    const confirmation = registration && !registration.anonymisedAt ? await this.confirmations.forRegistration(registration.id) : null;
    if (!confirmation) return void res.status(404).json({ code: 'ATTENDANCE_CONFIRMATION_NOT_FOUND' });
    await this.send(confirmation, res);
  }

  @Public()
  @Get('attendance-confirmations/:id.pdf')
  async byId(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Res() res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    const confirmation = await this.confirmations.byId(id);
    const allowed = !!confirmation && (viewer.roles.includes(Role.ADMIN) || (confirmation.userId !== null && confirmation.userId === viewer.id));
    if (!confirmation || !allowed) return void res.status(404).json({ code: 'ATTENDANCE_CONFIRMATION_NOT_FOUND' });
    await this.send(confirmation, res);
  }

  private async send(confirmation: AttendanceConfirmation, res: Response): Promise<void> {
    const file = await this.confirmations.file(confirmation);
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(confirmation.sizeBytes));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.attachment(`Teilnahmebescheinigung-${confirmation.number}.pdf`);
    file.pipe(res);
  }
}
