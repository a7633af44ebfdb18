import { type AbstractControl, FormArray, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { ItemKind, QuestionnaireInput, QuestionnaireVersion } from '@koko/web/evaluation/data-access';

/** The kinds in the order the builder offers them. */
export const ITEM_KINDS: readonly ItemKind[] = ['LIKERT5', 'LIKERT7', 'SINGLE', 'MULTIPLE', 'NUMERIC', 'TEXT'];

/** The API's limits (dto/questionnaire.input.ts), shown as field errors before anything is sent. */
export const LIMITS = { title: { min: 3, max: 200 }, sectionTitle: 200, text: 1000, label: 100, option: 200, range: 1_000_000 } as const;
export const CODE_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

type Version = QuestionnaireVersion;
type SectionContent = Version['sections'][number];
type ItemContent = SectionContent['items'][number];
type OptionContent = ItemContent['options'][number];

export const isLikert = (kind: ItemKind) => kind === 'LIKERT5' || kind === 'LIKERT7';
export const isChoice = (kind: ItemKind) => kind === 'SINGLE' || kind === 'MULTIPLE';

const text = (value: string, max: number, required = true) =>
  new FormControl(value, { nonNullable: true, validators: required ? [Validators.required, Validators.maxLength(max)] : [Validators.maxLength(max)] });

export type OptionForm = FormGroup<{ value: FormControl<number | null>; label: FormControl<string>; labelEn: FormControl<string> }>;

export type ItemForm = FormGroup<{
  code: FormControl<string>;
  kind: FormControl<ItemKind>;
  text: FormControl<string>;
  textEn: FormControl<string>;
  lowLabel: FormControl<string>;
  lowLabelEn: FormControl<string>;
  highLabel: FormControl<string>;
  highLabelEn: FormControl<string>;
  allowNoAnswer: FormControl<boolean>;
  required: FormControl<boolean>;
  options: FormArray<OptionForm>;
  minValue: FormControl<number | null>;
  maxValue: FormControl<number | null>;
}>;

export type SectionForm = FormGroup<{ title: FormControl<string>; titleEn: FormControl<string>; items: FormArray<ItemForm> }>;

export type QuestionnaireForm = FormGroup<{ title: FormControl<string>; titleEn: FormControl<string>; sections: FormArray<SectionForm> }>;

export function optionGroup(o?: Partial<OptionContent>): OptionForm {
  return new FormGroup({
    value: new FormControl<number | null>(o?.value ?? null, { validators: [Validators.required, Validators.min(0), Validators.max(99), Validators.pattern(/^\d+$/)] }),
    label: text(o?.label ?? '', LIMITS.option),
    labelEn: text(o?.labelEn ?? '', LIMITS.option),
  });
}

/** Cross-field rules of one item: labelled ends on a Likert scale, two distinct options, a range that rises. */
const itemRules: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const g = group as ItemForm;
  const kind = g.controls.kind.value;
  const errors: ValidationErrors = {};
  if (isChoice(kind)) {
    const values = g.controls.options.controls.map((o) => o.controls.value.value);
    if (values.length < 2) errors['tooFewOptions'] = true;
    if (new Set(values).size !== values.length) errors['duplicateValues'] = true;
  }
  const { minValue, maxValue } = g.controls;
  if (kind === 'NUMERIC' && minValue.value != null && maxValue.value != null && Number(minValue.value) >= Number(maxValue.value)) errors['range'] = true;
  return Object.keys(errors).length ? errors : null;
};

const endLabel = (value: string | null | undefined): FormControl<string> =>
  new FormControl(value ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(LIMITS.label)] });

/**
 * Only the fields of the item's kind take part (and are validated): end labels for Likert scales,
 * options for choice items, a range for numbers; free text offers no "keine Angabe".
 */
function applyKind(group: ItemForm): void {
  const kind = group.controls.kind.value;
  const toggle = (control: AbstractControl, on: boolean) => (on ? control.enable({ emitEvent: false }) : control.disable({ emitEvent: false }));
  for (const c of [group.controls.lowLabel, group.controls.lowLabelEn, group.controls.highLabel, group.controls.highLabelEn]) toggle(c, isLikert(kind));
  toggle(group.controls.options, isChoice(kind));
  toggle(group.controls.minValue, kind === 'NUMERIC');
  toggle(group.controls.maxValue, kind === 'NUMERIC');
  if (kind === 'TEXT') group.controls.allowNoAnswer.setValue(false, { emitEvent: false });
  toggle(group.controls.allowNoAnswer, kind !== 'TEXT');
  // A choice item starts with two options to fill in.
  const options = group.controls.options;
  if (isChoice(kind)) while (options.length < 2) options.push(optionGroup({ value: options.length + 1 }), { emitEvent: false });
  group.updateValueAndValidity({ emitEvent: false });
}

