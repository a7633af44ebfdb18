import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RubricAdminService, type RubricCriterion } from '@koko/web/assessment/data-access-grading';
import { ConfirmService, Notifier } from '@koko/web/shared/ui';
import { of } from 'rxjs';
import { RubricEditorPage } from './rubric-editor-page';
import { settle } from '@koko/web/shared/util/testing';

const criterion = (id: string, title: string): RubricCriterion => ({
  id,
  position: 1,
  title,
  description: '',
  required: true,
  levels: [
    { id: `${id}-a`, position: 1, label: 'nicht erfüllt', points: 0, descriptor: '' },
    { id: `${id}-b`, position: 2, label: 'erfüllt', points: 2, descriptor: 'passt' },
  ],
});

function setup() {
  const save = jest.fn((_moduleId: string, criteria: unknown[]) => Promise.resolve(criteria.map((c, i) => ({ ...(c as object), id: `n${i}`, position: i + 1, levels: [] }))));
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      {
        provide: RubricAdminService,
        useValue: {
          byPosition: () => of({ module: { id: 'mod-2', position: 2, title: 'Interessen' }, criteria: [criterion('c1', 'Analyse'), criterion('c2', 'Transfer')] }),
          save,
        },
      },
      { provide: ConfirmService, useValue: { confirm: () => Promise.resolve(true) } },
      { provide: Notifier, useValue: { success: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(RubricEditorPage);
  fixture.componentRef.setInput('position', '2');
  fixture.detectChanges();
  const element: HTMLElement = fixture.nativeElement;
  return { fixture, element, save, byId: <T extends HTMLElement>(id: string) => element.querySelector<T>(`#${id}`) as T };
}

describe('RubricEditorPage', () => {
  it('reorders criteria by button and saves the new order', async () => {
    const { fixture, byId, element, save } = setup();
    await settle(fixture);
    expect(byId<HTMLButtonElement>('rubric-c0-up').disabled).toBe(true);
    byId<HTMLButtonElement>('rubric-c0-down').click();
    await settle(fixture);
    expect(byId<HTMLInputElement>('rubric-c0-title').value).toBe('Transfer');
    // The moved criterion is now last: its "down" is disabled, so focus sits on its "up".
    expect(document.activeElement?.id).toBe('rubric-c1-up');
    element.querySelector<HTMLButtonElement>('[data-testid="rubric-save"]')!.click();
    await settle(fixture);
    expect(save).toHaveBeenCalledWith('mod-2', [
      expect.objectContaining({ title: 'Transfer', levels: [{ label: 'nicht erfüllt', points: 0, descriptor: '' }, { label: 'erfüllt', points: 2, descriptor: 'passt' }] }),
      expect.objectContaining({ title: 'Analyse' }),
    ]);
  });

  it('sets a required criterion\'s minimum level for "passed" from its levels and saves it', async () => {
    const { fixture, element, save } = setup();
    await settle(fixture);
    const select = element.querySelector<HTMLElement>('[data-testid="rubric-criterion-minimum-0"]')!;
    expect(select.textContent).toContain('Jede Stufe über der niedrigsten');
    select.querySelector<HTMLElement>('.mat-mdc-select-trigger')!.click();
    await settle(fixture);
    const options = [...document.querySelectorAll<HTMLElement>('mat-option')];
    // The lowest level cannot be the minimum: it would allow what the rule forbids anyway.
    expect(options.map((o) => o.textContent?.trim())).toEqual(['Jede Stufe über der niedrigsten', 'erfüllt (2 Punkte)']);
    options[1]!.click();
    await settle(fixture);
    // Not required: no minimum to choose.
    element.querySelector<HTMLInputElement>('[data-testid="rubric-criterion-required-1"] input')!.click();
    await settle(fixture);
    expect(element.querySelector('[data-testid="rubric-criterion-minimum-1"]')).toBeNull();
    element.querySelector<HTMLButtonElement>('[data-testid="rubric-save"]')!.click();
    await settle(fixture);
    expect(save).toHaveBeenCalledWith('mod-2', [
      expect.objectContaining({ title: 'Analyse', required: true, minimumPoints: 2 }),
      expect.objectContaining({ title: 'Transfer', required: false, minimumPoints: null }),
    ]);
  });

  it('refuses to save a criterion with one level or a repeated label', async () => {
    const { fixture, element, save } = setup();
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('[data-testid="rubric-remove-level-0-1"]')!.click();
    await settle(fixture);
    element.querySelector<HTMLButtonElement>('[data-testid="rubric-add-level-1"]')!.click();
    await settle(fixture);
    const label = element.querySelector<HTMLInputElement>('[data-testid="rubric-level-label-1-2"]')!;
    label.value = 'Erfüllt';
    label.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('[data-testid="rubric-save"]')!.click();
    await settle(fixture);
    expect(save).not.toHaveBeenCalled();
    expect(element.textContent).toContain('Jedes Kriterium braucht mindestens 2 Stufen.');
    expect(element.textContent).toContain('Diese Bezeichnung kommt in diesem Kriterium schon vor.');
    expect(element.querySelector('[data-testid="form-error"]')!.textContent).toContain('Bitte korrigieren Sie die markierten Angaben.');
  });
});
