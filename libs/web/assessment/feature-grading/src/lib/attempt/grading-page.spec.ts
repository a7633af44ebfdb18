import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { type GradingAttempt, GradingService } from '@koko/web/assessment/data-access-grading';
import { ConfirmService, Notifier } from '@koko/web/shared/ui';
import { of } from 'rxjs';
import { submittedAttempt } from '../testing/fixtures';
import { GradingPage } from './grading-page';
import { settle } from '@koko/web/shared/util/testing';

function setup(answers: GradingAttempt[], options: { claim?: jest.Mock; confirm?: boolean } = {}) {
  const queue = [...answers];
  const attempt = jest.fn(() => of(queue.length > 1 ? queue.shift()! : queue[0]!));
  const claim = options.claim ?? jest.fn((id: string) => Promise.resolve({ id, state: 'SUBMITTED', version: 4, claimedAt: 'now', claimedByName: 'Ich', claimedByMe: true }));
  const confirm = jest.fn(() => Promise.resolve(options.confirm ?? true));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      { provide: GradingService, useValue: { attempt, claim, saveFeedback: jest.fn() } },
      { provide: ConfirmService, useValue: { confirm } },
      { provide: Notifier, useValue: { success: jest.fn() } },
      { provide: MatDialog, useValue: { open: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(GradingPage);
  fixture.componentRef.setInput('attemptId', 'att-1');
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = <T extends HTMLElement>(id: string) => element.querySelector<T>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId, attempt, claim, confirm };
}

describe('GradingPage', () => {
  it('opens a submission nobody holds without claiming it; "Bewertung beginnen" claims it', async () => {
    const { fixture, byTestId, claim } = setup([submittedAttempt()]);
    await settle(fixture);
    expect(claim).not.toHaveBeenCalled();
    expect(byTestId('grading-claim-none')!.textContent).toContain('Noch von niemandem übernommen');
    expect(byTestId<HTMLButtonElement>('grading-save-draft')!.disabled).toBe(true);
    byTestId<HTMLButtonElement>('grading-claim-start')!.click();
    await settle(fixture);
    expect(claim).toHaveBeenCalledWith('att-1');
    expect(byTestId('grading-claim-mine')).not.toBeNull();
    expect(byTestId('grading-claim-none')).toBeNull();
    expect(byTestId<HTMLButtonElement>('grading-save-draft')!.disabled).toBe(false);
  });

  it('shows who holds it, stays read-only, and takes over only after confirmation', async () => {
    const held = submittedAttempt({ claimedByName: 'Bernd Beispiel', claimedByMe: false });
    const mine = submittedAttempt({ claimedByName: 'Ich', claimedByMe: true, version: 5 });
    const claim = jest.fn(() => Promise.resolve({ id: 'att-1', state: 'SUBMITTED', version: 5, claimedAt: 'now', claimedByName: 'Ich', claimedByMe: true }));
    const { fixture, byTestId, confirm } = setup([held, mine], { claim });
    await settle(fixture);
    expect(claim).not.toHaveBeenCalled();
    expect(byTestId('grading-claim-other')!.textContent).toContain('Wird gerade von Bernd Beispiel bewertet');
    expect(byTestId<HTMLButtonElement>('grading-save-draft')!.disabled).toBe(true);

    byTestId<HTMLButtonElement>('grading-claim-takeover')!.click();
    await settle(fixture);
    expect(confirm).toHaveBeenCalled();
    expect(claim).toHaveBeenCalledWith('att-1', true);
    expect(byTestId('grading-claim-mine')).not.toBeNull();
    expect(byTestId<HTMLButtonElement>('grading-save-draft')!.disabled).toBe(false);
  });

  it('does not take over when the grader cancels', async () => {
    const claim = jest.fn();
    const { fixture, byTestId } = setup([submittedAttempt({ claimedByName: 'Bernd Beispiel' })], { claim, confirm: false });
    await settle(fixture);
    byTestId<HTMLButtonElement>('grading-claim-takeover')!.click();
    await settle(fixture);
    expect(claim).not.toHaveBeenCalled();
    expect(byTestId('grading-claim-other')).not.toBeNull();
  });

  it('shows the holder when someone else claimed it a moment before "Bewertung beginnen"', async () => {
    const claim = jest.fn(() => Promise.reject({ errors: [{ message: 'Bernd bewertet gerade.', extensions: { code: 'CLAIMED_BY_OTHER' } }] }));
    const { fixture, byTestId } = setup([submittedAttempt(), submittedAttempt({ claimedByName: 'Bernd Beispiel' })], { claim });
    await settle(fixture);
    byTestId<HTMLButtonElement>('grading-claim-start')!.click();
    await settle(fixture);
    expect(byTestId('grading-claim-other')!.textContent).toContain('Bernd Beispiel');
  });

  it('shows a graded submission with its released feedback and no form', async () => {
    const graded = submittedAttempt({
      state: 'PASSED',
      feedback: { verdict: 'PASSED', text: 'Gut gemacht.', releasedAt: '2026-11-21T10:00:00.000Z', graderName: 'Ayşe', scores: [] },
    });
    const { fixture, byTestId, element, claim } = setup([graded]);
    await settle(fixture);
    expect(claim).not.toHaveBeenCalled();
    expect(byTestId('grading-graded')!.textContent).toContain('bestanden');
    expect(byTestId('grading-feedback-form')).toBeNull();
    expect(element.textContent).toContain('Gut gemacht.');
  });
});