export function itemGroup(i?: Partial<ItemContent>): ItemForm {
  const group: ItemForm = new FormGroup(
    {
      code: new FormControl(i?.code ?? '', { nonNullable: true, validators: [Validators.required, Validators.pattern(CODE_PATTERN)] }),
      kind: new FormControl<ItemKind>(i?.kind ?? 'LIKERT5', { nonNullable: true }),
      text: text(i?.text ?? '', LIMITS.text),
      textEn: text(i?.textEn ?? '', LIMITS.text),
      lowLabel: endLabel(i?.lowLabel),
      lowLabelEn: endLabel(i?.lowLabelEn),
      highLabel: endLabel(i?.highLabel),
      highLabelEn: endLabel(i?.highLabelEn),
      allowNoAnswer: new FormControl(i?.allowNoAnswer ?? false, { nonNullable: true }),
      required: new FormControl(i?.required ?? false, { nonNullable: true }),
      options: new FormArray((i?.options ?? []).map((o) => optionGroup(o))),
      minValue: new FormControl<number | null>(i?.minValue ?? null, { validators: [Validators.min(-LIMITS.range), Validators.max(LIMITS.range), Validators.pattern(/^-?\d+$/)] }),
      maxValue: new FormControl<number | null>(i?.maxValue ?? null, { validators: [Validators.min(-LIMITS.range), Validators.max(LIMITS.range), Validators.pattern(/^-?\d+$/)] }),
    },
    { validators: itemRules },
  );
  applyKind(group);
  group.controls.kind.valueChanges.subscribe(() => applyKind(group));
  return group;
}

export function sectionGroup(s?: Partial<SectionContent>): SectionForm {
  return new FormGroup({
    title: text(s?.title ?? '', LIMITS.sectionTitle),
    titleEn: text(s?.titleEn ?? '', LIMITS.sectionTitle),
    items: new FormArray((s?.items ?? []).map((i) => itemGroup(i))),
  });
}

/** Item codes must differ across the whole questionnaire (they name export columns). */
const uniqueCodes: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const codes = (group as QuestionnaireForm).controls.sections.controls.flatMap((s) => s.controls.items.controls.map((i) => i.controls.code.value.trim().toLowerCase())).filter(Boolean);
  const duplicate = codes.find((c, i) => codes.indexOf(c) !== i);
  return duplicate ? { duplicateCode: duplicate } : null;
};

export function questionnaireForm(v?: Version | null): QuestionnaireForm {
  const titled = (value: string) => new FormControl(value, { nonNullable: true, validators: [Validators.required, Validators.minLength(LIMITS.title.min), Validators.maxLength(LIMITS.title.max)] });
  return new FormGroup(
    {
      title: titled(v?.title ?? ''),
      titleEn: titled(v?.titleEn ?? ''),
      sections: new FormArray(v ? v.sections.map((s) => sectionGroup(s)) : [sectionGroup({ items: [] })]),
    },
    { validators: uniqueCodes },
  );
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);
const numberOrNull = (value: number | string | null) => (value === null || value === '' ? null : Number(value));

/** The API input: only what the item's kind uses (labels for Likert, options for choice, a range for numbers). */
export function toInput(form: QuestionnaireForm): QuestionnaireInput {
  const v = form.getRawValue();
  return {
    title: v.title.trim(),
    titleEn: v.titleEn.trim(),
    sections: v.sections.map((s) => ({
      title: s.title.trim(),
      titleEn: s.titleEn.trim(),
      items: s.items.map((i) => ({
        code: i.code.trim(),
        kind: i.kind,
        text: i.text.trim(),
        textEn: i.textEn.trim(),
        lowLabel: isLikert(i.kind) ? orNull(i.lowLabel) : null,
        lowLabelEn: isLikert(i.kind) ? orNull(i.lowLabelEn) : null,
        highLabel: isLikert(i.kind) ? orNull(i.highLabel) : null,
        highLabelEn: isLikert(i.kind) ? orNull(i.highLabelEn) : null,
        allowNoAnswer: i.kind !== 'TEXT' && i.allowNoAnswer,
        required: i.required,
        options: isChoice(i.kind) ? i.options.map((o) => ({ value: Number(o.value), label: o.label.trim(), labelEn: o.labelEn.trim() })) : [],
        minValue: i.kind === 'NUMERIC' ? numberOrNull(i.minValue) : null,
        maxValue: i.kind === 'NUMERIC' ? numberOrNull(i.maxValue) : null,
      })),
    })),
  };
}

/** The next free option value of an item (1, 2, … by default). */
export function nextOptionValue(item: ItemForm): number {
  const values = item.controls.options.controls.map((o) => Number(o.controls.value.value) || 0);
  return values.length ? Math.min(99, Math.max(...values) + 1) : 1;
}

/** A code not yet used, from the section and item position (`s2_q3`). */
export function suggestCode(form: QuestionnaireForm, sectionIndex: number): string {
  const used = new Set(form.controls.sections.controls.flatMap((s) => s.controls.items.controls.map((i) => i.controls.code.value.toLowerCase())));
  const count = form.controls.sections.at(sectionIndex).controls.items.length;
  for (let n = count + 1; ; n++) {
    const code = `s${sectionIndex + 1}_q${n}`;
    if (!used.has(code)) return code;
  }
}
