import { Controller, Get, Inject, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import { FILE_STORAGE, FileStorage } from '@koko/api/core/storage';
import { CredentialDocumentKind, CredentialsService } from '@koko/api/credentials';
import { CertificateDownloadedEvent, CertificateEvents, Role } from '@koko/shared';
import archiver from 'archiver';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Certificate, CertificateState } from '../certificate.entity';

/** The stored PDFs: exactly the bytes issued. Holders get their own; admins any, and a cohort's as one ZIP. */
@Controller('api')
export class CertificateFilesController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    private readonly events: EventEmitter2,
    private readonly credentials: CredentialsService,
  ) {}

  /** The signed Open Badges 3.0 credential, exactly as issued (holder and admins, like the PDF). */
  @Public()
  @Get('certificates/:id/credential.json')
  async credential(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Res() res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    const certificate = await this.db.manager.findOneBy(Certificate, { id });
    const admin = viewer.roles.includes(Role.ADMIN);
    if (!certificate || (!admin && certificate.userId !== viewer.id)) return void res.status(404).json({ code: 'CERTIFICATE_NOT_FOUND' });
    const issued = await this.credentials.forDocument(CredentialDocumentKind.CERTIFICATE, certificate.id);
    if (!issued) return void res.status(404).json({ code: 'CREDENTIAL_NOT_FOUND' });
    res.status(200);
    res.attachment(`Zertifikat-${certificate.number}.credential.json`);
    res.setHeader('Content-Type', 'application/ld+json; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(JSON.stringify(issued.credential, null, 2));
  }

  @Public()
  @Get('certificates/:id.pdf')
  async pdf(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() viewer: AuthUser | undefined, @Res() res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    const certificate = await this.db.manager.findOneBy(Certificate, { id });
    const admin = viewer.roles.includes(Role.ADMIN);
    if (!certificate || (!admin && certificate.userId !== viewer.id)) return void res.status(404).json({ code: 'CERTIFICATE_NOT_FOUND' });
    if (admin && certificate.userId !== viewer.id) await this.audit(viewer, certificate.cohortId, [certificate], 'pdf');
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Length', String(certificate.sizeBytes));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.attachment(`Zertifikat-${certificate.number}.pdf`);
    (await this.storage.get(certificate.storageKey)).pipe(res);
  }

  /** Every valid certificate of a cohort as one ZIP, streamed file by file (never held in memory). */
  @Public()
  @Get('cohorts/:id/certificates.zip')
  async zip(@Param('id', ParseUUIDPipe) cohortId: string, @CurrentUser() viewer: AuthUser | undefined, @Res() res: Response): Promise<void> {
    if (!viewer) return void res.status(401).json({ code: 'UNAUTHENTICATED' });
    if (!viewer.roles.includes(Role.ADMIN)) return void res.status(403).json({ code: 'FORBIDDEN' });
    const certificates = await this.db.manager.find(Certificate, { where: { cohortId, state: CertificateState.VALID }, order: { number: 'ASC' } });
    await this.audit(viewer, cohortId, certificates, 'zip');
    res.status(200);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Cache-Control', 'private, no-store');
    res.attachment('Zertifikate.zip');
    const archive = archiver('zip', { store: true });
    archive.on('error', () => res.destroy());
    archive.pipe(res);
    for (const c of certificates) {
      archive.append(await this.storage.get(c.storageKey), { name: `${c.number}-${c.printedName.replace(/[^\p{L}\p{N} -]/gu, '').replace(/\s+/g, '_')}.pdf` });
    }
    await archive.finalize();
  }

  private async audit(viewer: AuthUser, cohortId: string | null, certificates: Certificate[], kind: 'pdf' | 'zip'): Promise<void> {
    await this.db.transaction(async (m) => {
      const holderId = kind === 'pdf' && certificates.length === 1 ? certificates[0].userId : null;
      const payload: CertificateDownloadedEvent = { actorId: viewer.id, cohortId, certificateIds: certificates.map((c) => c.id), holderId, kind };
      await this.events.emitAsync(CertificateEvents.Downloaded, { payload, manager: m });
    });
  }
}
