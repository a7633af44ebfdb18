import type { AttemptState, Verdict } from '@koko/web/assessment/data-access-grading';
import type { TranslationKey } from '@koko/web/shared/util';

export function stateKey(state: AttemptState): TranslationKey {
  return `grading.state.${state}`;
}

export function verdictKey(verdict: Verdict): TranslationKey {
  return `grading.verdict.${verdict}`;
}
