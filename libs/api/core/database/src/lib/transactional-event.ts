import { EntityManager } from 'typeorm';

/**
 * A domain event emitted inside a transaction. Listeners that write (the mail outbox, the audit
 * trail) use `manager`, so their rows commit or roll back together with the change.
 */
export interface TransactionalEvent<T> {
  payload: T;
  manager: EntityManager;
}
