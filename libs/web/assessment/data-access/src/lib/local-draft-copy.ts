import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';

/** What was typed but maybe not saved, kept in this browser. */
export interface LocalDraftCopy {
  body: string;
  /** Epoch milliseconds of the last keystroke. */
  typedAt: number;
  /** The attempt the text belongs to; a copy for an older attempt is obsolete. */
  attemptNo: number;
}

const PREFIX = 'koko.assignmentDraft';

export function localDraftKey(enrolmentId: string, moduleId: string): string {
  return `${PREFIX}.${enrolmentId}.${moduleId}`;
}

/**
 * A local copy of the write-up (localStorage, per enrolment and module), written on every change
 * and cleared after a successful save: nothing typed is lost when the session expired or the
 * network failed before the autosave reached the server.
 */
@Injectable({ providedIn: 'root' })
export class LocalDraftStore {
  private readonly storage: Storage | null = storageOf(inject(DOCUMENT));

  read(enrolmentId: string, moduleId: string): LocalDraftCopy | null {
    try {
      const raw = this.storage?.getItem(localDraftKey(enrolmentId, moduleId));
      const value = raw ? (JSON.parse(raw) as Partial<LocalDraftCopy>) : null;
      if (!value || typeof value.body !== 'string' || typeof value.typedAt !== 'number' || typeof value.attemptNo !== 'number') return null;
      return { body: value.body, typedAt: value.typedAt, attemptNo: value.attemptNo };
    } catch {
      return null;
    }
  }

  write(enrolmentId: string, moduleId: string, copy: LocalDraftCopy): void {
    try {
      this.storage?.setItem(localDraftKey(enrolmentId, moduleId), JSON.stringify(copy));
    } catch {
      // Storage full or unavailable (private mode): the server save still works.
    }
  }

  clear(enrolmentId: string, moduleId: string): void {
    try {
      this.storage?.removeItem(localDraftKey(enrolmentId, moduleId));
    } catch {
      // ignore
    }
  }
}

function storageOf(document: Document): Storage | null {
  try {
    return document.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether to offer the local copy: it belongs to the attempt being written, differs from what the
 * server has and was typed after the server's last save.
 */
export function shouldOfferLocalCopy(copy: LocalDraftCopy | null, server: { attemptNo: number; body: string; draftSavedAt: string | null }): boolean {
  if (!copy || copy.attemptNo !== server.attemptNo) return false;
  if (copy.body === server.body) return false;
  if (!server.draftSavedAt) return copy.body.trim() !== '';
  const savedAt = Date.parse(server.draftSavedAt);
  return Number.isNaN(savedAt) || copy.typedAt > savedAt;
}
