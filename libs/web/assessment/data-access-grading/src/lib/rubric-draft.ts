import type { RubricCriterionInput } from '@koko/web/shared/data-access-graphql';
import type { RubricCriterion } from './grading.service';

/** Limits the API enforces (SetRubricInput); the editor checks them first so the admin gets field-level messages. */
export const RUBRIC_LIMITS = {
  maxCriteria: 20,
  minLevels: 2,
  maxLevels: 10,
  titleMin: 2,
  titleMax: 200,
  descriptionMax: 2000,
  labelMax: 100,
  pointsMin: 0,
  pointsMax: 100,
  descriptorMax: 2000,
} as const;

export interface RubricLevelDraft {
  label: string;
  points: number | null;
  descriptor: string;
}

export interface RubricCriterionDraft {
  title: string;
  description: string;
  required: boolean;
  /** Fewest points a "passed" needs; null: any level above the lowest. */
  minimumPoints: number | null;
  levels: RubricLevelDraft[];
}

export function emptyLevel(points: number | null = null): RubricLevelDraft {
  return { label: '', points, descriptor: '' };
}

/** A new criterion starts with the two levels every criterion needs. */
export function emptyCriterion(): RubricCriterionDraft {
  return { title: '', description: '', required: true, minimumPoints: null, levels: [emptyLevel(0), emptyLevel(1)] };
}

export function draftOf(criteria: readonly RubricCriterion[]): RubricCriterionDraft[] {
  return criteria.map((c) => ({
    title: c.title,
    description: c.description,
    required: c.required,
    minimumPoints: c.minimumPoints ?? null,
    levels: c.levels.map((l) => ({ label: l.label, points: l.points, descriptor: l.descriptor })),
  }));
}

/** What setRubric receives: trimmed texts, whole points. */
export function rubricInput(draft: readonly RubricCriterionDraft[]): RubricCriterionInput[] {
  return draft.map((c) => ({
    title: c.title.trim(),
    description: c.description.trim(),
    required: c.required,
    // Only required criteria have a minimum.
    minimumPoints: c.required ? c.minimumPoints : null,
    levels: c.levels.map((l) => ({ label: l.label.trim(), points: Math.trunc(Number(l.points ?? 0)), descriptor: l.descriptor.trim() })),
  }));
}

/**
 * The levels a minimum may name: every level above the lowest (by points), fewest points first; one
 * entry per points value. What the API accepts as `minimumPoints`.
 */
export function minimumChoices(levels: readonly RubricLevelDraft[]): { points: number; label: string }[] {
  const points = levels.map((l) => l.points).filter((p): p is number => p !== null && Number.isInteger(Number(p))).map(Number);
  if (points.length < 2) return [];
  const lowest = Math.min(...points);
  const byPoints = new Map<number, string>();
  for (const level of levels) {
    const p = Number(level.points);
    if (level.points !== null && p > lowest && !byPoints.has(p)) byPoints.set(p, level.label.trim());
  }
  return [...byPoints.entries()].sort(([a], [b]) => a - b).map(([p, label]) => ({ points: p, label }));
}

/** Indexes of levels whose label repeats an earlier one of the same criterion (case and spaces ignored). */
export function duplicateLabelIndexes(labels: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  labels.forEach((label, index) => {
    const key = label.trim().toLocaleLowerCase();
    if (!key) return;
    if (seen.has(key)) duplicates.push(index);
    seen.add(key);
  });
  return duplicates;
}

/** A copy of the list with one item moved; out-of-range moves change nothing. */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1) as [T];
  copy.splice(to, 0, item);
  return copy;
}
