// The pure progress rules without the Nest module graph (the benchmark's hand-written baseline
// computes the same figures with them in a plain Node process).
export * from './lib/progress/module-progress';
