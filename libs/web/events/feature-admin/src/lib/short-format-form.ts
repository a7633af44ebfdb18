import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import { berlinToIso, isoToBerlin } from '@koko/web/catalogue/data-access';
import type { ShortFormatAdmin, ShortFormatInput } from '@koko/web/events/data-access';
import type { ShortFormatFormat, ShortFormatLanguage } from '@koko/web/shared/data-access-graphql';
import { dateOfDay, dateOfTime, dayOf, timeOf } from '@koko/web/shared/util';

export const SHORT_FORMAT_LIMITS = {
  title: { min: 3, max: 200 },
  description: { max: 10_000 },
  text: { max: 500 },
  accessibility: { max: 4000 },
  capacity: { min: 1, max: 10_000 },
} as const;

const URL_PATTERN = /^\s*https?:\/\/[^\s/$.?#][^\s]*\s*$/i;

/**
 * The days and times come from Material's date and time pickers (local Dates); only their shown
 * day and wall-clock time count, read on Berlin's clock. The API gets instants.
 */
function times(group: AbstractControl) {
  const v = group.value as Record<string, Date | null | undefined>;
  const closesDay = dayOf(v['closesDay']);
  return {
    start: berlinToIso(dayOf(v['startDay']), timeOf(v['startTime'])),
    end: berlinToIso(dayOf(v['endDay']), timeOf(v['endTime'])),
    opens: berlinToIso(dayOf(v['opensDay']), timeOf(v['opensTime'])),
    closes: closesDay ? berlinToIso(closesDay, timeOf(v['closesTime']) || '23:59') : null,
  };
}

/** Cross-field rules the API checks too; shown at once here. */
function consistent(group: AbstractControl): ValidationErrors | null {
  const t = times(group);
  const format = group.get('format')?.value as ShortFormatFormat;
  const errors: ValidationErrors = {};
  if (t.start && t.end && t.end <= t.start) errors['endBeforeStart'] = true;
  const closes = t.closes ?? t.start;
  if (t.opens && closes && (closes <= t.opens || (t.end && closes > t.end))) errors['registrationPeriod'] = true;
  if (format !== 'IN_PERSON' && !(group.get('joinUrl')?.value as string).trim()) errors['joinUrlRequired'] = true;
  if (format !== 'ONLINE' && !(group.get('address')?.value as string).trim()) errors['addressRequired'] = true;
  return Object.keys(errors).length ? errors : null;
}

export function shortFormatForm(event?: ShortFormatAdmin, now = new Date()) {
  const start = event ? isoToBerlin(event.startsAt) : null;
  const end = event ? isoToBerlin(event.endsAt) : null;
  const opens = isoToBerlin(event?.registrationOpensAt ?? now.toISOString());
  const closes = event ? isoToBerlin(event.registrationClosesAt) : null;
  const text = (value: string, max: number = SHORT_FORMAT_LIMITS.text.max) => new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(max)] });
  const required = (value: string) => new FormControl(value, { nonNullable: true, validators: [Validators.required] });
  const day = (value: string | undefined, isRequired = true) => new FormControl<Date | null>(dateOfDay(value), isRequired ? { validators: [Validators.required] } : {});
  const time = (value: string | undefined, isRequired = true) => new FormControl<Date | null>(dateOfTime(value), isRequired ? { validators: [Validators.required] } : {});
  return new FormGroup(
    {
      title: new FormControl(event?.title ?? '', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(SHORT_FORMAT_LIMITS.title.min), Validators.maxLength(SHORT_FORMAT_LIMITS.title.max)],
      }),
      topicId: required(event?.topicId ?? ''),
      description: text(event?.description ?? '', SHORT_FORMAT_LIMITS.description.max),
      format: new FormControl<ShortFormatFormat>(event?.format ?? 'ONLINE', { nonNullable: true }),
      joinUrl: new FormControl(event?.joinUrl ?? '', { nonNullable: true, validators: [Validators.maxLength(500), Validators.pattern(URL_PATTERN)] }),
      address: text(event?.address ?? ''),
      startDay: day(start?.day),
      startTime: time(start?.time ?? '10:00'),
      endDay: day(end?.day),
      endTime: time(end?.time ?? '12:00'),
      capacity: new FormControl<number | null>(event?.capacity ?? 30, {
        validators: [Validators.required, Validators.min(SHORT_FORMAT_LIMITS.capacity.min), Validators.max(SHORT_FORMAT_LIMITS.capacity.max)],
      }),
      opensDay: day(opens?.day),
      opensTime: time(opens?.time ?? '09:00'),
      closesDay: day(closes?.day, false),
      closesTime: time(closes?.time, false),
      targetGroup: text(event?.targetGroup ?? ''),
      speakers: text(event?.speakers ?? ''),
      language: new FormControl<ShortFormatLanguage>(event?.language ?? 'DE', { nonNullable: true }),
      accessibility: text(event?.accessibility ?? '', SHORT_FORMAT_LIMITS.accessibility.max),
      contact: text(event?.contact ?? ''),
    },
    { validators: consistent },
  );
}

export type ShortFormatForm = ReturnType<typeof shortFormatForm>;

/** The API input of a valid form; registration closes at the start unless a time is given. */
export function shortFormatInput(form: ShortFormatForm): ShortFormatInput | null {
  const v = form.getRawValue();
  const t = times(form);
  if (!t.start || !t.end || !t.opens || v.capacity === null) return null;
  return {
    title: v.title.trim(),
    topicId: v.topicId,
    description: v.description.trim(),
    format: v.format,
    joinUrl: v.format === 'IN_PERSON' ? null : v.joinUrl.trim() || null,
    address: v.format === 'ONLINE' ? null : v.address.trim() || null,
    startsAt: t.start,
    endsAt: t.end,
    capacity: v.capacity,
    registrationOpensAt: t.opens,
    registrationClosesAt: t.closes ?? t.start,
    targetGroup: v.targetGroup.trim(),
    speakers: v.speakers.trim(),
    language: v.language,
    accessibility: v.accessibility.trim(),
    contact: v.contact.trim(),
  };
}
