/** What kind of local authority a municipality is. */
export enum MunicipalityKind {
  KREISFREIE_STADT = 'kreisfreie_stadt',
  KREIS = 'kreis',
  KREISANGEHOERIGE_GEMEINDE = 'kreisangehoerige_gemeinde',
}

export enum Regierungsbezirk {
  ARNSBERG = 'Arnsberg',
  DETMOLD = 'Detmold',
  DUESSELDORF = 'Düsseldorf',
  KOELN = 'Köln',
  MUENSTER = 'Münster',
}

/** The labels used in the official list and in CSV files. */
export const KIND_LABELS: Record<string, MunicipalityKind> = {
  'kreisfreie stadt': MunicipalityKind.KREISFREIE_STADT,
  kreis: MunicipalityKind.KREIS,
  'kreisangehörige gemeinde': MunicipalityKind.KREISANGEHOERIGE_GEMEINDE,
  'kreisangehörige stadt': MunicipalityKind.KREISANGEHOERIGE_GEMEINDE,
  'kreisangehörige stadt/gemeinde': MunicipalityKind.KREISANGEHOERIGE_GEMEINDE,
};
