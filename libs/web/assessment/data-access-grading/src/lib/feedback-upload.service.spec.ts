import { TestBed } from '@angular/core/testing';
import { SessionExpiry } from '@koko/web/shared/data-access-graphql';
import { FeedbackUploadService, UPLOAD_REQUEST, type UploadEvent, UploadError } from './feedback-upload.service';

/** Just enough of XMLHttpRequest to drive the service. */
class FakeRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  readyState = 1;
  aborted = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
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
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.readyState = 4;
    this.onload?.();
  }
}

function setup() {
  const requests: FakeRequest[] = [];
  const expired = jest.fn();
  TestBed.configureTestingModule({
    providers: [
      { provide: UPLOAD_REQUEST, useValue: () => requests[requests.push(new FakeRequest()) - 1] },
      { provide: SessionExpiry, useValue: { notify: expired } },
    ],
  });
  return { service: TestBed.inject(FeedbackUploadService), requests, expired };
}

const file = new File(['%PDF-1.7'], 'feedback.pdf', { type: 'application/pdf' });

describe('FeedbackUploadService', () => {
  it('posts the file with the upload marker and reports progress, then the stored file', () => {
    const { service, requests } = setup();
    const events: UploadEvent[] = [];
    service.upload('a1', file).subscribe((e) => events.push(e));
    const request = requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/attempts/a1/feedback-files');
    expect(request.headers['x-koko-upload']).toBe('1');
    expect(request.body?.get('file')).toBeInstanceOf(File);
    request.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 200 });
    request.answer(201, { id: 'f1', displayName: 'feedback.pdf', contentType: 'application/pdf', sizeBytes: 8, downloadUrl: '/api/files/f1' });
    expect(events[0]).toEqual({ kind: 'progress', percent: 25 });
    expect(events.at(-1)).toEqual({ kind: 'done', file: expect.objectContaining({ id: 'f1', displayName: 'feedback.pdf' }) });
  });

  it('hands on the API’s translated refusal', () => {
    const { service, requests } = setup();
    let error: UploadError | undefined;
    service.upload('a1', file).subscribe({ error: (e: UploadError) => (error = e) });
    requests[0]!.answer(400, { code: 'FILE_TYPE_NOT_ALLOWED', message: 'Dieser Dateityp ist nicht erlaubt.' });
    expect(error).toBeInstanceOf(UploadError);
    expect(error?.code).toBe('FILE_TYPE_NOT_ALLOWED');
    expect(error?.message).toBe('Dieser Dateityp ist nicht erlaubt.');
  });

  it('reports an expired session', () => {
    const { service, requests, expired } = setup();
    service.upload('a1', file).subscribe({ error: () => undefined });
    requests[0]!.answer(401, { code: 'UNAUTHENTICATED' });
    expect(expired).toHaveBeenCalled();
  });

  it('aborts when the subscriber leaves', () => {
    const { service, requests } = setup();
    service.upload('a1', file).subscribe().unsubscribe();
    expect(requests[0]!.aborted).toBe(true);
  });
});
