import { sqlOne, sqlRows } from '@koko/api/core/database';
import { GraphQLClient, TestApp } from '@koko/api/testing';
import { Role } from '@koko/shared';
import { cohortHelpers, CREATE_MUNICIPALITY, startCohortsApp } from './support';

describe('cohorts', () => {
  let t: TestApp, admin: GraphQLClient;
  beforeAll(async () => ({ t, admin } = await startCohortsApp()));
  afterAll(() => t.close());
  const { signedIn } = cohortHelpers(() => ({ t, admin }));

  describe('createMunicipality', () => {
    const kreis = (key: string, over: Record<string, unknown> = {}) => ({
      key,
      name: `Kreis ${key}`,
      kind: 'KREIS',
      kreisKey: null,
      regierungsbezirk: 'Münster',
      hasIntegrationCentre: true,
      tookPartInKoko1: false,
      ...over,
    });

    it('creates a Kreis and a municipality in it', async () => {
      const { createMunicipality: k } = await admin.ok<{ createMunicipality: Record<string, unknown> }>(CREATE_MUNICIPALITY, { input: kreis('05566') });
      expect(k).toMatchObject({ key: '05566', name: 'Kreis 05566', kind: 'KREIS', kreisKey: null, regierungsbezirk: 'Münster', hasIntegrationCentre: true, tookPartInKoko1: false });
      const { createMunicipality: g } = await admin.ok<{ createMunicipality: Record<string, unknown> }>(CREATE_MUNICIPALITY, {
        input: kreis('05566004', { name: '  Emsdetten  ', kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: '05566', hasIntegrationCentre: false, tookPartInKoko1: true }),
      });
      expect(g).toMatchObject({ key: '05566004', name: 'Emsdetten', kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: '05566', hasIntegrationCentre: false, tookPartInKoko1: true });
      const { createMunicipality: s } = await admin.ok<{ createMunicipality: Record<string, unknown> }>(CREATE_MUNICIPALITY, {
        input: kreis('05515000', { name: 'Münster', kind: 'KREISFREIE_STADT' }),
      });
      expect(s).toMatchObject({ key: '05515000', kind: 'KREISFREIE_STADT', kreisKey: null });
    });

    it('refuses a taken key and invalid details, in the caller’s language, and creates nothing', async () => {
      await admin.ok(CREATE_MUNICIPALITY, { input: kreis('05570') });
      const count = async () => (await sqlOne<{ n: number }>(t.db, `SELECT count(*)::int AS n FROM municipalities`)).n;
      const before = await count();
      expect(await admin.error(CREATE_MUNICIPALITY, { input: kreis('05570', { name: 'Kreis Warendorf' }) })).toMatchObject({
        code: 'MUNICIPALITY_KEY_TAKEN',
        message: 'Es gibt bereits eine Kommune mit dem Schlüssel 05570.',
      });
      const invalid: Array<Record<string, unknown>> = [
        kreis('0557'), // too short
        kreis('06411'), // Hessen
        kreis('05570012', { kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: null }), // no Kreis
        kreis('05570012', { kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: '05566' }), // key does not match its Kreis
        kreis('05974012', { kind: 'KREISANGEHOERIGE_GEMEINDE', kreisKey: '05974' }), // Kreis unknown
        kreis('05571', { regierungsbezirk: 'Oberbayern' }),
        kreis('05572', { kreisKey: '05570' }), // a Kreis in a Kreis
      ];
      for (const input of invalid) {
        const error = await admin.error(CREATE_MUNICIPALITY, { input });
        expect({ input, code: error.code }).toEqual({ input, code: 'MUNICIPALITY_INVALID' });
        expect(error.message).toMatch(/^Die Angaben zur Kommune sind ungültig: /);
      }
      expect((await admin.error(CREATE_MUNICIPALITY, { input: kreis('0557') })).message).toBe(
        'Die Angaben zur Kommune sind ungültig: key: "0557" ist kein 5-stelliger Kreisschlüssel aus NRW',
      );
      const { client } = await signedIn([Role.ADMIN], 'en');
      expect(await client.error(CREATE_MUNICIPALITY, { input: kreis('0557') })).toMatchObject({
        code: 'MUNICIPALITY_INVALID',
        message: 'The municipality’s details are invalid: key: "0557" is not a 5-digit Kreis key of NRW',
      });
      expect(await client.error(CREATE_MUNICIPALITY, { input: kreis('05570') })).toMatchObject({
        code: 'MUNICIPALITY_KEY_TAKEN',
        message: 'A municipality with key 05570 already exists.',
      });
      expect(await count()).toBe(before);
    });

    it('refuses non-admins', async () => {
      for (const role of [Role.PARTICIPANT, Role.TRAINER]) {
        const { client } = await signedIn([role]);
        expect((await client.error(CREATE_MUNICIPALITY, { input: kreis('05758') })).code).toBe('FORBIDDEN');
      }
      expect(await sqlRows<{ id: string }>(t.db, `SELECT id FROM municipalities WHERE key = '05758'`)).toEqual([]);
    });
  });
});
