import { settle } from './settle';

describe('settle', () => {
  it('lets promise chains and zero-delay timers run, rendering after each round', async () => {
    const seen: string[] = [];
    void Promise.resolve()
      .then(() => Promise.resolve())
      .then(() => seen.push('promise'));
    setTimeout(() => seen.push('timer'), 0);
    const fixture = { detectChanges: jest.fn(), whenStable: jest.fn(async () => undefined) };
    await settle(fixture);
    expect(seen).toEqual(['promise', 'timer']);
    expect(fixture.whenStable).toHaveBeenCalled();
    expect(fixture.detectChanges).toHaveBeenCalled();
  });

  it('does not wait on timers while Jest fakes them', async () => {
    jest.useFakeTimers();
    try {
      let done = false;
      void Promise.resolve().then(() => (done = true));
      await settle();
      expect(done).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });
});
