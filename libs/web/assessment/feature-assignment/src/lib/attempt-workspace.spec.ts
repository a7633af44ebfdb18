import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@koko/web/identity/data-access';
import { MatDialog } from '@angular/material/dialog';
import { type AssignmentAttempt, AssignmentService, assignmentPhase, localDraftKey } from '@koko/web/assessment/data-access';
import { Notifier } from '@koko/web/shared/ui';
import { of } from 'rxjs';
import { type WritingPhase, AttemptWorkspace } from './attempt-workspace';
import { attempt, overview } from './test-data';
import { settle } from '@koko/web/shared/util/testing';

function setup(options: { attempts?: AssignmentAttempt[]; saveDraft?: jest.Mock; dialogResult?: boolean } = {}) {
  const data = overview({ attempts: options.attempts ?? [] });
  const service = {
    saveDraft: options.saveDraft ?? jest.fn(async (_e: string, _m: string, body: string) => attempt({ body, draftSavedAt: new Date().toISOString() })),
    submit: jest.fn(async () => attempt({ state: 'SUBMITTED', submittedAt: new Date().toISOString() })),
    deleteFile: jest.fn(),
  };
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(options.dialogResult ?? true) })) };
  const notifier = { success: jest.fn() };
  TestBed.configureTestingModule({
    providers: [
      { provide: AssignmentService, useValue: service },
      { provide: MatDialog, useValue: dialog },
      { provide: Notifier, useValue: notifier },
      { provide: SessionStore, useValue: { appInfo: signal(null) } },
    ],
  });
  const fixture = TestBed.createComponent(AttemptWorkspace);
  fixture.componentRef.setInput('overview', data);
  fixture.componentRef.setInput('phase', assignmentPhase(data) as WritingPhase);
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  const type = (text: string) => {
    const editor = byTestId<HTMLTextAreaElement>('assignment-editor')!;
    editor.value = text;
    editor.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };
  return { fixture, element, byTestId, type, service, dialog, notifier };
}

