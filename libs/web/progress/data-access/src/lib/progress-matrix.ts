import type { ModuleStatus } from '@koko/web/shared/data-access-graphql';

export type MatrixSort = 'name' | 'progressDesc' | 'progressAsc';
/** A module's position (1–5), or any module. */
export type MatrixModuleFilter = number | 'any';
export type MatrixStatusFilter = ModuleStatus | 'INCOMPLETE' | 'all';

export interface MatrixRowLike {
  overallPercent: number;
  enrolment: { participant: { displayName: string }; municipality: { name: string } };
  modules: readonly { position: number; status: ModuleStatus }[];
}

export interface MatrixFilter {
  text: string;
  module: MatrixModuleFilter;
  status: MatrixStatusFilter;
  sort: MatrixSort;
  locale: string;
}

function statusMatches(status: ModuleStatus, filter: MatrixStatusFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'INCOMPLETE') return status !== 'COMPLETE';
  return status === filter;
}

/** Filters by name or municipality and by a module's status, then sorts; the input stays untouched. */
export function filterAndSortMatrix<R extends MatrixRowLike>(rows: readonly R[], filter: MatrixFilter): R[] {
  const needle = filter.text.trim().toLocaleLowerCase(filter.locale);
  const byName = (a: R, b: R) =>
    a.enrolment.participant.displayName.localeCompare(b.enrolment.participant.displayName, filter.locale, { sensitivity: 'base' });
  const matching = rows.filter((row) => {
    if (needle) {
      const haystack = `${row.enrolment.participant.displayName} ${row.enrolment.municipality.name}`.toLocaleLowerCase(filter.locale);
      if (!haystack.includes(needle)) return false;
    }
    if (filter.status === 'all') return true;
    const modules = filter.module === 'any' ? row.modules : row.modules.filter((m) => m.position === filter.module);
    return modules.some((m) => statusMatches(m.status, filter.status));
  });
  switch (filter.sort) {
    case 'name':
      return matching.sort(byName);
    case 'progressDesc':
      return matching.sort((a, b) => b.overallPercent - a.overallPercent || byName(a, b));
    case 'progressAsc':
      return matching.sort((a, b) => a.overallPercent - b.overallPercent || byName(a, b));
  }
}
