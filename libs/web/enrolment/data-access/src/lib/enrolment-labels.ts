import type { EnrolmentDecision, EnrolmentState, Locale } from '@koko/web/shared/data-access-graphql';
import type { TranslationKey } from '@koko/web/shared/util';

export const ENROLMENT_STATES: readonly EnrolmentState[] = ['APPLIED', 'WAITLISTED', 'ADMITTED', 'DECLINED', 'COMPLETED', 'WITHDRAWN'];

/** The bulk decisions in the order the admin page offers them. */
export const ENROLMENT_DECISIONS: readonly EnrolmentDecision[] = ['ADMIT', 'WAITLIST', 'DECLINE', 'COMPLETE', 'WITHDRAW'];

/** Decisions that end an application or a participation for good; the dialog marks them as destructive. */
export const FINAL_DECISIONS: ReadonlySet<EnrolmentDecision> = new Set<EnrolmentDecision>(['DECLINE', 'WITHDRAW']);

export const APPLICANT_LOCALES: readonly Locale[] = ['DE', 'EN'];

export function decisionKey(decision: EnrolmentDecision): TranslationKey {
  return `enrolment.decision.${decision}`;
}

export function localeNameKey(locale: Locale): TranslationKey {
  return `enrolment.locale.${locale}`;
}

/** Only admitted participants can leave a cohort themselves. */
export function canWithdraw(state: EnrolmentState): boolean {
  return state === 'ADMITTED';
}