describe('AttemptWorkspace', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers({ doNotFake: ['queueMicrotask'] });
  });
  afterEach(() => jest.useRealTimers());

  it('saves the draft after a pause in typing and keeps a local copy until then', async () => {
    const { fixture, byTestId, type, service } = setup();
    expect(byTestId('assignment-save-status')?.textContent).toContain('automatisch gespeichert');
    type('In unserer Kommune');
    expect(JSON.parse(localStorage.getItem(localDraftKey('e1', 'm1')) ?? '{}')).toMatchObject({ body: 'In unserer Kommune', attemptNo: 1 });
    expect(byTestId('assignment-save-status')?.textContent).toContain('Wird gespeichert');
    expect(byTestId('assignment-counts')?.textContent).toContain('3 Wörter · 18 Zeichen');
    jest.advanceTimersByTime(1500);
    await settle();
    fixture.detectChanges();
    expect(service.saveDraft).toHaveBeenCalledWith('e1', 'm1', 'In unserer Kommune');
    expect(byTestId('assignment-save-status')?.textContent).toMatch(/Entwurf gespeichert um \d\d:\d\d/);
    expect(localStorage.getItem(localDraftKey('e1', 'm1'))).toBeNull();
  });

  it('reports a failed save with a retry and keeps the local copy', async () => {
    const saveDraft = jest.fn().mockRejectedValueOnce(new Error('offline')).mockImplementation(async (_e: string, _m: string, body: string) => attempt({ body, draftSavedAt: new Date().toISOString() }));
    const { fixture, byTestId, type } = setup({ saveDraft });
    type('Text');
    byTestId<HTMLTextAreaElement>('assignment-editor')!.dispatchEvent(new Event('blur'));
    await settle();
    fixture.detectChanges();
    expect(byTestId('assignment-save-status')?.textContent).toContain('konnte nicht gespeichert werden');
    expect(localStorage.getItem(localDraftKey('e1', 'm1'))).not.toBeNull();
    byTestId<HTMLButtonElement>('assignment-save-retry')!.click();
    await settle();
    fixture.detectChanges();
    expect(saveDraft).toHaveBeenCalledTimes(2);
    expect(byTestId('assignment-save-status')?.textContent).toContain('Entwurf gespeichert');
  });

  it('offers a newer local copy and restores it', async () => {
    const savedAt = '2026-03-10T10:00:00.000Z';
    localStorage.setItem(localDraftKey('e1', 'm1'), JSON.stringify({ body: 'lokal weitergeschrieben', typedAt: Date.parse(savedAt) + 60_000, attemptNo: 1 }));
    const { fixture, byTestId, service } = setup({ attempts: [attempt({ body: 'gespeichert', draftSavedAt: savedAt })] });
    expect(byTestId('assignment-restore-local')?.textContent).toContain('noch nicht gespeicherte Fassung');
    byTestId<HTMLButtonElement>('assignment-restore-apply')!.click();
    await settle();
    fixture.detectChanges();
    expect(byTestId<HTMLTextAreaElement>('assignment-editor')!.value).toBe('lokal weitergeschrieben');
    expect(service.saveDraft).toHaveBeenCalledWith('e1', 'm1', 'lokal weitergeschrieben');
    expect(byTestId('assignment-restore-local')).toBeNull();
  });

  it('does not offer a local copy the server already has', () => {
    localStorage.setItem(localDraftKey('e1', 'm1'), JSON.stringify({ body: 'gleich', typedAt: Date.now(), attemptNo: 1 }));
    const { byTestId } = setup({ attempts: [attempt({ body: 'gleich', draftSavedAt: '2026-03-10T10:00:00.000Z' })] });
    expect(byTestId('assignment-restore-local')).toBeNull();
    expect(localStorage.getItem(localDraftKey('e1', 'm1'))).toBeNull();
  });

  it('requires the statement of own work, then asks and submits', async () => {
    const { fixture, byTestId, element, service, dialog } = setup({ attempts: [attempt({ body: 'Fertiger Text', draftSavedAt: '2026-03-10T10:00:00.000Z' })] });
    byTestId<HTMLButtonElement>('assignment-submit')!.click();
    await settle();
    fixture.detectChanges();
    expect(element.textContent).toContain('Bitte bestätigen Sie die Eigenständigkeitserklärung.');
    expect(dialog.open).not.toHaveBeenCalled();

    byTestId('assignment-own-work')!.querySelector<HTMLInputElement>('input')!.click();
    fixture.detectChanges();
    const submitted = jest.fn();
    fixture.componentInstance.submitted.subscribe(submitted);
    byTestId<HTMLButtonElement>('assignment-submit')!.click();
    await settle();
    expect(dialog.open).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ data: { attemptNo: 1, late: false } }));
    expect(service.submit).toHaveBeenCalledWith('a1');
    expect(submitted).toHaveBeenCalled();
  });

  it('refuses an empty submission before asking', async () => {
    const { fixture, byTestId, element, dialog } = setup();
    byTestId('assignment-own-work')!.querySelector<HTMLInputElement>('input')!.click();
    byTestId<HTMLButtonElement>('assignment-submit')!.click();
    await settle();
    fixture.detectChanges();
    expect(element.textContent).toContain('Bitte schreiben Sie Ihre Ausarbeitung oder hängen Sie eine Datei an.');
    expect(dialog.open).not.toHaveBeenCalled();
  });

  it('pre-fills a revision with the previous text and says why', () => {
    const { byTestId } = setup({ attempts: [attempt({ state: 'REVISION_REQUESTED', body: 'Erste Fassung', submittedAt: '2026-03-01T10:00:00.000Z' })] });
    expect(byTestId<HTMLTextAreaElement>('assignment-editor')!.value).toBe('Erste Fassung');
    expect(byTestId('assignment-revision-note')?.textContent).toContain('Überarbeitung gebeten');
    expect(byTestId('assignment-attempt-2')).not.toBeNull();
  });
});
