import { EntityManager } from 'typeorm';

/**
 * Where audit learns the names of those who act. Audit depends on no domain: the identity domain
 * provides this (wired by the app), so the trail never reads the `users` table itself.
 */
export interface ActorNameSource {
  /** Display names by user id, read with `manager` (inside the change's transaction); unknown ids are left out. */
  displayNames(ids: readonly string[], manager: EntityManager): Promise<ReadonlyMap<string, string>>;
}

export const ACTOR_NAMES = Symbol('ACTOR_NAMES');
