import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import { berlinToIso, type CohortSession, isoToBerlin, type SessionInput } from '@koko/web/catalogue/data-access';
import { dateOfDay, dateOfTime, dayOf, timeOf } from '@koko/web/shared/util';

/** The day must lie within the cohort (calendar days compare as strings). */
function withinCohort(startsOn: string, endsOn: string): ValidatorFn {
  return (control: AbstractControl<Date | null>): ValidationErrors | null => {
    const day = dayOf(control.value);
    return day && (day < startsOn || day > endsOn) ? { outsideCohort: true } : null;
  };
}

function endsAfterStart(control: AbstractControl<Date | null>): ValidationErrors | null {
  const end = timeOf(control.value);
  const start = timeOf(control.parent?.get('startTime')?.value as Date | null | undefined);
  return end && start && end <= start ? { endsBeforeStart: true } : null;
}

/** A session needs a place, an online link, or both (hybrid). */
function placeRequired(group: AbstractControl): ValidationErrors | null {
  const location = (group.get('location')?.value as string | undefined)?.trim();
  const onlineUrl = (group.get('onlineUrl')?.value as string | undefined)?.trim();
  return location || onlineUrl ? null : { placeRequired: true };
}

export type SessionForm = ReturnType<typeof sessionForm>;

export function sessionForm(cohort: { startsOn: string; endsOn: string }, session?: CohortSession) {
  const start = session ? isoToBerlin(session.startsAt) : null;
  const end = session ? isoToBerlin(session.endsAt) : null;
  const form = new FormGroup(
    {
      // Material's date and time pickers hold local Dates; only the shown day and time are read (as Berlin's).
      day: new FormControl<Date | null>(dateOfDay(start?.day), { validators: [Validators.required, withinCohort(cohort.startsOn, cohort.endsOn)] }),
      startTime: new FormControl<Date | null>(dateOfTime(start?.time ?? '09:00'), { validators: [Validators.required] }),
      endTime: new FormControl<Date | null>(dateOfTime(end?.time ?? '16:00'), { validators: [Validators.required, endsAfterStart] }),
      title: new FormControl(session?.titleDe ?? '', { nonNullable: true, validators: [Validators.maxLength(200)] }),
      titleEn: new FormControl(session?.titleEn ?? '', { nonNullable: true, validators: [Validators.maxLength(200)] }),
      location: new FormControl(session?.location ?? '', { nonNullable: true, validators: [Validators.maxLength(300)] }),
      onlineUrl: new FormControl(session?.onlineUrl ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(500), Validators.pattern(/^\s*https?:\/\/[^\s/$.?#][^\s]*\s*$/i)],
      }),
    },
    { validators: placeRequired },
  );
  form.controls.startTime.valueChanges.subscribe(() => form.controls.endTime.updateValueAndValidity({ emitEvent: false }));
  return form;
}

/** The API input: the day and times as the admin typed them, read on Berlin's clock. */
export function sessionInput(form: SessionForm, cohortId: string, moduleId: string): SessionInput | null {
  const v = form.getRawValue();
  const startsAt = berlinToIso(dayOf(v.day), timeOf(v.startTime));
  const endsAt = berlinToIso(dayOf(v.day), timeOf(v.endTime));
  if (!startsAt || !endsAt) return null;
  return {
    cohortId,
    moduleId,
    startsAt,
    endsAt,
    title: v.title.trim(),
    titleEn: v.titleEn.trim(),
    location: v.location.trim() || null,
    onlineUrl: v.onlineUrl.trim() || null,
  };
}
