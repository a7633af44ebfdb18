import { Verdict } from '../attempts/attempt-state';

export interface RubricCriterionFacts {
  id: string;
  title: string;
  required: boolean;
  /** Fewest points a pass needs; null: any level above the lowest. */
  minimumPoints?: number | null;
  levels: readonly { id: string; points: number }[];
}

/**
 * Required criteria whose score contradicts a "passed": scored below the criterion's minimum, or,
 * without a minimum, at its lowest level (the level with the fewest points, e.g. "nicht erfüllt").
 * Other verdicts never contradict the rubric.
 */
export function criteriaContradictingPass(
  rubric: readonly RubricCriterionFacts[],
  scores: Readonly<Record<string, { levelId: string }>>,
  verdict: Verdict | null | undefined,
): RubricCriterionFacts[] {
  if (verdict !== Verdict.PASSED) return [];
  return rubric.filter((criterion) => {
    const score = scores[criterion.id];
    if (!criterion.required || !score || criterion.levels.length < 2) return false;
    const level = criterion.levels.find((l) => l.id === score.levelId);
    if (level === undefined) return false;
    if (criterion.minimumPoints != null) return level.points < criterion.minimumPoints;
    return level.points <= Math.min(...criterion.levels.map((l) => l.points));
  });
}

/** A participant asked to revise, or told they failed, must be told why in words. */
export function needsWrittenFeedback(verdict: Verdict | null | undefined): boolean {
  return verdict === Verdict.REVISION_REQUESTED || verdict === Verdict.FAILED;
}
