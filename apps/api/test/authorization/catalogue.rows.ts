import { Role } from '@koko/shared';
import { randomUUID } from 'node:crypto';
import { cohortDates, sessionTimes, Row } from './matrix';

/** Catalogue: municipalities, programme modules, cohorts and sessions. */
export const CATALOGUE_ROWS: Row[] = [
  // Catalogue
  {
    operation: 'municipalities',
    kind: 'query',
    document: `query { municipalities(limit: 5) { total items { key } } }`,
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'importMunicipalities',
    kind: 'mutation',
    document: `mutation($input: ImportMunicipalitiesInput!) { importMunicipalities(input: $input) { ok } }`,
    variables: () => ({ input: { fileBase64: Buffer.from('key;name\n').toString('base64') } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'updateMunicipality',
    kind: 'mutation',
    document: `mutation($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { id } }`,
    variables: () => ({ input: { id: randomUUID(), name: 'Kleve', hasIntegrationCentre: true, tookPartInKoko1: false } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'MUNICIPALITY_NOT_FOUND',
  },
  {
    operation: 'createMunicipality',
    kind: 'mutation',
    document: `mutation($input: CreateMunicipalityInput!) { createMunicipality(input: $input) { id } }`,
    variables: () => ({
      input: { key: '05999', name: 'Kreis Matrix', kind: 'KREIS', kreisKey: null, regierungsbezirk: 'Köln', hasIntegrationCentre: false, tookPartInKoko1: false },
    }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  // Programme and cohorts
  {
    operation: 'programmeModules',
    kind: 'query',
    document: `{ programmeModules { id position } }`,
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'updateProgrammeModule',
    kind: 'mutation',
    document: `mutation($input: UpdateProgrammeModuleInput!) { updateProgrammeModule(input: $input) { id } }`,
    variables: () => ({ input: { position: 6, title: 'Ein sechstes Modul', learningOutcomes: '', workloadHours: 8, format: 'ONLINE', assignmentBrief: '' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'MODULE_POSITION_INVALID',
  },
  {
    operation: 'cohorts',
    kind: 'query',
    document: `query { cohorts(limit: 5) { total items { id } } }`,
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'data',
  },
  {
    operation: 'cohort',
    kind: 'query',
    document: `query($id: ID!) { cohort(id: $id) { id } }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN, Role.TRAINER],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'openCohorts',
    kind: 'query',
    document: `{ openCohorts { id sessions { onlineUrl } } }`,
    audience: 'anonymous',
    allowedOutcome: 'data',
  },
  {
    operation: 'createCohort',
    kind: 'mutation',
    document: `mutation($input: CohortInput!) { createCohort(input: $input) { id } }`,
    variables: () => ({ input: { ...cohortDates, name: `Matrix ${randomUUID()}`, capacity: 20 } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'data',
  },
  {
    operation: 'updateCohort',
    kind: 'mutation',
    document: `mutation($input: UpdateCohortInput!) { updateCohort(input: $input) { id } }`,
    variables: () => ({ input: { ...cohortDates, id: randomUUID(), name: 'Matrix', capacity: 20 } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'updateCohortModule',
    kind: 'mutation',
    document: `mutation($input: UpdateCohortModuleInput!) { updateCohortModule(input: $input) { cohortId } }`,
    variables: () => ({ input: { cohortId: randomUUID(), moduleId: randomUUID(), assignmentDueAt: null, minAttendancePercent: 80 } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'MODULE_NOT_FOUND',
  },
  {
    operation: 'addSession',
    kind: 'mutation',
    document: `mutation($input: SessionInput!) { addSession(input: $input) { id } }`,
    variables: () => ({ input: { ...sessionTimes, cohortId: randomUUID(), moduleId: randomUUID(), location: 'Kleve' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'COHORT_NOT_FOUND',
  },
  {
    operation: 'updateSession',
    kind: 'mutation',
    document: `mutation($input: UpdateSessionInput!) { updateSession(input: $input) { id } }`,
    variables: () => ({ input: { ...sessionTimes, id: randomUUID(), cohortId: randomUUID(), moduleId: randomUUID(), location: 'Kleve' } }),
    audience: [Role.ADMIN],
    allowedOutcome: 'SESSION_NOT_FOUND',
  },
  {
    operation: 'deleteSession',
    kind: 'mutation',
    document: `mutation($id: ID!) { deleteSession(id: $id) }`,
    variables: () => ({ id: randomUUID() }),
    audience: [Role.ADMIN],
    allowedOutcome: 'SESSION_NOT_FOUND',
  },
];
