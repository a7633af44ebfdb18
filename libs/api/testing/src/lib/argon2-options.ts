import type { Algorithm } from '@node-rs/argon2';

/** The production parameters (argon2id, 19 MiB, t=2, p=1), so verification in tests is the real one. */
export const ARGON2_OPTIONS_FOR_TESTS = { algorithm: 2 satisfies Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
