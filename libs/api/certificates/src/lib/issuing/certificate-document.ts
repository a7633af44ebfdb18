import { berlinDay, Cohort, CohortSession, ProgrammeModule } from '@koko/api/catalogue';
import { AppConfig } from '@koko/api/core/config';
import type { AchievementInput } from '@koko/api/credentials';
import { EntityManager } from 'typeorm';
import { CertificateDocument } from '../certificate.entity';
import { CERTIFICATE_TITLE_TEXT, CertificateTitle, WebRoute, webUrl } from '@koko/shared';

const PROGRAMME_TITLE = 'KoKo II – Kommunales Konfliktmanagement fördern';
const ISSUER = 'Hochschule Niederrhein';


/**
 * The facts printed on a certificate, read once at issue and stored with it: the programme's modules
 * with the days they ran in the cohort and their hours.
 */
export async function certificateDocument(
  m: EntityManager,
  config: AppConfig,
  input: { cohortId: string; printedName: string; title: CertificateTitle; issuedAt: Date; verificationCode: string },
): Promise<CertificateDocument> {
  const [modules, sessions, cohort] = await Promise.all([
    m.find(ProgrammeModule, { order: { position: 'ASC' } }),
    m.find(CohortSession, { where: { cohortId: input.cohortId }, order: { startsAt: 'ASC' } }),
    m.findOneByOrFail(Cohort, { id: input.cohortId }),
  ]);
  return {
    printedName: input.printedName,
    programmeTitle: PROGRAMME_TITLE,
    certificateTitle: CERTIFICATE_TITLE_TEXT[input.title],
    issuer: ISSUER,
    issuedOn: berlinDay(input.issuedAt),
    modules: modules.map((mod) => {
      const own = sessions.filter((s) => s.moduleId === mod.id);
      // A module "ran" on its sessions' days; without sessions, the cohort's end.
      const last = own.length ? berlinDay(own[own.length - 1].endsAt) : cohort.endsOn;
      return { position: mod.position, title: mod.title, workloadHours: mod.workloadHours, completedOn: last, firstDay: own.length ? berlinDay(own[0].startsAt) : last };
    }),
    totalWorkloadHours: modules.reduce((sum, mod) => sum + mod.workloadHours, 0),
    signatories: config.certificates.signatories,
    verificationUrl: webUrl(config.publicUrl, WebRoute.VERIFY_CERTIFICATE, { code: input.verificationCode }),
  };
}

/** "12.03.2026" or "12.03.–13.03.2026" from two YYYY-MM-DD days. */
export function moduleDates(first: string, last: string): string {
  const de = (d: string) => `${d.slice(8, 10)}.${d.slice(5, 7)}.`;
  return first === last ? `${de(last)}${last.slice(0, 4)}` : `${de(first)}–${de(last)}${last.slice(0, 4)}`;
}

/**
 * What the Open Badges credential says about a certificate: the printed title as the achievement,
 * the five modules with their hours as criteria, the printed name and number.
 */
export function certificateAchievement(document: CertificateDocument, input: { number: string; holderEmail: string; issuedAt: Date }): AchievementInput {
  const modules = document.modules.map((mod) => `${mod.position}. ${mod.title} (${mod.workloadHours} Stunden)`).join('; ');
  return {
    achievementKey: 'koko-konfliktmanagement',
    achievementName: document.certificateTitle,
    achievementDescription: `Zertifikat der Weiterbildung „${document.programmeTitle}“ der ${document.issuer}.`,
    criteriaNarrative: `Erfolgreicher Abschluss aller ${document.modules.length} Module der Weiterbildung „${document.programmeTitle}“ mit insgesamt ${document.totalWorkloadHours} Stunden Workload: ${modules}.`,
    achievementType: 'Certificate',
    documentNumber: input.number,
    verificationUrl: document.verificationUrl,
    holderEmail: input.holderEmail,
    printedName: document.printedName,
    validFrom: input.issuedAt,
  };
}
