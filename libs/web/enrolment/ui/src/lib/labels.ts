import type { TranslationKey } from '@koko/web/shared/util';

/** The API's enrolment states (same strings as the generated `EnrolmentState`). */
export type EnrolmentStateName = 'APPLIED' | 'ADMITTED' | 'WAITLISTED' | 'DECLINED' | 'COMPLETED' | 'WITHDRAWN';

/** The API's municipality kinds (same strings as the generated `MunicipalityKind`). */
export type MunicipalityKindName = 'KREIS' | 'KREISFREIE_STADT' | 'KREISANGEHOERIGE_GEMEINDE';

export function enrolmentStateKey(state: EnrolmentStateName): TranslationKey {
  return `enrolment.state.${state}`;
}

export function municipalityKindKey(kind: MunicipalityKindName): TranslationKey {
  return `enrolment.municipalityKind.${kind}`;
}
