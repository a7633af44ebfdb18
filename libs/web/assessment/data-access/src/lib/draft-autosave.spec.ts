import { DraftAutosave } from './draft-autosave';

type Saved = { draftSavedAt: string };

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function flushPromises(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

describe('DraftAutosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setup(save: (body: string) => Promise<Saved>) {
    const saved: string[] = [];
    const autosave = new DraftAutosave<Saved>({
      save,
      saved: (body) => saved.push(body),
      describeError: () => 'Nicht gespeichert',
      initialBody: 'alt',
      debounceMs: 1500,
    });
    return { autosave, saved };
  }

  it('saves once after a pause in typing, with the newest text', async () => {
    const save = jest.fn(async (body: string) => ({ draftSavedAt: `saved:${body}` }));
    const { autosave, saved } = setup(save);
    autosave.changed('alt a');
    jest.advanceTimersByTime(1000);
    autosave.changed('alt ab');
    expect(autosave.status()).toEqual({ kind: 'pending' });
    jest.advanceTimersByTime(1499);
    expect(save).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(autosave.status()).toEqual({ kind: 'saving' });
    await flushPromises();
    expect(save).toHaveBeenCalledTimes(1);
    expect(saved).toEqual(['alt ab']);
    expect(autosave.status()).toEqual({ kind: 'saved', at: 'saved:alt ab' });
    expect(autosave.dirty()).toBe(false);
  });

  it('does not save unchanged text', async () => {
    const save = jest.fn(async () => ({ draftSavedAt: 'x' }));
    const { autosave } = setup(save);
    autosave.changed('neu');
    autosave.changed('alt');
    jest.advanceTimersByTime(5000);
    expect(await autosave.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
    expect(autosave.status()).toEqual({ kind: 'idle' });
  });

  it('never runs two saves at once and saves what was typed during a save afterwards', async () => {
    const first = deferred<Saved>();
    const save = jest.fn().mockReturnValueOnce(first.promise).mockResolvedValue({ draftSavedAt: 'zwei' });
    const { autosave, saved } = setup(save);
    autosave.changed('eins');
    const flushed = autosave.flush();
    autosave.changed('eins zwei');
    jest.advanceTimersByTime(1500);
    expect(save).toHaveBeenCalledTimes(1);
    first.resolve({ draftSavedAt: 'eins' });
    await flushPromises();
    expect(await flushed).toBe(true);
    expect(save).toHaveBeenCalledTimes(2);
    expect(saved).toEqual(['eins', 'eins zwei']);
    expect(autosave.status()).toEqual({ kind: 'saved', at: 'zwei' });
  });

  it('reports a failure and saves again on retry', async () => {
    const save = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ draftSavedAt: 'ok' });
    const { autosave } = setup(save);
    autosave.changed('Text');
    expect(await autosave.flush()).toBe(false);
    expect(autosave.status()).toEqual({ kind: 'error', message: 'Nicht gespeichert' });
    expect(autosave.dirty()).toBe(true);
    expect(await autosave.flush()).toBe(true);
    expect(autosave.status()).toEqual({ kind: 'saved', at: 'ok' });
  });

  it('can save unchanged text to create the attempt', async () => {
    const save = jest.fn(async () => ({ draftSavedAt: 'neu' }));
    const { autosave } = setup(save);
    expect(await autosave.saveNow()).toBe(true);
    expect(save).toHaveBeenCalledWith('alt');
  });

  it('starts over from text the server has', async () => {
    const save = jest.fn(async () => ({ draftSavedAt: 'x' }));
    const { autosave } = setup(save);
    autosave.changed('neu');
    autosave.reset('vom Server');
    expect(autosave.dirty()).toBe(false);
    expect(autosave.status()).toEqual({ kind: 'idle' });
    jest.advanceTimersByTime(5000);
    expect(save).not.toHaveBeenCalled();
  });

  it('stops the timer when disposed', () => {
    const save = jest.fn(async () => ({ draftSavedAt: 'x' }));
    const { autosave } = setup(save);
    autosave.changed('neu');
    autosave.dispose();
    jest.advanceTimersByTime(5000);
    expect(save).not.toHaveBeenCalled();
  });
});
