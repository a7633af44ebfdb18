import { inject, Injectable } from '@angular/core';
import { SessionExpiry } from '@koko/web/shared/data-access-graphql';
import { I18nService } from '@koko/web/shared/util';

/** A file uploaded to a request's thread, not sent yet (the server's answer). */
export interface UploadedCounsellingFile {
  id: string;
  displayName: string;
  contentType: string;
  sizeBytes: number;
  downloadUrl: string;
}

/** A refused or failed upload with the server's (already translated) message. */
export class CounsellingUploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CounsellingUploadError';
  }
}

/**
 * Uploads one file for a request's thread over REST (the server checks type, size and number like
 * assignment uploads); the message then sends it by id.
 */
@Injectable({ providedIn: 'root' })
export class CounsellingFileUploader {
  private readonly i18n = inject(I18nService);
  private readonly sessionExpiry = inject(SessionExpiry);

  async upload(requestId: string, file: File): Promise<UploadedCounsellingFile> {
    const form = new FormData();
    form.append('file', file, file.name);
    let response: Response;
    try {
      response = await fetch(`/api/counselling/requests/${encodeURIComponent(requestId)}/files`, {
        method: 'POST',
        credentials: 'include',
        // The server accepts uploads only with this header, which a cross-site form cannot set.
        headers: { 'x-koko-upload': '1', 'Accept-Language': this.i18n.locale(), Accept: 'application/json' },
        body: form,
      });
    } catch {
      throw new CounsellingUploadError('NETWORK', this.i18n.t('error.network'));
    }
    const body = (await response.json().catch(() => null)) as Partial<UploadedCounsellingFile> & { code?: string; message?: string };
    if (response.status === 201 && body && typeof body.id === 'string') return body as UploadedCounsellingFile;
    if (response.status === 401) {
      this.sessionExpiry.notify();
      throw new CounsellingUploadError('UNAUTHENTICATED', this.i18n.t('assessment.upload.signedOut'));
    }
    throw new CounsellingUploadError(body?.code ?? 'UPLOAD_FAILED', body?.message?.trim() || this.i18n.t('assessment.upload.failed'));
  }

  /** Removes an upload not sent yet (best effort: what stays is cleaned up with the request). */
  async discard(fileId: string): Promise<void> {
    await fetch(`/api/counselling/files/${encodeURIComponent(fileId)}`, { method: 'DELETE', credentials: 'include', headers: { 'x-koko-upload': '1' } }).catch(() => undefined);
  }
}
