import { TestBed } from '@angular/core/testing';
import { settle } from '@koko/web/shared/util/testing';
import { QuestionPreview } from './question-preview';
import { itemGroup, optionGroup } from './questionnaire-form';

async function render() {
  const item = itemGroup({
    code: 'q1',
    kind: 'LIKERT5',
    text: 'Wie sicher fühlen Sie sich?',
    textEn: 'How confident do you feel?',
    lowLabel: 'gar nicht',
    lowLabelEn: 'not at all',
    highLabel: 'sehr',
    highLabelEn: 'very',
  });
  const fixture = TestBed.createComponent(QuestionPreview);
  fixture.componentRef.setInput('item', item);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId, item };
}

describe('QuestionPreview', () => {
  beforeEach(() => localStorage.clear());

  it('shows the question as participants see it, in German and English, and follows the editing', async () => {
    const { fixture, element, byTestId, item } = await render();
    expect(byTestId('builder-item-preview')).toBeNull();
    const toggle = byTestId('builder-item-preview-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    toggle?.click();
    await settle(fixture);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    const [de, en] = Array.from(element.querySelectorAll<HTMLElement>('koko-survey-question'));
    expect(de.querySelector('legend')?.textContent).toContain('Wie sicher fühlen Sie sich?');
    expect(en.querySelector('legend')?.textContent).toContain('How confident do you feel?');
    expect(Array.from(de.querySelectorAll('mat-radio-button'), (b) => b.textContent?.trim())).toEqual(['1 – gar nicht', '2', '3', '4', '5 – sehr']);
    expect(en.querySelector('mat-radio-button')?.textContent).toContain('1 – not at all');

    // The author changes the scale, allows "keine Angabe" and rewords the question: the preview follows.
    item.patchValue({ kind: 'LIKERT7', allowNoAnswer: true, text: 'Wie sicher fühlen Sie sich jetzt?' });
    await settle(fixture);
    const radios = Array.from(element.querySelectorAll('koko-survey-question')[0].querySelectorAll('mat-radio-button'), (b) => b.textContent?.trim());
    expect(radios).toHaveLength(8);
    expect(radios[6]).toBe('7 – sehr');
    expect(radios[7]).toBe('keine Angabe');
    expect(element.querySelector('legend')?.textContent).toContain('Wie sicher fühlen Sie sich jetzt?');
    // The English side shows its fixed texts in English, though the builder is used in German.
    const english = element.querySelectorAll('koko-survey-question')[1];
    expect(Array.from(english.querySelectorAll('mat-radio-button')).at(-1)?.textContent?.trim()).toBe('no answer');

    toggle?.click();
    await settle(fixture);
    expect(byTestId('builder-item-preview')).toBeNull();
  });

  it('shows the options of a choice and a free-text field', async () => {
    const { fixture, element, byTestId, item } = await render();
    byTestId('builder-item-preview-toggle')?.click();
    item.controls.kind.setValue('MULTIPLE');
    // A choice starts with two options to fill in; the author adds a third.
    item.controls.options.at(0).patchValue({ label: 'Verwaltung', labelEn: 'Administration' });
    item.controls.options.at(1).patchValue({ label: 'Schule', labelEn: 'School' });
    item.controls.options.push(optionGroup({ value: 3, label: 'Polizei', labelEn: 'Police' }));
    await settle(fixture);
    expect(Array.from(element.querySelectorAll('koko-survey-question')[1].querySelectorAll('mat-checkbox'), (c) => c.textContent?.trim())).toEqual(['Administration', 'School', 'Police']);
    item.controls.kind.setValue('TEXT');
    await settle(fixture);
    expect(element.querySelector('koko-survey-question textarea')).not.toBeNull();
  });
});
