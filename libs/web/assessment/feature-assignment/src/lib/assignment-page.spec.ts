import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SessionStore } from '@koko/web/identity/data-access';
import { provideRouter } from '@angular/router';
import { type AssignmentOverview, AssignmentService } from '@koko/web/assessment/data-access';
import { of, throwError } from 'rxjs';
import { AssignmentPage } from './assignment-page';
import { attempt, overview } from './test-data';

const feedback = {
  verdict: 'REVISION_REQUESTED' as const,
  text: 'Bitte ordnen Sie den Konflikt mit einem Modell ein.',
  releasedAt: '2026-03-05T10:00:00.000Z',
  graderName: 'Ayşe Yılmaz',
  scores: [
    { criterionId: 'c1', criterionTitle: 'Analyse des Konflikts', levelLabel: 'nicht erfüllt', points: 0 },
    { criterionId: 'c2', criterionTitle: 'Transfer in die eigene Kommune', levelLabel: 'erfüllt', points: 2 },
  ],
};
const rubric = [
  { id: 'c1', position: 1, title: 'Analyse des Konflikts', description: 'Beteiligte und Interessen', required: true, levels: [{ id: 'l1', position: 1, label: 'erfüllt', points: 3, descriptor: '' }] },
  { id: 'c2', position: 2, title: 'Transfer in die eigene Kommune', description: '', required: false, levels: [{ id: 'l2', position: 1, label: 'erfüllt', points: 3, descriptor: '' }] },
];

async function render(data: AssignmentOverview | Error, params: { position?: string; enrolment?: string } = { position: '1', enrolment: 'e1' }) {
  const service = {
    moduleIdAt: jest.fn((position: number) => of(position <= 5 ? `m${position}` : null)),
    overview: jest.fn(() => (data instanceof Error ? throwError(() => data) : of(data))),
    rubric: jest.fn(() => of(rubric)),
    saveDraft: jest.fn(),
  };
  TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: AssignmentService, useValue: service }, { provide: SessionStore, useValue: { appInfo: signal(null) } }] });
  const fixture = TestBed.createComponent(AssignmentPage);
  if (params.position !== undefined) fixture.componentRef.setInput('position', params.position);
  if (params.enrolment !== undefined) fixture.componentRef.setInput('enrolment', params.enrolment);
  await fixture.whenStable();
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  return { fixture, element, service, byTestId: (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`) };
}

describe('AssignmentPage', () => {
  beforeEach(() => localStorage.clear());

  it('resolves the module by position and shows brief, deadlines and the editor', async () => {
    const { element, service, byTestId } = await render(overview());
    expect(service.overview).toHaveBeenCalledWith('e1', 'm1');
    expect(byTestId('assignment-heading')?.textContent).toContain('Transferaufgabe – Modul 1: Perspektiven auf kommunale Konflikte');
    expect(byTestId('assignment-brief')?.textContent).toContain('Beschreiben Sie einen Konflikt');
    expect(byTestId('assignment-due')?.textContent).toContain('2099');
    expect(byTestId('assignment-editor')).not.toBeNull();
    expect(element.querySelector('koko-earlier-attempts')).toBeNull();
  });

  it('shows a personal extension with its reason', async () => {
    const { byTestId } = await render(
      overview({ effectiveDueAt: '2099-03-24T22:59:00.000Z', extension: { id: 'x1', dueAt: '2099-03-24T22:59:00.000Z', reason: 'Elternzeit', grantedAt: '2099-03-01T09:00:00.000Z' } }),
    );
    expect(byTestId('assignment-extension')?.textContent).toContain('Begründung: Elternzeit');
    expect(byTestId('assignment-extension')?.textContent).toContain('Ursprüngliche Frist');
  });

  it('explains an incomplete link and an unknown module', async () => {
    expect((await render(overview(), { position: '1' })).byTestId('empty-state')?.textContent).toContain('Es fehlt die Angabe Ihres Durchgangs');
    TestBed.resetTestingModule();
    expect((await render(overview(), { position: '9', enrolment: 'e1' })).byTestId('empty-state')?.textContent).toContain('Ein Modul mit dieser Nummer gibt es nicht');
  });

  it('shows the API’s error with a retry', async () => {
    const { byTestId } = await render(new Error('boom'));
    expect(byTestId('error-state')?.textContent).toContain('Es ist ein Fehler aufgetreten');
  });

  it('shows a submitted attempt read-only, marked late', async () => {
    const { byTestId } = await render(
      overview({ canEdit: false, attempts: [attempt({ state: 'SUBMITTED', body: 'Meine Ausarbeitung', submittedAt: '2026-03-12T10:00:00.000Z', late: true })] }),
    );
    expect(byTestId('assignment-editor')).toBeNull();
    expect(byTestId('assignment-status')?.textContent).toMatch(/Eingereicht am .*2026.* \(verspätet\)/);
    expect(byTestId('assignment-attempt-1')?.textContent).toContain('Meine Ausarbeitung');
    expect(byTestId('assignment-attempt-1')?.textContent).toContain('Die Rückmeldung Ihrer Trainer:innen steht noch aus.');
  });

  it('lists earlier attempts with their released feedback while the revision is written', async () => {
    const revised = attempt({ id: 'a1', attemptNo: 1, state: 'REVISION_REQUESTED', body: 'Erste Fassung', submittedAt: '2026-03-01T10:00:00.000Z', feedback });
    const { byTestId } = await render(overview({ attempts: [attempt({ id: 'a2', attemptNo: 2, body: 'Zweite Fassung' }), revised] }));
    expect(byTestId('assignment-attempt-2')?.querySelector('[data-testid="assignment-editor"]')).not.toBeNull();
    const earlier = byTestId('assignment-attempt-1');
    expect(earlier?.textContent).toContain('Überarbeitung erforderlich');
    const shown = byTestId('assignment-feedback-1');
    expect(shown?.textContent).toContain('Bitte ordnen Sie den Konflikt mit einem Modell ein.');
    expect(shown?.textContent).toContain('Ayşe Yılmaz');
    const rows = Array.from(shown?.querySelectorAll('tbody tr') ?? []).map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['Analyse des Konflikts', 'nicht erfüllt', '0'],
      ['Transfer in die eigene Kommune', 'erfüllt', '2'],
    ]);
    expect(shown?.querySelector('tfoot')?.textContent).toContain('2 von 6');
  });

  it('says why a closed assignment cannot be edited', async () => {
    const passed = await render(overview({ canEdit: false, attempts: [attempt({ state: 'PASSED', submittedAt: '2026-03-01T10:00:00.000Z', feedback: { ...feedback, verdict: 'PASSED' } })] }));
    expect(passed.byTestId('assignment-status')?.textContent).toContain('Bestanden');
    TestBed.resetTestingModule();
    const limit = await render(overview({ canEdit: false, maxAttempts: 1, attempts: [attempt({ state: 'REVISION_REQUESTED', submittedAt: '2026-03-01T10:00:00.000Z' })] }));
    expect(limit.byTestId('assignment-status')?.textContent).toContain('keine weiteren Fassungen eingereicht werden: Die Höchstzahl (1) ist erreicht');
  });
});
