import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AssignmentService, AttemptFileUploader, type UploadEvent } from '@koko/web/assessment/data-access';
import { type AppInfo, SessionStore } from '@koko/web/identity/data-access';
import { ConfirmService } from '@koko/web/shared/ui';
import { Subject } from 'rxjs';
import { AttemptFilesEditor } from './attempt-files-editor';
import { settle } from '@koko/web/shared/util/testing';

const pdf = { __typename: 'AttemptFile' as const, id: 'f1', displayName: 'Ausarbeitung.pdf', contentType: 'application/pdf', sizeBytes: 1536, downloadUrl: '/api/files/f1' };

function setup(options: { confirmed?: boolean; files?: (typeof pdf)[]; appInfo?: Partial<AppInfo> } = {}) {
  const uploads = new Subject<UploadEvent>();
  const uploader = { upload: jest.fn(() => uploads.asObservable()) };
  const service = { deleteFile: jest.fn(async () => undefined) };
  const confirm = { confirm: jest.fn(async () => options.confirmed ?? true) };
  TestBed.configureTestingModule({
    providers: [
      { provide: AttemptFileUploader, useValue: uploader },
      { provide: AssignmentService, useValue: service },
      { provide: ConfirmService, useValue: confirm },
      { provide: SessionStore, useValue: { appInfo: signal(options.appInfo ?? null) } },
    ],
  });
  const fixture = TestBed.createComponent(AttemptFilesEditor);
  const prepare = jest.fn(async () => 'a1');
  fixture.componentRef.setInput('files', options.files ?? []);
  fixture.componentRef.setInput('attemptNo', 1);
  fixture.componentRef.setInput('prepareAttempt', prepare);
  const added = jest.fn();
  const removed = jest.fn();
  fixture.componentInstance.added.subscribe(added);
  fixture.componentInstance.removed.subscribe(removed);
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  const choose = async (...files: File[]) => {
    const input = element.querySelector<HTMLInputElement>('[data-testid="assignment-file-input"]')!;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
    fixture.detectChanges();
  };
  return { fixture, element, choose, uploads, uploader, service, confirm, prepare, added, removed };
}

describe('AttemptFilesEditor', () => {
  it('states the rules next to the control', () => {
    const { element } = setup();
    expect(element.textContent).toContain('Erlaubt sind PDF, DOCX, ODT, PNG, JPEG; je Datei höchstens 20 MB, insgesamt bis zu 5 Dateien.');
    expect(element.textContent).toContain('0 von 5 Dateien angehängt');
  });

  it('states and checks the limits the server announced in appInfo', async () => {
    const { element, choose, uploader } = setup({ appInfo: { uploadMaxBytes: 2.5 * 1024 * 1024, uploadMaxFiles: 2 }, files: [pdf] });
    expect(element.textContent).toContain('je Datei höchstens 2,5 MB, insgesamt bis zu 2 Dateien.');
    expect(element.textContent).toContain('1 von 2 Dateien angehängt');
    await choose(new File([new Uint8Array(3 * 1024 * 1024)], 'Gross.pdf', { type: 'application/pdf' }));
    expect(element.querySelector('[data-testid="assignment-file-error"]')?.textContent).toContain('höchstens 2,5 MB');
    await choose(new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }), new File(['%PDF'], 'b.pdf', { type: 'application/pdf' }));
    expect(uploader.upload).toHaveBeenCalledTimes(1);
    expect(element.querySelector('[data-testid="assignment-file-error"]')?.textContent).toContain('höchstens 2 Dateien');
  });

  it('refuses a foreign type at once, without uploading', async () => {
    const { element, choose, uploader, prepare } = setup();
    await choose(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    expect(element.querySelector('[data-testid="assignment-file-error"]')?.textContent).toContain('„setup.exe“ hat keinen erlaubten Dateityp');
    expect(prepare).not.toHaveBeenCalled();
    expect(uploader.upload).not.toHaveBeenCalled();
  });

  it('shows the progress of an upload and hands over the stored file', async () => {
    const { fixture, element, choose, uploads, uploader, added } = setup();
    await choose(new File(['%PDF'], 'Ausarbeitung.pdf', { type: 'application/pdf' }));
    expect(uploader.upload).toHaveBeenCalledWith('a1', expect.any(File));
    uploads.next({ kind: 'progress', loaded: 40, total: 100 });
    fixture.detectChanges();
    const progress = element.querySelector('[data-testid="assignment-upload-progress"]');
    expect(progress?.textContent).toContain('Ausarbeitung.pdf wird hochgeladen: 40 %');
    expect(progress?.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('40');
    uploads.next({ kind: 'done', file: pdf });
    uploads.complete();
    fixture.detectChanges();
    expect(added).toHaveBeenCalledWith(pdf);
    expect(element.querySelector('[data-testid="assignment-upload-progress"]')).toBeNull();
  });

  it('shows the server’s refusal', async () => {
    const { fixture, element, choose, uploads } = setup();
    await choose(new File(['x'], 'bild.png', { type: 'image/png' }));
    uploads.error({ code: 'FILE_TYPE_NOT_ALLOWED', message: 'Dieser Dateityp ist nicht erlaubt.' });
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="assignment-file-error"]')?.textContent).toContain('„bild.png“ wurde nicht hochgeladen: Dieser Dateityp ist nicht erlaubt.');
  });

  it('asks before removing a file', async () => {
    const { fixture, element, service, confirm, removed } = setup({ files: [pdf] });
    expect(element.querySelector('[data-testid="assignment-file-f1"] a')?.getAttribute('href')).toBe('/api/files/f1?inline=1');
    element.querySelector<HTMLButtonElement>('[data-testid="assignment-file-delete-f1"]')!.click();
    await settle();
    fixture.detectChanges();
    expect(confirm.confirm).toHaveBeenCalledWith(expect.objectContaining({ destructive: true }));
    expect(service.deleteFile).toHaveBeenCalledWith('f1');
    expect(removed).toHaveBeenCalledWith('f1');
  });

  it('keeps the file when removal is cancelled', async () => {
    const { element, service } = setup({ files: [pdf], confirmed: false });
    element.querySelector<HTMLButtonElement>('[data-testid="assignment-file-delete-f1"]')!.click();
    await settle();
    expect(service.deleteFile).not.toHaveBeenCalled();
  });
});
