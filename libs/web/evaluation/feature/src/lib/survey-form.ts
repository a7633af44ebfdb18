import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import { berlinToIso, isoToBerlin } from '@koko/web/catalogue/data-access';
import type { SurveyContexts, SurveyInput, SurveyWave } from '@koko/web/evaluation/data-access';
import { dateOfDay, dateOfTime, dayOf, timeOf } from '@koko/web/shared/util';

export const SURVEY_WAVES: readonly SurveyWave[] = ['PRE', 'POST', 'MODULE', 'EVENT'];
export const SURVEY_TITLE = { min: 3, max: 200 } as const;
const DAY = 86_400_000;

/** The instants of the picked days and wall-clock times, read on Berlin's clock (the reminder at 09:00 unless a time is given). */
function instants(group: AbstractControl) {
  const v = group.value as Record<string, Date | null | undefined>;
  return {
    opens: berlinToIso(dayOf(v['opensDay']), timeOf(v['opensTime'])),
    closes: berlinToIso(dayOf(v['closesDay']), timeOf(v['closesTime'])),
    remind: v['remindDay'] ? berlinToIso(dayOf(v['remindDay']), timeOf(v['remindTime']) || '09:00') : null,
  };
}

/** Cross-field rules the API checks too, shown at once: the order of the dates, a closing still ahead, the event's end. */
function consistent(contexts: () => SurveyContexts | null, now: Date) {
  return (group: AbstractControl): ValidationErrors | null => {
    const t = instants(group);
    const errors: ValidationErrors = {};
    if (t.opens && t.closes && t.closes <= t.opens) errors['closesBeforeOpens'] = true;
    else if (t.closes && t.closes <= now.toISOString()) errors['closesInPast'] = true;
    if (t.remind && t.opens && t.closes && (t.remind <= t.opens || t.remind >= t.closes)) errors['remindOutside'] = true;
    const event = group.get('wave')?.value === 'EVENT' ? contexts()?.shortFormats.find((s) => s.id === group.get('shortFormatId')?.value) : undefined;
    if (event && t.opens && t.opens < new Date(event.endsAt).toISOString()) errors['opensBeforeEventEnd'] = true;
    return Object.keys(errors).length ? errors : null;
  };
}

export function surveyForm(contexts: () => SurveyContexts | null, now = new Date()) {
  const opens = isoToBerlin(new Date(now.getTime() + DAY).toISOString());
  const closes = isoToBerlin(new Date(now.getTime() + 15 * DAY).toISOString());
  const title = () =>
    new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.minLength(SURVEY_TITLE.min), Validators.maxLength(SURVEY_TITLE.max)] });
  return new FormGroup(
    {
      versionId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      title: title(),
      titleEn: title(),
      wave: new FormControl<SurveyWave>('PRE', { nonNullable: true }),
      cohortId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
      moduleId: new FormControl('', { nonNullable: true }),
      shortFormatId: new FormControl('', { nonNullable: true }),
      opensDay: new FormControl<Date | null>(dateOfDay(opens?.day), { validators: [Validators.required] }),
      opensTime: new FormControl<Date | null>(dateOfTime('09:00'), { validators: [Validators.required] }),
      closesDay: new FormControl<Date | null>(dateOfDay(closes?.day), { validators: [Validators.required] }),
      closesTime: new FormControl<Date | null>(dateOfTime('18:00'), { validators: [Validators.required] }),
      remindDay: new FormControl<Date | null>(null),
      remindTime: new FormControl<Date | null>(null),
    },
    { validators: consistent(contexts, now) },
  );
}

export type SurveyForm = ReturnType<typeof surveyForm>;

/** Only the context fields of the chosen kind are required (the others are hidden and not sent). */
export function requireContextOf(form: SurveyForm, wave: SurveyWave): void {
  const { cohortId, moduleId, shortFormatId } = form.controls;
  cohortId.setValidators(wave === 'EVENT' ? [] : [Validators.required]);
  moduleId.setValidators(wave === 'MODULE' ? [Validators.required] : []);
  shortFormatId.setValidators(wave === 'EVENT' ? [Validators.required] : []);
  for (const control of [cohortId, moduleId, shortFormatId]) control.updateValueAndValidity({ emitEvent: false });
  form.updateValueAndValidity();
}

/** A survey after a short format opens when it ends (or at the next half hour, when it ended before) and stays open two weeks. */
export function openAfterEvent(form: SurveyForm, endsAt: string, now = new Date()): void {
  const halfHour = 30 * 60_000;
  const start = Math.max(new Date(endsAt).getTime(), Math.ceil(now.getTime() / halfHour) * halfHour);
  const opens = isoToBerlin(new Date(start).toISOString());
  const closes = isoToBerlin(new Date(start + 14 * DAY).toISOString());
  form.patchValue({ opensDay: dateOfDay(opens?.day), opensTime: dateOfTime(opens?.time), closesDay: dateOfDay(closes?.day), closesTime: dateOfTime(opens?.time) });
}

/** The API input of a valid form; null when a picked wall-clock time does not exist. */
export function surveyInput(form: SurveyForm): SurveyInput | null {
  const v = form.getRawValue();
  const t = instants(form);
  if (!t.opens || !t.closes) return null;
  const event = v.wave === 'EVENT';
  return {
    versionId: v.versionId,
    title: v.title.trim(),
    titleEn: v.titleEn.trim(),
    wave: v.wave,
    cohortId: event ? null : v.cohortId,
    moduleId: v.wave === 'MODULE' ? v.moduleId : null,
    shortFormatId: event ? v.shortFormatId : null,
    opensAt: t.opens,
    closesAt: t.closes,
    remindAt: t.remind,
  };
}
