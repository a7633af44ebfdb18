import { Injectable } from '@nestjs/common';
import { AssignmentState } from './module-progress';

/**
 * Where progress learns the state of each transfer assignment. The assessment domain will provide
 * the real source; until it exists no assignment has been submitted.
 */
/** What progress needs to know about one transfer assignment. */
export interface AssignmentFacts {
  state: AssignmentState;
  /** The participant's own due date (a revision's or an extension); null: the cohort's applies. */
  personalDueAt: Date | null;
}

export interface AssignmentStateSource {
  /** Keyed by `${enrolmentId}:${moduleId}`; a missing key means NOT_SUBMITTED with the cohort's due date. One statement for any number of enrolments. */
  statesOf(enrolmentIds: readonly string[]): Promise<ReadonlyMap<string, AssignmentFacts>>;
}

export const ASSIGNMENT_STATES = Symbol('ASSIGNMENT_STATES');

@Injectable()
export class NoAssignmentsYet implements AssignmentStateSource {
  async statesOf(): Promise<ReadonlyMap<string, AssignmentFacts>> {
    return new Map();
  }
}
