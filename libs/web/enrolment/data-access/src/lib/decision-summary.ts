import type { DecisionResult } from './admin-enrolments.service';

export interface RefusedDecision {
  enrolmentId: string;
  name: string;
  message: string;
}

export interface DecisionSummary {
  decided: number;
  refused: RefusedDecision[];
}

/** Names the refused enrolments with what the page knows about them (the API returns only ids). */
export function summarizeDecision(result: DecisionResult, nameOf: (enrolmentId: string) => string | undefined): DecisionSummary {
  return {
    decided: result.decided.length,
    refused: result.failed.map((f) => ({ enrolmentId: f.enrolmentId, name: nameOf(f.enrolmentId) ?? f.enrolmentId, message: f.message })),
  };
}
