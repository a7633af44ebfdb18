import { Foundation1764075600000 } from './1764075600000-foundation';

/** Every migration in order. Listed explicitly so the CLI, jest and the webpack bundle agree. */
export const MIGRATIONS = [Foundation1764075600000];
