import { signal } from '@angular/core';

export type SaveStatus =
  | { kind: 'idle' }
  /** Typed; a save follows after the pause or on leaving the field. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string };

export interface DraftAutosaveOptions<T extends { draftSavedAt?: string | null }> {
  /** Saves the text; resolves with what the server stored. */
  save: (body: string) => Promise<T>;
  /** Called after each successful save with the text that was saved. */
  saved?: (body: string, result: T) => void;
  describeError: (error: unknown) => string;
  /** The text the server already has. */
  initialBody: string;
  debounceMs?: number;
}

/**
 * Autosave of a draft: saves after a pause in typing and on demand (blur, submit, upload), never
 * two saves at once, and always the newest text. Failures are reported, retried on the next change
 * or on `flush()`.
 */
export class DraftAutosave<T extends { draftSavedAt?: string | null }> {
  readonly status = signal<SaveStatus>({ kind: 'idle' });

  private latest: string;
  private savedBody: string;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<boolean> | null = null;
  private readonly debounceMs: number;

  constructor(private readonly options: DraftAutosaveOptions<T>) {
    this.latest = options.initialBody;
    this.savedBody = options.initialBody;
    this.debounceMs = options.debounceMs ?? 1500;
  }

  /** Starts over from text the server has (e.g. once the loaded draft is known). */
  reset(body: string): void {
    this.clearTimer();
    this.latest = body;
    this.savedBody = body;
    this.status.set({ kind: 'idle' });
  }

  /** True while the server does not have the newest text. */
  dirty(): boolean {
    return this.latest !== this.savedBody;
  }

  changed(body: string): void {
    this.latest = body;
    this.clearTimer();
    if (!this.dirty() && !this.inFlight) {
      const kind = this.status().kind;
      if (kind === 'pending' || kind === 'error') this.status.set({ kind: 'idle' });
      return;
    }
    if (!this.inFlight) this.status.set({ kind: 'pending' });
    this.timer = setTimeout(() => void this.flush(), this.debounceMs);
  }

  /** Saves now if needed and resolves true once the server has the newest text. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.dirty()) return this.status().kind !== 'error';
      if (!(await this.run())) return false;
    }
  }

  /** Saves even when nothing changed, e.g. to create the attempt before the first upload. */
  async saveNow(): Promise<boolean> {
    if (this.inFlight) await this.inFlight;
    if (this.dirty()) return this.flush();
    return this.run();
  }

  dispose(): void {
    this.clearTimer();
  }

  private run(): Promise<boolean> {
    const body = this.latest;
    this.status.set({ kind: 'saving' });
    this.inFlight = this.options
      .save(body)
      .then((result) => {
        this.savedBody = body;
        this.options.saved?.(body, result);
        this.status.set(this.dirty() ? { kind: 'pending' } : { kind: 'saved', at: result.draftSavedAt ?? new Date().toISOString() });
        return true;
      })
      .catch((error: unknown) => {
        this.status.set({ kind: 'error', message: this.options.describeError(error) });
        return false;
      })
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
