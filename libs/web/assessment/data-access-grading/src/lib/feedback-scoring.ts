import type { ScoreInput } from '@koko/web/shared/data-access-graphql';
import type { GradingFeedback, RubricCriterion } from './grading.service';

/** The level chosen per criterion id; null or absent: not scored (yet). */
export type ScoreSelection = Readonly<Record<string, string | null | undefined>>;

/** The chosen levels of a saved (draft) feedback, as far as they still belong to the module's rubric. */
export function selectionFromFeedback(rubric: readonly RubricCriterion[], feedback: GradingFeedback | null | undefined): Record<string, string | null> {
  const selection: Record<string, string | null> = {};
  for (const criterion of rubric) {
    const score = feedback?.scores.find((s) => s.criterionId === criterion.id);
    selection[criterion.id] = score && criterion.levels.some((l) => l.id === score.levelId) ? score.levelId : null;
  }
  return selection;
}

/** The scores to send, in rubric order; unscored criteria are left out. */
export function scoreInputs(rubric: readonly RubricCriterion[], selection: ScoreSelection): ScoreInput[] {
  return rubric.flatMap((criterion) => {
    const levelId = selection[criterion.id];
    return levelId && criterion.levels.some((l) => l.id === levelId) ? [{ criterionId: criterion.id, levelId }] : [];
  });
}

/** Required criteria without a score: feedback cannot be released while any is left. */
export function missingRequired(rubric: readonly RubricCriterion[], selection: ScoreSelection): RubricCriterion[] {
  return rubric.filter((c) => c.required && !c.levels.some((l) => l.id === selection[c.id]));
}

/**
 * Required criteria whose chosen level is below their minimum, or without one their lowest (fewest
 * points): they contradict "passed". The API refuses such a release; the form says so before asking.
 */
export function contradictingPass(rubric: readonly RubricCriterion[], selection: ScoreSelection, verdict: string | null | undefined): RubricCriterion[] {
  if (verdict !== 'PASSED') return [];
  return rubric.filter((c) => {
    if (!c.required || c.levels.length < 2) return false;
    const level = c.levels.find((l) => l.id === selection[c.id]);
    if (level === undefined) return false;
    if (c.minimumPoints != null) return level.points < c.minimumPoints;
    return level.points <= Math.min(...c.levels.map((l) => l.points));
  });
}

/** A revision request or a fail must say in words what is missing. */
export function needsWrittenFeedback(verdict: string | null | undefined): boolean {
  return verdict === 'REVISION_REQUESTED' || verdict === 'FAILED';
}

/** Per criterion the chosen level, for the release summary; unscored optional criteria are left out. */
export function scoredCriteria(rubric: readonly RubricCriterion[], selection: ScoreSelection): { title: string; level: string; points: number }[] {
  return rubric.flatMap((c) => {
    const level = c.levels.find((l) => l.id === selection[c.id]);
    return level ? [{ title: c.title, level: level.label, points: level.points }] : [];
  });
}

/** Points given so far and the most a submission can get. */
export function pointsOf(rubric: readonly RubricCriterion[], selection: ScoreSelection): { points: number; max: number } {
  let points = 0;
  let max = 0;
  for (const criterion of rubric) {
    max += criterion.levels.reduce((best, l) => Math.max(best, l.points), 0);
    points += criterion.levels.find((l) => l.id === selection[criterion.id])?.points ?? 0;
  }
  return { points, max };
}

/** Points of a released (or draft) feedback as scored then: the snapshot, not today's rubric. */
export function feedbackPoints(feedback: GradingFeedback): number {
  return feedback.scores.reduce((sum, s) => sum + s.points, 0);
}
