import { inject, Injectable, InjectionToken } from '@angular/core';
import { SessionExpiry } from '@koko/web/shared/data-access-graphql';
import { I18nService } from '@koko/web/shared/util';
import { Observable } from 'rxjs';
import type { AssignmentFile } from './assignment.service';

/** Creates the request of an upload; tests replace it. */
export const UPLOAD_REQUEST_FACTORY = new InjectionToken<() => XMLHttpRequest>('UPLOAD_REQUEST_FACTORY', {
  providedIn: 'root',
  factory: () => () => new XMLHttpRequest(),
});

export type UploadEvent = { kind: 'progress'; loaded: number; total: number } | { kind: 'done'; file: AssignmentFile };

/** A refused or failed upload with the server's (already translated) message. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export function attemptFilesPath(attemptId: string): string {
  return `/api/attempts/${encodeURIComponent(attemptId)}/files`;
}

/**
 * Uploads one file to an attempt over REST. XMLHttpRequest, because only it reports upload progress
 * (the app's HttpClient runs on fetch). Unsubscribing aborts the upload.
 */
@Injectable({ providedIn: 'root' })
export class AttemptFileUploader {
  private readonly createRequest = inject(UPLOAD_REQUEST_FACTORY);
  private readonly i18n = inject(I18nService);
  private readonly sessionExpiry = inject(SessionExpiry);

  upload(attemptId: string, file: File): Observable<UploadEvent> {
    return new Observable<UploadEvent>((subscriber) => {
      const request = this.createRequest();
      let finished = false;
      request.open('POST', attemptFilesPath(attemptId));
      request.withCredentials = true;
      // The server accepts uploads only with this header, which a cross-site form cannot set.
      request.setRequestHeader('x-koko-upload', '1');
      request.setRequestHeader('Accept-Language', this.i18n.locale());
      request.setRequestHeader('Accept', 'application/json');
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) subscriber.next({ kind: 'progress', loaded: event.loaded, total: event.total });
      };
      request.onload = () => {
        finished = true;
        const body = parseJson(request.responseText);
        if (request.status === 201 && isUploadedFile(body)) {
          subscriber.next({ kind: 'done', file: { __typename: 'AttemptFile', ...body } });
          subscriber.complete();
          return;
        }
        subscriber.error(this.errorFrom(request.status, body));
      };
      request.onerror = () => {
        finished = true;
        subscriber.error(new UploadError('NETWORK', this.i18n.t('error.network'), 0));
      };
      request.onabort = () => {
        finished = true;
      };
      const form = new FormData();
      form.append('file', file, file.name);
      request.send(form);
      return () => {
        if (!finished) request.abort();
      };
    });
  }

  private errorFrom(status: number, body: unknown): UploadError {
    const answer = (body ?? {}) as { code?: unknown; message?: unknown };
    const code = typeof answer.code === 'string' ? answer.code : 'UPLOAD_FAILED';
    if (status === 401) {
      this.sessionExpiry.notify();
      return new UploadError('UNAUTHENTICATED', this.i18n.t('assessment.upload.signedOut'), status);
    }
    const message = typeof answer.message === 'string' && answer.message.trim() ? answer.message : this.i18n.t('assessment.upload.failed');
    return new UploadError(code, message, status);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isUploadedFile(value: unknown): value is Omit<AssignmentFile, '__typename'> {
  const v = value as Partial<AssignmentFile> | null;
  return !!v && typeof v.id === 'string' && typeof v.displayName === 'string' && typeof v.downloadUrl === 'string';
}
