/** What `settle` needs of a `ComponentFixture`. */
export interface SettleFixture {
  detectChanges(): void;
  whenStable(): Promise<unknown>;
}

/** Jest's modern fake timers (sinon) mark the functions they install with `clock`. */
function fakeTimersInstalled(): boolean {
  return 'clock' in (globalThis.setTimeout as unknown as Record<string, unknown>);
}

async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/**
 * Lets pending promises, observables and (real) timers of zero delay run, rendering in between, so a
 * zoneless test sees what the user would: `await settle(fixture)`. Without a fixture it only lets async
 * work run. With Jest's fake timers it flushes microtasks only (advance the clock yourself).
 */
export async function settle(fixture?: SettleFixture, rounds = 6): Promise<void> {
  const realTimers = !fakeTimersInstalled();
  for (let i = 0; i < rounds; i++) {
    await flushMicrotasks();
    if (realTimers) await new Promise((resolve) => setTimeout(resolve, 0));
    fixture?.detectChanges();
  }
  if (fixture) {
    if (realTimers) await fixture.whenStable();
    fixture.detectChanges();
  }
}
