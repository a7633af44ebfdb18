import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type MyEnrolment, MyEnrolmentsService } from '@koko/web/enrolment/data-access';
import { ConfirmService, Notifier } from '@koko/web/shared/ui';
import { of } from 'rxjs';
import { MyEnrolmentsSection } from './my-enrolments-section';

function enrolment(id: string, state: MyEnrolment['state']): MyEnrolment {
  return {
    id,
    state,
    appliedAt: '2026-11-20T09:00:00.000Z',
    decidedAt: null,
    decisionMessage: state === 'ADMITTED' ? 'Willkommen!' : null,
    cohort: { id: `c-${id}`, name: `Durchgang ${id}`, startsOn: '2027-01-24', endsOn: '2027-09-21' },
  };
}

async function render(confirmed: boolean) {
  const service = { list: jest.fn(() => of([enrolment('a', 'ADMITTED'), enrolment('b', 'APPLIED')])), withdraw: jest.fn(async () => undefined) };
  const confirm = { confirm: jest.fn(async () => confirmed) };
  const notifier = { success: jest.fn() };
  TestBed.configureTestingModule({
    imports: [MyEnrolmentsSection],
    providers: [
      provideRouter([]),
      { provide: MyEnrolmentsService, useValue: service },
      { provide: ConfirmService, useValue: confirm },
      { provide: Notifier, useValue: notifier },
    ],
  });
  const fixture = TestBed.createComponent(MyEnrolmentsSection);
  await fixture.whenStable();
  return { fixture, element: fixture.nativeElement as HTMLElement, service, confirm, notifier };
}

describe('MyEnrolmentsSection', () => {
  it('lists the enrolments with their state and offers withdrawal only for admitted ones', async () => {
    const { element } = await render(false);
    const states = [...element.querySelectorAll('[data-testid="enrolment-state"]')].map((e) => e.textContent?.trim());
    expect(states).toEqual(['Zugelassen', 'Beworben']);
    expect(element.querySelector('[data-testid="withdraw-a"]')).not.toBeNull();
    expect(element.querySelector('[data-testid="withdraw-b"]')).toBeNull();
    expect(element.textContent).toContain('Willkommen!');
  });

  it('asks before withdrawing and does nothing when the participant cancels', async () => {
    const { element, service, confirm } = await render(false);
    element.querySelector<HTMLButtonElement>('[data-testid="withdraw-a"]')?.click();
    await Promise.resolve();
    expect(confirm.confirm).toHaveBeenCalledWith(expect.objectContaining({ destructive: true }));
    expect(service.withdraw).not.toHaveBeenCalled();
  });

  it('withdraws after confirmation and confirms it in the snackbar', async () => {
    const { fixture, element, service, notifier } = await render(true);
    element.querySelector<HTMLButtonElement>('[data-testid="withdraw-a"]')?.click();
    await fixture.whenStable();
    expect(service.withdraw).toHaveBeenCalledWith('a');
    expect(notifier.success).toHaveBeenCalledWith('Sie haben Ihre Teilnahme an „Durchgang a“ zurückgezogen.');
    expect(service.list).toHaveBeenCalledTimes(2);
  });

  it('shows the empty state', async () => {
    TestBed.configureTestingModule({
      imports: [MyEnrolmentsSection],
      providers: [provideRouter([]), { provide: MyEnrolmentsService, useValue: { list: () => of([]) } }],
    });
    const fixture = TestBed.createComponent(MyEnrolmentsSection);
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[data-testid="empty-state"]')?.textContent).toContain(
      'Sie haben sich noch für keinen Durchgang beworben.',
    );
  });
});
