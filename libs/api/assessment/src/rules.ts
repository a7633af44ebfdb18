// The pure attempt rules without the Nest module graph (used by the benchmark's hand-written baseline).
export * from './lib/attempts/attempt-state';
