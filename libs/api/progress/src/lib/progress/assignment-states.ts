import { Injectable } from '@nestjs/common';
import { AssignmentState } from './module-progress';

/**
 * Where progress learns the state of each transfer assignment. The assessment domain will provide
 * the real source; until it exists no assignment has been submitted.
 */
export interface AssignmentStateSource {
  /** Keyed by `${enrolmentId}:${moduleId}`; a missing key means NOT_SUBMITTED. One statement for any number of enrolments. */
  statesOf(enrolmentIds: readonly string[]): Promise<ReadonlyMap<string, AssignmentState>>;
  /**
   * The participants' own due dates (a revision's due date or an extension), keyed like statesOf; a
   * missing key means the cohort's due date applies. One statement per kind for any number of enrolments.
   */
  personalDueDatesOf(enrolmentIds: readonly string[]): Promise<ReadonlyMap<string, Date>>;
}

export const ASSIGNMENT_STATES = Symbol('ASSIGNMENT_STATES');

@Injectable()
export class NoAssignmentsYet implements AssignmentStateSource {
  async statesOf(): Promise<ReadonlyMap<string, AssignmentState>> {
    return new Map();
  }

  async personalDueDatesOf(): Promise<ReadonlyMap<string, Date>> {
    return new Map();
  }
}
