import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import { berlinToIso, type CohortSession, isoToBerlin, type SessionInput } from '@koko/web/catalogue/data-access';

/** The day must lie within the cohort (calendar days compare as strings). */
function withinCohort(startsOn: string, endsOn: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null =>
    control.value && (control.value < startsOn || control.value > endsOn) ? { outsideCohort: true } : null;
}

function endsAfterStart(control: AbstractControl<string>): ValidationErrors | null {
  const start = control.parent?.get('startTime')?.value as string | undefined;
  return control.value && start && control.value <= start ? { endsBeforeStart: true } : null;
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
      day: new FormControl(start?.day ?? '', {
        nonNullable: true,
        validators: [Validators.required, withinCohort(cohort.startsOn, cohort.endsOn)],
      }),
      startTime: new FormControl(start?.time ?? '09:00', { nonNullable: true, validators: [Validators.required] }),
      endTime: new FormControl(end?.time ?? '16:00', { nonNullable: true, validators: [Validators.required, endsAfterStart] }),
      title: new FormControl(session?.title ?? '', { nonNullable: true, validators: [Validators.maxLength(200)] }),
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
  const startsAt = berlinToIso(v.day, v.startTime);
  const endsAt = berlinToIso(v.day, v.endTime);
  if (!startsAt || !endsAt) return null;
  return {
    cohortId,
    moduleId,
    startsAt,
    endsAt,
    title: v.title.trim(),
    location: v.location.trim() || null,
    onlineUrl: v.onlineUrl.trim() || null,
  };
}
