import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatDatepicker, MatDatepickerInput, MatDatepickerToggle } from '@angular/material/datepicker';
import { MatError, MatFormField, MatHint, MatLabel, MatSuffix } from '@angular/material/form-field';
import { type ErrorStateMatcher } from '@angular/material/core';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTimepicker, MatTimepickerInput, MatTimepickerToggle } from '@angular/material/timepicker';
import { berlinToIso, isoToBerlin } from '@koko/web/catalogue/data-access';
import { COUNSELLING_FORMATS, type CounsellingAppointment, type CounsellingFormat, CounsellingService, formatKey } from '@koko/web/counselling/data-access';
import { createDialogForm } from '@koko/web/shared/data-access-graphql';
import { DialogFormScaffold, provideKokoDates } from '@koko/web/shared/ui';
import { dateOfDay, dateOfTime, dayOf, timeOf, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';

export interface AppointmentDialogData {
  requestId: string;
  /** The requester's preferred format (the default for a new appointment). */
  preferredFormat: CounsellingFormat;
  /** Given: change it; absent: plan a new one. */
  appointment?: CounsellingAppointment;
}

export const APPOINTMENT_DURATIONS = [30, 45, 60, 90, 120, 180] as const;

/** Online needs an https link, on site a place (the server checks the same). */
function locationFits(group: AbstractControl): ValidationErrors | null {
  const format = group.get('format')?.value as CounsellingFormat;
  const location = String(group.get('location')?.value ?? '').trim();
  if (format === 'ONLINE' && !/^https:\/\/\S+\.\S+$/.test(location)) return { linkRequired: true };
  if (format === 'ON_SITE' && location.length < 3) return { placeRequired: true };
  return null;
}

/** Plans or changes an appointment: day and time (Berlin), duration, format, place, link or phone number. Closes with the saved appointment. */
@Component({
  selector: 'koko-counselling-appointment-dialog',
  imports: [
    ReactiveFormsModule,
    DialogFormScaffold,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatSuffix,
    MatDatepicker,
    MatDatepickerInput,
    MatDatepickerToggle,
    MatTimepicker,
    MatTimepickerInput,
    MatTimepickerToggle,
    MatInput,
    MatSelect,
    MatOption,
    TranslatePipe,
  ],
  providers: [provideKokoDates()],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './appointment-dialog.html',
})
export class AppointmentDialog {
  protected readonly data = inject<AppointmentDialogData>(MAT_DIALOG_DATA);
  private readonly service = inject(CounsellingService);

  protected readonly formats = COUNSELLING_FORMATS;
  protected readonly formatKey = formatKey;
  protected readonly durations = APPOINTMENT_DURATIONS;
  protected readonly today = new Date();
  private readonly start = this.data.appointment ? isoToBerlin(this.data.appointment.startsAt) : null;

  protected readonly form = new FormGroup(
    {
      day: new FormControl<Date | null>(dateOfDay(this.start?.day), { validators: [Validators.required] }),
      time: new FormControl<Date | null>(dateOfTime(this.start?.time ?? '10:00'), { validators: [Validators.required] }),
      durationMinutes: new FormControl<number>(this.data.appointment?.durationMinutes ?? 60, { nonNullable: true, validators: [Validators.required] }),
      format: new FormControl<CounsellingFormat>(this.data.appointment?.format ?? this.data.preferredFormat, { nonNullable: true }),
      location: new FormControl(this.data.appointment?.location ?? '', { nonNullable: true, validators: [Validators.maxLength(500)] }),
    },
    { validators: locationFits },
  );

  protected readonly dialog = createDialogForm<CounsellingAppointment>({
    form: this.form,
    save: () => {
      const v = this.form.getRawValue();
      const startsAt = berlinToIso(dayOf(v.day), timeOf(v.time));
      if (!startsAt) return null;
      const input = { startsAt, durationMinutes: v.durationMinutes, format: v.format, location: v.location.trim() || null };
      const existing = this.data.appointment;
      return existing ? this.service.changeAppointment(existing.id, input) : this.service.planAppointment(this.data.requestId, input);
    },
  });

  /** The place or link is checked together with the format (a group error): the field shows it as its own. */
  protected readonly locationErrors: ErrorStateMatcher = {
    isErrorState: (control) => !!control?.touched && (!!control.invalid || this.form.hasError('linkRequired') || this.form.hasError('placeRequired')),
  };

  protected locationLabel(): TranslationKey {
    const format = this.form.controls.format.value;
    return format === 'ONLINE' ? 'counselling.appointments.link' : format === 'ON_SITE' ? 'counselling.appointments.place' : 'counselling.appointments.phone';
  }
}
