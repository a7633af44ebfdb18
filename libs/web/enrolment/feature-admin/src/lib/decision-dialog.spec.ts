import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { type AdminEnrolment, AdminEnrolmentsService } from '@koko/web/enrolment/data-access';
import { DecisionDialog, type DecisionDialogData } from './decision-dialog';

function enrolment(id: string, name: string): AdminEnrolment {
  return {
    id,
    state: 'APPLIED',
    jobRole: 'Sachgebietsleitung',
    motivation: 'Konflikte früh erkennen und gemeinsam lösen.',
    appliedAt: '2026-11-20T09:00:00.000Z',
    decidedAt: null,
    decisionMessage: null,
    participant: { id: `u-${id}`, displayName: name, email: `${id}@example.org` },
    municipality: { id: 'm', name: 'Bielefeld', kind: 'KREISFREIE_STADT' },
    cohort: { id: 'c', name: 'Durchgang 2027' },
  };
}

async function render(data: DecisionDialogData, decide: jest.Mock) {
  const ref = { close: jest.fn() };
  TestBed.configureTestingModule({
    imports: [DecisionDialog],
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: data },
      { provide: MatDialogRef, useValue: ref },
      { provide: AdminEnrolmentsService, useValue: { decide } },
    ],
  });
  const fixture = TestBed.createComponent(DecisionDialog);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement, ref };
}

describe('DecisionDialog', () => {
  it('names the selection, sends the message and closes with the result', async () => {
    const result = { decided: [{ id: 'e1', state: 'WAITLISTED' }], failed: [] };
    const decide = jest.fn(async () => result);
    const { fixture, element, ref } = await render({ decision: 'WAITLIST', enrolments: [enrolment('e1', 'Sarah Klein')] }, decide);
    expect(element.querySelector('h2')?.textContent).toContain('Auf die Warteliste: 1 ausgewählt');
    expect(element.querySelector('[data-testid="decision-names"]')?.textContent).toContain('Sarah Klein – Durchgang 2027');
    const message = element.querySelector<HTMLTextAreaElement>('[data-testid="decision-message"]')!;
    message.value = '  Wir melden uns.  ';
    message.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="decision-confirm"]')!.click();
    await fixture.whenStable();
    expect(decide).toHaveBeenCalledWith(['e1'], 'WAITLIST', '  Wir melden uns.  ');
    expect(ref.close).toHaveBeenCalledWith(result);
  });

  it('marks final decisions as destructive and lists at most eight names', async () => {
    const many = Array.from({ length: 10 }, (_, i) => enrolment(`e${i}`, `Person ${i}`));
    const { element } = await render({ decision: 'DECLINE', enrolments: many }, jest.fn());
    expect(element.querySelector('[data-testid="decision-confirm"]')?.classList).toContain('koko-destructive');
    const items = element.querySelectorAll('[data-testid="decision-names"] li');
    expect(items).toHaveLength(9);
    expect(items[8].textContent).toContain('… und 2 weitere');
  });

  it('keeps the dialog open with the API message when the call fails', async () => {
    const decide = jest.fn(async () => {
      throw { errors: [{ message: 'Keine Berechtigung.', extensions: { code: 'FORBIDDEN' } }] };
    });
    const { fixture, element, ref } = await render({ decision: 'ADMIT', enrolments: [enrolment('e1', 'Sarah Klein')] }, decide);
    element.querySelector<HTMLButtonElement>('[data-testid="decision-confirm"]')!.click();
    await fixture.whenStable();
    expect(ref.close).not.toHaveBeenCalled();
    expect(element.querySelector('[data-testid="form-error"]')?.textContent).toContain('Keine Berechtigung.');
  });
});
