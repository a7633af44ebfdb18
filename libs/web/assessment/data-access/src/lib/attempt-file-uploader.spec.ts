import { TestBed } from '@angular/core/testing';
import { SessionExpiry } from '@koko/web/shared/data-access-graphql';
import { AttemptFileUploader, UPLOAD_REQUEST_FACTORY, UploadError, type UploadEvent } from './attempt-file-uploader';

class FakeRequest {
  method = '';
  url = '';
  withCredentials = false;
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  aborted = false;
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

function setup() {
  const requests: FakeRequest[] = [];
  const expiry = { notify: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      { provide: UPLOAD_REQUEST_FACTORY, useValue: () => requests[requests.push(new FakeRequest()) - 1] },
      { provide: SessionExpiry, useValue: expiry },
    ],
  });
  return { uploader: TestBed.inject(AttemptFileUploader), requests, expiry };
}

const file = new File(['%PDF-1.7'], 'Ausarbeitung.pdf', { type: 'application/pdf' });

describe('AttemptFileUploader', () => {
  beforeEach(() => localStorage.clear());

  it('posts the file with the upload marker and language, reports progress and the stored file', () => {
    const { uploader, requests } = setup();
    const events: UploadEvent[] = [];
    let completed = false;
    uploader.upload('a1', file).subscribe({ next: (e) => events.push(e), complete: () => (completed = true) });
    const request = requests[0];
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/attempts/a1/files');
    expect(request.headers).toMatchObject({ 'x-koko-upload': '1', 'Accept-Language': 'de' });
    expect(request.withCredentials).toBe(true);
    expect((request.body?.get('file') as File).name).toBe('Ausarbeitung.pdf');
    request.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 } as ProgressEvent);
    request.respond(201, { id: 'f1', displayName: 'Ausarbeitung.pdf', contentType: 'application/pdf', sizeBytes: 8, downloadUrl: '/api/files/f1' });
    expect(events).toEqual([
      { kind: 'progress', loaded: 50, total: 100 },
      { kind: 'done', file: { __typename: 'AttemptFile', id: 'f1', displayName: 'Ausarbeitung.pdf', contentType: 'application/pdf', sizeBytes: 8, downloadUrl: '/api/files/f1' } },
    ]);
    expect(completed).toBe(true);
  });

  it('passes on the server’s translated refusal', () => {
    const { uploader, requests } = setup();
    let error: UploadError | undefined;
    uploader.upload('a1', file).subscribe({ error: (e: UploadError) => (error = e) });
    requests[0].respond(415, { code: 'FILE_TYPE_NOT_ALLOWED', message: 'Dieser Dateityp ist nicht erlaubt.' });
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: 'Dieser Dateityp ist nicht erlaubt.', status: 415 });
  });

  it('reports an expired session and a network failure', () => {
    const { uploader, requests, expiry } = setup();
    const errors: UploadError[] = [];
    uploader.upload('a1', file).subscribe({ error: (e: UploadError) => errors.push(e) });
    requests[0].respond(401, { code: 'UNAUTHENTICATED' });
    uploader.upload('a1', file).subscribe({ error: (e: UploadError) => errors.push(e) });
    requests[1].onerror?.();
    expect(expiry.notify).toHaveBeenCalled();
    expect(errors.map((e) => e.code)).toEqual(['UNAUTHENTICATED', 'NETWORK']);
    expect(errors[1].message).toContain('Der Server ist nicht erreichbar');
  });

  it('aborts when the caller unsubscribes', () => {
    const { uploader, requests } = setup();
    uploader.upload('a1', file).subscribe().unsubscribe();
    expect(requests[0].aborted).toBe(true);
  });
});
