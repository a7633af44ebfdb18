import { sqlOne } from '@koko/api/core/database';
import { DataSource } from 'typeorm';

export interface MunicipalityOverrides {
  key: string;
  name: string;
  kind: 'kreis' | 'kreisfreie_stadt' | 'kreisangehoerige_gemeinde';
  kreisKey: string | null;
  regierungsbezirk: string;
  hasIntegrationCentre: boolean;
}

/**
 * A municipality, found by its key or inserted (test databases start without the NRW list). An
 * existing row with the key is returned as it is. Default: Kleve, with its Kreis.
 */
export async function createMunicipality(db: DataSource, overrides: Partial<MunicipalityOverrides> = {}): Promise<{ id: string }> {
  const m: MunicipalityOverrides = {
    key: '05154036',
    name: 'Kleve',
    kind: 'kreisangehoerige_gemeinde',
    kreisKey: '05154',
    regierungsbezirk: 'Düsseldorf',
    hasIntegrationCentre: false,
    ...overrides,
  };
  if (m.kreisKey) await createMunicipality(db, { key: m.kreisKey, name: `Kreis ${m.name}`, kind: 'kreis', kreisKey: null, regierungsbezirk: m.regierungsbezirk });
  const row = await sqlOne<{ id: string }>(
    db,
    `INSERT INTO municipalities (key, name, kind, kreis_key, regierungsbezirk, has_integration_centre) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (key) DO UPDATE SET name = municipalities.name RETURNING id`,
    [m.key, m.name, m.kind, m.kreisKey, m.regierungsbezirk, m.hasIntegrationCentre],
  );
  return { id: row.id };
}
