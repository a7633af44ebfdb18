import type { AchievementInput } from '@koko/api/credentials';
import { formatCertificateLongDate } from '@koko/api/core/documents';

const PROGRAMME = 'KoKo II – Kommunales Konfliktmanagement fördern';
const FORMATS = { online: 'online', in_person: 'in Präsenz', hybrid: 'hybrid (in Präsenz und online)' } as const;

/**
 * What the Open Badges credential of a Teilnahmebescheinigung says: attendance of one event of the
 * programme (title, topic, day, format), confirmed by the check-in. OB 3.0 has no "attendance" type;
 * `CertificateOfCompletion` is the closest (the event was attended to its end).
 */
export function attendanceAchievement(input: {
  event: { id: string; title: string; topic: string; startsAt: Date; format: keyof typeof FORMATS };
  number: string;
  verificationUrl: string;
  holderEmail: string;
  printedName: string;
  issuedAt: Date;
}): AchievementInput {
  const day = formatCertificateLongDate(input.event.startsAt, 'de', 'Europe/Berlin');
  return {
    achievementKey: `koko-vernetzung/${input.event.id}`,
    achievementName: `Teilnahme: ${input.event.title}`,
    achievementDescription: `Teilnahmebescheinigung für die Veranstaltung „${input.event.title}“ (Thema: ${input.event.topic}) im Programm „${PROGRAMME}“ der Hochschule Niederrhein.`,
    criteriaNarrative: `Teilnahme an der Veranstaltung am ${day} (${FORMATS[input.event.format]}), bestätigt durch den Check-in.`,
    achievementType: 'CertificateOfCompletion',
    documentNumber: input.number,
    verificationUrl: input.verificationUrl,
    holderEmail: input.holderEmail,
    printedName: input.printedName,
    validFrom: input.issuedAt,
  };
}
