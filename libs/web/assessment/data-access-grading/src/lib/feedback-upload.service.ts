import { inject, Injectable, InjectionToken } from '@angular/core';
import { type ApiError, SessionExpiry } from '@koko/web/shared/data-access-graphql';
import { I18nService } from '@koko/web/shared/util';
import { Observable } from 'rxjs';
import type { GradingFile } from './grading.service';

export type UploadEvent = { kind: 'progress'; percent: number } | { kind: 'done'; file: GradingFile };

/** A refused or failed upload: the API's code and its (translated) message. */
export class UploadError extends Error implements ApiError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** Creates the request; replaced in tests. */
export const UPLOAD_REQUEST = new InjectionToken<() => XMLHttpRequest>('UPLOAD_REQUEST', {
  providedIn: 'root',
  factory: () => () => new XMLHttpRequest(),
});

/** The body of a 201 answer, or of a refusal ({ code, message }). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isFile(value: unknown): value is GradingFile {
  const v = value as Partial<GradingFile> | null;
  return !!v && typeof v.id === 'string' && typeof v.displayName === 'string' && typeof v.downloadUrl === 'string';
}

/**
 * Uploads a feedback file for an attempt the grader holds. XMLHttpRequest rather than HttpClient:
 * the app's HttpClient runs on fetch, which reports no upload progress. Unsubscribing aborts.
 */
@Injectable({ providedIn: 'root' })
export class FeedbackUploadService {
  private readonly i18n = inject(I18nService);
  private readonly sessionExpiry = inject(SessionExpiry);
  private readonly createRequest = inject(UPLOAD_REQUEST);

  upload(attemptId: string, file: File): Observable<UploadEvent> {
    return new Observable<UploadEvent>((subscriber) => {
      const request = this.createRequest();
      request.open('POST', `/api/attempts/${encodeURIComponent(attemptId)}/feedback-files`);
      request.setRequestHeader('x-koko-upload', '1');
      request.setRequestHeader('Accept-Language', this.i18n.locale());
      request.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) {
          subscriber.next({ kind: 'progress', percent: Math.min(100, Math.round((event.loaded / event.total) * 100)) });
        }
      };
      request.onload = () => {
        const body = parseJson(request.responseText);
        if (request.status === 201 && isFile(body)) {
          subscriber.next({ kind: 'progress', percent: 100 });
          subscriber.next({ kind: 'done', file: { ...body, __typename: 'AttemptFile' } });
          subscriber.complete();
          return;
        }
        subscriber.error(this.refusal(request.status, body));
      };
      request.onerror = () => subscriber.error(new UploadError('NETWORK', this.i18n.t('error.network')));
      const form = new FormData();
      form.append('file', file, file.name);
      request.send(form);
      return () => {
        if (request.readyState !== XMLHttpRequest.DONE) request.abort();
      };
    });
  }

  private refusal(status: number, body: unknown): UploadError {
    const { code, message } = (body ?? {}) as { code?: unknown; message?: unknown };
    if (status === 401 || code === 'UNAUTHENTICATED') this.sessionExpiry.notify();
    return new UploadError(
      typeof code === 'string' ? code : 'UNKNOWN',
      typeof message === 'string' && message.trim() ? message : this.i18n.t('error.generic'),
    );
  }
}
