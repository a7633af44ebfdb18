import type { ModuleFormat, MunicipalityKind } from '@koko/web/catalogue/data-access';
import type { TranslationKey } from '@koko/web/shared/util';

export const MODULE_FORMATS: readonly ModuleFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];

export function formatKey(format: ModuleFormat): TranslationKey {
  return `catalogue.format.${format}`;
}

export function kindKey(kind: MunicipalityKind): TranslationKey {
  return `catalogue.kind.${kind}`;
}
