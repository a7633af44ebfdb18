import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { GradingService, type SaveFeedbackInput } from '@koko/web/assessment/data-access-grading';
import { Notifier, provideKokoDates } from '@koko/web/shared/ui';
import { of } from 'rxjs';
import { submittedAttempt } from '../testing/fixtures';
import { FeedbackForm, revisionDueDay } from './feedback-form';
import { settle } from '@koko/web/shared/util/testing';

function staleError() {
  return { errors: [{ message: 'Die Einreichung wurde inzwischen geändert.', extensions: { code: 'STALE_VERSION' } }] };
}

function setup(options: { save?: (input: SaveFeedbackInput) => Promise<unknown>; confirm?: boolean; attempt?: ReturnType<typeof submittedAttempt> } = {}) {
  const saves: SaveFeedbackInput[] = [];
  const dialogOpen = jest.fn(() => ({ afterClosed: () => of(options.confirm ?? true) }));
  const success = jest.fn();
  const deleteFeedbackFile = jest.fn(async () => 7);
  TestBed.configureTestingModule({
    providers: [
      {
        provide: GradingService,
        useValue: {
          saveFeedback: (input: SaveFeedbackInput) => {
            saves.push(input);
            return options.save ? options.save(input) : Promise.resolve({ id: 'att-1', state: 'SUBMITTED', version: input.version + 1, feedback: null });
          },
          deleteFeedbackFile,
        },
      },
      { provide: MatDialog, useValue: { open: dialogOpen } },
      { provide: Notifier, useValue: { success } },
      ...provideKokoDates(),
    ],
  });
  const fixture = TestBed.createComponent(FeedbackForm);
  fixture.componentRef.setInput('attempt', options.attempt ?? submittedAttempt());
  fixture.componentRef.setInput('version', 3);
  fixture.componentRef.setInput('editable', true);
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`) as T;
  const pick = (testId: string) => {
    byTestId(testId).querySelector<HTMLInputElement>('input')!.click();
    fixture.detectChanges();
  };
  const type = (text: string) => {
    const textarea = byTestId<HTMLTextAreaElement>('grading-feedback-text');
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    fixture.detectChanges();
  };
  return { fixture, element, byTestId, pick, type, saves, dialogOpen, success, deleteFeedbackFile };
}

describe('FeedbackForm', () => {
  it('saves a draft with the loaded version and continues with the next one', async () => {
    const { fixture, byTestId, pick, type, saves, success } = setup();
    pick('grading-score-0-1');
    pick('grading-verdict-revision');
    type('Bitte ergänzen Sie die Analyse.');
    byTestId<HTMLButtonElement>('grading-save-draft').click();
    await settle(fixture);
    expect(saves).toEqual([
      { attemptId: 'att-1', version: 3, verdict: 'REVISION_REQUESTED', text: 'Bitte ergänzen Sie die Analyse.', scores: [{ criterionId: 'c1', levelId: 'c1-2' }], release: false },
    ]);
    expect(fixture.componentInstance.version()).toBe(4);
    expect(success).toHaveBeenCalled();
  });

  it('does not release without the required scores and a verdict, and points to them', async () => {
    const { fixture, element, byTestId, saves, dialogOpen } = setup();
    byTestId<HTMLButtonElement>('grading-release').click();
    await settle(fixture);
    expect(saves).toEqual([]);
    expect(dialogOpen).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Bitte bewerten Sie dieses Pflichtkriterium.');
    expect(element.textContent).toContain('Bitte wählen Sie ein Ergebnis.');
    expect(element.querySelectorAll('.field-error')).toHaveLength(2);
  });

  it('refuses "passed" with a required criterion at its lowest level, and a fail without words, before asking', async () => {
    const { fixture, element, byTestId, pick, type, saves, dialogOpen } = setup();
    pick('grading-score-0-0');
    pick('grading-verdict-passed');
    byTestId<HTMLButtonElement>('grading-release').click();
    await settle(fixture);
    expect(byTestId('grading-verdict-contradiction').textContent).toContain('„Bestanden“ passt nicht zur Bewertung – Pflichtkriterien auf der niedrigsten Stufe oder unter ihrer Mindeststufe: Analyse.');
    pick('grading-verdict-failed');
    byTestId<HTMLButtonElement>('grading-release').click();
    await settle(fixture);
    expect(byTestId('grading-verdict-contradiction')).toBeNull();
    expect(byTestId('grading-feedback-text-missing').textContent).toContain('Bitte schreiben Sie eine Rückmeldung');
    expect(byTestId('grading-feedback-text').getAttribute('aria-invalid')).toBe('true');
    type('Die Analyse fehlt noch.');
    expect(byTestId('grading-feedback-text-missing')).toBeNull();
    expect(saves).toEqual([]);
    expect(dialogOpen).not.toHaveBeenCalled();
    expect(element.querySelectorAll('.field-error')).toHaveLength(0);
  });

  it('releases only after confirmation', async () => {
    const declined = setup({ confirm: false });
    declined.pick('grading-score-0-0');
    declined.pick('grading-verdict-failed');
    declined.type('Die Analyse fehlt.');
    declined.byTestId<HTMLButtonElement>('grading-release').click();
    await settle(declined.fixture);
    expect(declined.dialogOpen).toHaveBeenCalled();
    expect(declined.saves).toEqual([]);
    TestBed.resetTestingModule();

    const confirmed = setup({ confirm: true });
    const released = jest.fn();
    confirmed.fixture.componentInstance.released.subscribe(released);
    confirmed.pick('grading-score-0-1');
    confirmed.pick('grading-verdict-passed');
    confirmed.byTestId<HTMLButtonElement>('grading-release').click();
    await settle(confirmed.fixture);
    expect(confirmed.saves[0]).toEqual(expect.objectContaining({ release: true, verdict: 'PASSED', version: 3 }));
    expect(released).toHaveBeenCalledWith('PASSED');
  });

  it('with "revision required" proposes the cohort’s due day, refuses a past one and sends the chosen day at 23:59 Berlin time', async () => {
    const { fixture, byTestId, pick, type, saves } = setup({ confirm: true });
    expect(byTestId('grading-revision-due')).toBeNull();
    pick('grading-score-0-0');
    pick('grading-verdict-revision');
    type('Bitte ergänzen Sie die Akteure.');
    const due = byTestId<HTMLInputElement>('grading-revision-due');
    // Material's date picker shows the proposed day in the German format.
    expect(due.value).toBe(revisionDueDay(14).split('-').reverse().join('.'));
    expect(fixture.nativeElement.textContent).toContain('Vorschlag des Durchgangs: 14 Tage ab heute.');

    due.value = '10.01.2020';
    due.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('grading-release').click();
    await settle(fixture);
    expect(saves).toEqual([]);
    expect(byTestId('grading-revision-due-invalid').textContent).toContain('Bitte wählen Sie einen Tag ab heute');
    expect(due.getAttribute('aria-invalid')).toBe('true');

    due.value = '10.03.2099';
    due.dispatchEvent(new Event('input'));
    byTestId<HTMLButtonElement>('grading-release').click();
    await settle(fixture);
    expect(saves[0]).toEqual(expect.objectContaining({ release: true, verdict: 'REVISION_REQUESTED', revisionDueAt: '2099-03-10T22:59:00.000Z' }));
  });

  it('keeps everything typed when the save is stale, and offers a reload', async () => {
    const { fixture, element, byTestId, pick, type } = setup({ save: () => Promise.reject(staleError()) });
    const reload = jest.fn();
    fixture.componentInstance.reloadRequested.subscribe(reload);
    pick('grading-score-0-1');
    type('Wichtige Rückmeldung');
    byTestId<HTMLButtonElement>('grading-save-draft').click();
    await settle(fixture);
    expect(byTestId('grading-stale-message').textContent).toContain('Die Einreichung wurde inzwischen geändert.');
    byTestId<HTMLButtonElement>('grading-stale-reload').click();
    expect(reload).toHaveBeenCalled();

    // The page reloads: same submission, newer version, the saved draft still empty.
    fixture.componentRef.setInput('attempt', { ...submittedAttempt(), version: 5 });
    fixture.componentRef.setInput('version', 5);
    await settle(fixture);
    expect(byTestId('grading-stale-message')).toBeNull();
    expect(byTestId<HTMLTextAreaElement>('grading-feedback-text').value).toBe('Wichtige Rückmeldung');
    expect(element.querySelector<HTMLInputElement>('[data-testid="grading-score-0-1"] input')!.checked).toBe(true);
  });

  it('refills from the saved draft after a take-over only if nothing was typed', async () => {
    const { fixture, byTestId, type } = setup();
    const withDraft = submittedAttempt({ feedback: { verdict: 'PASSED', text: 'Entwurf der Kollegin', releasedAt: null, graderName: 'B', scores: [] } });
    fixture.componentRef.setInput('attempt', withDraft);
    fixture.componentRef.setInput('resetKey', 1);
    await settle(fixture);
    expect(byTestId<HTMLTextAreaElement>('grading-feedback-text').value).toBe('Entwurf der Kollegin');

    type('Eigener Text');
    fixture.componentRef.setInput('resetKey', 2);
    await settle(fixture);
    expect(byTestId<HTMLTextAreaElement>('grading-feedback-text').value).toBe('Eigener Text');
  });

  it('is read-only while someone else holds the submission', async () => {
    const { fixture, byTestId } = setup();
    fixture.componentRef.setInput('editable', false);
    await settle(fixture);
    expect(byTestId<HTMLButtonElement>('grading-save-draft').disabled).toBe(true);
    expect(byTestId<HTMLButtonElement>('grading-release').disabled).toBe(true);
    expect(byTestId<HTMLTextAreaElement>('grading-feedback-text').disabled).toBe(true);
  });

  it('removes a feedback file after asking and saves with the version the removal answered', async () => {
    const file = { __typename: 'AttemptFile' as const, id: 'ff-1', displayName: 'Hinweise.pdf', contentType: 'application/pdf', sizeBytes: 2048, downloadUrl: '/api/files/ff-1' };
    const { fixture, element, byTestId, saves, dialogOpen, deleteFeedbackFile } = setup({ attempt: submittedAttempt({ feedbackFiles: [file] }) });
    const remove = byTestId<HTMLButtonElement>('grading-file-remove-ff-1');
    expect(remove.getAttribute('aria-label')).toBe('Hinweise.pdf entfernen');
    remove.click();
    await settle(fixture);
    expect(dialogOpen).toHaveBeenCalledTimes(1);
    expect(deleteFeedbackFile).toHaveBeenCalledWith('ff-1');
    expect(element.querySelector('[data-testid="grading-file-ff-1"]')).toBeNull();
    expect(element.textContent).toContain('„Hinweise.pdf“ wurde entfernt.');
    byTestId<HTMLButtonElement>('grading-save-draft').click();
    await settle(fixture);
    expect(saves[0]?.version).toBe(7);
  });

  it('keeps a feedback file when the grader does not confirm, and offers no removal once not editable', async () => {
    const file = { __typename: 'AttemptFile' as const, id: 'ff-1', displayName: 'Hinweise.pdf', contentType: 'application/pdf', sizeBytes: 2048, downloadUrl: '/api/files/ff-1' };
    const { fixture, element, byTestId, deleteFeedbackFile } = setup({ attempt: submittedAttempt({ feedbackFiles: [file] }), confirm: false });
    byTestId<HTMLButtonElement>('grading-file-remove-ff-1').click();
    await settle(fixture);
    expect(deleteFeedbackFile).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="grading-file-ff-1"]')).not.toBeNull();
    fixture.componentRef.setInput('editable', false);
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="grading-file-remove-ff-1"]')).toBeNull();
  });
});
