import { berlinDay, berlinInstant } from '@koko/api/catalogue';
import { AuthUser } from '@koko/api/core/auth';
import { sqlRows } from '@koko/api/core/database';
import { FileKind, FileStorage, newStorageKey } from '@koko/api/core/storage';
import { CounsellingAppointmentsService, CounsellingFilesService, CounsellingFormat, CounsellingThreadService } from '@koko/api/counselling';
import { Locale, Role } from '@koko/shared';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { DEMO_ADVISOR } from './demo-counselling';
import { nextWorkingDay } from './working-days';

export interface DemoThreadServices {
  appointments: CounsellingAppointmentsService;
  thread: CounsellingThreadService;
  files: CounsellingFilesService;
  storage: FileStorage;
}

/** A one-page PDF with a few lines of text (Helvetica, WinAnsi): enough for a viewer to show. */
export function onePagePdf(lines: readonly string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 ${i ? 11 : 16} Tf 56 ${780 - i * 22} Td (${l.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * The ongoing demo request (Bielefeld, with the demo advisor) gets a thread and appointments: Anna
 * describes the situation and sends the invitation list as a PDF, the advisor answers and plans a
 * first online meeting and an on-site workshop (10:00 Berlin, two and seven working days ahead).
 * Through the real services (audited, mails with .ics). Skipped once the request has appointments.
 */
export async function seedDemoCounsellingThread(db: DataSource, services: DemoThreadServices, now = new Date()): Promise<boolean> {
  const [request] = await sqlRows<{ id: string; requester_id: string; appointments: number }>(
    db,
    `SELECT r.id, r.requester_id, (SELECT count(*)::int FROM counselling_appointments a WHERE a.request_id = r.id) AS appointments
       FROM counselling_requests r JOIN users u ON u.id = r.requester_id
      WHERE u.email = 'anna.mueller@bielefeld.example' AND r.status = 'in_progress' ORDER BY r.created_at LIMIT 1`,
  );
  const [advisorRow] = await sqlRows<{ id: string; roles: Role[] }>(db, `SELECT id, roles FROM users WHERE email = $1`, [DEMO_ADVISOR]);
  if (!request || request.appointments > 0 || !advisorRow) return false;
  const anna: AuthUser = { id: request.requester_id, sessionId: 'demo-seed', email: 'anna.mueller@bielefeld.example', roles: [Role.PARTICIPANT], locale: Locale.DE };
  const advisor: AuthUser = { id: advisorRow.id, sessionId: 'demo-seed', email: DEMO_ADVISOR, roles: advisorRow.roles, locale: Locale.DE };

  const pdf = onePagePdf(['Jugendtreff Sennestadt: Einladungsliste', '1. Jugendamt, Abteilung Offene Kinder- und Jugendarbeit', '2. Quartiersmanagement Sennestadt', '3. Traegerverein des Jugendtreffs', '4. Sprecher:innen beider Gruppen']);
  const key = newStorageKey(now);
  const stored = await services.storage.put(key, Readable.from(pdf));
  const file = await services.files.record(anna, request.id, { key, displayName: 'Einladungsliste-Jugendtreff.pdf', kind: FileKind.PDF, contentType: 'application/pdf', ...stored });
  await services.thread.post(anna, {
    requestId: request.id,
    body: 'Anbei unsere Liste, wen wir zum moderierten Gespräch einladen möchten. Fehlt aus Ihrer Sicht jemand?',
    confidential: false,
    fileIds: [file.id],
  });
  await services.thread.post(advisor, {
    requestId: request.id,
    body: 'Vielen Dank, die Liste ist ein guter Anfang. Ich schlage vor, dass wir sie in einem ersten Online-Termin durchgehen; danach planen wir den Workshop vor Ort.',
    confidential: false,
    fileIds: [],
  });
  /** 10:00 in Berlin on the `n`-th NRW working day after today. */
  const at10 = (n: number) => {
    let day = berlinDay(now);
    for (let i = 0; i < n; i++) day = nextWorkingDay(day);
    return berlinInstant(day, '10:00');
  };
  await services.appointments.plan(advisor, { requestId: request.id, startsAt: at10(2), durationMinutes: 60, format: CounsellingFormat.ONLINE, location: 'https://meet.koko-campus.example/sennestadt' });
  await services.appointments.plan(advisor, { requestId: request.id, startsAt: at10(7), durationMinutes: 180, format: CounsellingFormat.ON_SITE, location: 'Jugendtreff Sennestadt, Elbeallee 70, Bielefeld' });
  return true;
}
