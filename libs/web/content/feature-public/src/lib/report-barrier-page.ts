import { ChangeDetectionStrategy, Component, ElementRef, inject, input, OnInit, signal, viewChild } from '@angular/core';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { BarrierReportsService } from '@koko/web/content/data-access';
import { PrivacyNotice } from '@koko/web/content/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { FormError, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

const DESCRIPTION_MIN = 10;
const DESCRIPTION_MAX = 5000;

/** An address is needed only when the sender wants an answer. */
function emailWhenAnswerWanted(group: AbstractControl): ValidationErrors | null {
  const wants = group.get('wantsAnswer')?.value === true;
  const email = group.get('email');
  if (!email) return null;
  const missing = wants && !String(email.value ?? '').trim();
  const errors = { ...(email.errors ?? {}) };
  if (missing) errors['requiredForAnswer'] = true;
  else delete errors['requiredForAnswer'];
  email.setErrors(Object.keys(errors).length ? errors : null, { emitEvent: false });
  return null;
}

/** "Barriere melden": the feedback mechanism of the accessibility statement, open to anyone. */
@Component({
  selector: 'koko-report-barrier-page',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, PageHeader, FormError, PrivacyNotice, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-barrier-page.html',
  styleUrl: './report-barrier-page.scss',
})
export class ReportBarrierPage implements OnInit {
  private readonly reports = inject(BarrierReportsService);
  private readonly errors = inject(ApiErrorService);
  protected readonly i18n = inject(I18nService);
  private readonly confirmation = viewChild<ElementRef<HTMLElement>>('confirmation');

  /** `?seite=/bewerben`: the page the footer link was used on. */
  readonly seite = input<string>('');
  protected readonly descriptionMin = DESCRIPTION_MIN;
  protected readonly descriptionMax = DESCRIPTION_MAX;
  protected readonly sending = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly sent = signal<{ email: string | null } | null>(null);

  protected readonly form = new FormGroup(
    {
      pageUrl: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500)] }),
      description: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.minLength(DESCRIPTION_MIN), Validators.maxLength(DESCRIPTION_MAX)],
      }),
      wantsAnswer: new FormControl(false, { nonNullable: true }),
      name: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(160)] }),
      email: new FormControl('', { nonNullable: true, validators: [Validators.email, Validators.maxLength(254)] }),
      website: new FormControl('', { nonNullable: true }),
    },
    { validators: emailWhenAnswerWanted },
  );

  ngOnInit(): void {
    this.form.controls.pageUrl.setValue(this.seite() || '/');
  }

  protected async submit(): Promise<void> {
    this.formError.set(null);
    this.form.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.formError.set(this.i18n.t('content.report.fixErrors'));
      return;
    }
    const value = this.form.getRawValue();
    const email = value.wantsAnswer || value.email.trim() ? value.email.trim() || null : null;
    this.sending.set(true);
    try {
      await this.reports.report({ pageUrl: value.pageUrl, description: value.description, name: value.name || null, email, website: value.website || null });
      this.sent.set({ email });
      setTimeout(() => this.confirmation()?.nativeElement.focus());
    } catch (error) {
      this.formError.set(this.errors.describe(error).message);
    } finally {
      this.sending.set(false);
    }
  }

  protected another(): void {
    const pageUrl = this.form.controls.pageUrl.value;
    this.form.reset({ pageUrl, description: '', wantsAnswer: false, name: '', email: '', website: '' });
    this.sent.set(null);
  }
}
