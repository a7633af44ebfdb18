import type { ModuleStatus } from '@koko/web/shared/data-access-graphql';
import { filterAndSortMatrix, type MatrixFilter, type MatrixRowLike } from './progress-matrix';

function row(name: string, municipality: string, overallPercent: number, statuses: ModuleStatus[]): MatrixRowLike {
  return {
    overallPercent,
    enrolment: { participant: { displayName: name }, municipality: { name: municipality } },
    modules: statuses.map((status, i) => ({ position: i + 1, status })),
  };
}

const rows = [
  row('Zoë Yılmaz', 'Köln', 40, ['COMPLETE', 'IN_PROGRESS', 'NOT_STARTED']),
  row('Anna Müller', 'Bielefeld', 70, ['COMPLETE', 'COMPLETE', 'IN_PROGRESS']),
  row('Ömer Demir', 'Bielefeld', 10, ['IN_PROGRESS', 'NOT_STARTED', 'NOT_STARTED']),
];
const base: MatrixFilter = { text: '', module: 'any', status: 'all', sort: 'name', locale: 'de-DE' };
const names = (result: MatrixRowLike[]) => result.map((r) => r.enrolment.participant.displayName);

describe('filterAndSortMatrix', () => {
  it('sorts by name in the UI locale (umlauts with their base letter)', () => {
    expect(names(filterAndSortMatrix(rows, base))).toEqual(['Anna Müller', 'Ömer Demir', 'Zoë Yılmaz']);
  });

  it('sorts Turkish and Polish letters with their base letter in German and English: Ağa before Ayşe', () => {
    const more = [row('Ayşe Yılmaz', 'Köln', 0, []), row('Łukasz Żółć', 'Kleve', 0, []), row('Ağa Çelik', 'Duisburg', 0, []), row('Lena Zimmer', 'Kleve', 0, [])];
    for (const locale of ['de-DE', 'en-GB']) {
      expect(names(filterAndSortMatrix(more, { ...base, locale }))).toEqual(['Ağa Çelik', 'Ayşe Yılmaz', 'Lena Zimmer', 'Łukasz Żółć']);
    }
  });

  it('sorts by progress, ties by name', () => {
    expect(names(filterAndSortMatrix(rows, { ...base, sort: 'progressDesc' }))).toEqual(['Anna Müller', 'Zoë Yılmaz', 'Ömer Demir']);
    expect(names(filterAndSortMatrix(rows, { ...base, sort: 'progressAsc' }))).toEqual(['Ömer Demir', 'Zoë Yılmaz', 'Anna Müller']);
  });

  it('filters by name or municipality, case-insensitively', () => {
    expect(names(filterAndSortMatrix(rows, { ...base, text: 'bielef' }))).toEqual(['Anna Müller', 'Ömer Demir']);
    expect(names(filterAndSortMatrix(rows, { ...base, text: 'ZOË' }))).toEqual(['Zoë Yılmaz']);
  });

  it('filters by the status of one module or of any module', () => {
    expect(names(filterAndSortMatrix(rows, { ...base, module: 2, status: 'COMPLETE' }))).toEqual(['Anna Müller']);
    expect(names(filterAndSortMatrix(rows, { ...base, module: 1, status: 'INCOMPLETE' }))).toEqual(['Ömer Demir']);
    expect(names(filterAndSortMatrix(rows, { ...base, module: 'any', status: 'NOT_STARTED' }))).toEqual(['Ömer Demir', 'Zoë Yılmaz']);
  });

  it('does not reorder its input', () => {
    const input = [...rows];
    filterAndSortMatrix(input, { ...base, sort: 'progressAsc' });
    expect(input).toEqual(rows);
  });
});
