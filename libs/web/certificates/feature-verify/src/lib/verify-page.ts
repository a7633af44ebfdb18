import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, inject, Injector, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { type AbstractControl, FormControl, FormGroup, ReactiveFormsModule, type ValidationErrors, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  CERTIFICATE_NUMBER_PATTERN,
  CertificateVerificationService,
  MAX_CREDENTIAL_CHARS,
  MAX_VERIFY_FILE_BYTES,
  normalizeCertificateNumber,
  type PublicCertificate,
} from '@koko/web/certificates/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { catchError, defer, map, of, startWith, switchMap } from 'rxjs';
import type { LookupResult } from './lookup-result';
import { LookupResultView } from './lookup-result-view';
import { PdfDropZone } from './pdf-drop-zone';

type ToolResult = { source: 'search' | 'file' | 'credential'; result: LookupResult; fileName?: string };

/** Limits of the API (FindCertificateInput). */
const NUMBER_MAX = 30;
const SURNAME_MAX = 120;

function certificateNumber(control: AbstractControl): ValidationErrors | null {
  const value = normalizeCertificateNumber(String(control.value ?? ''));
  return value === '' || CERTIFICATE_NUMBER_PATTERN.test(value) ? null : { certificateNumber: true };
}

function notBlank(control: AbstractControl): ValidationErrors | null {
  return String(control.value ?? '').trim() === '' ? { required: true } : null;
}

/**
 * `/verify/:code` and `/verify` – public, no account needed: the verdict on the certificate behind a
 * verification URL (QR code), a search by number and surname, a check whether a PDF is an unaltered original,
 * and a check of a digital credential (Open Badges JSON, dropped or pasted).
 */
@Component({
  selector: 'koko-verify-page',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, MatButton, PageHeader, TranslatePipe, LookupResultView, PdfDropZone],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify-page.html',
  styleUrl: './verify-page.scss',
})
export class VerifyPage {
  /** Route parameter `:code` (absent on `/verify`). */
  readonly code = input<string | undefined>(undefined);

  private readonly verification = inject(CertificateVerificationService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly codeResult = signal<LookupResult | null>(null);
  protected readonly toolResult = signal<ToolResult | null>(null);
  protected readonly numberMax = NUMBER_MAX;
  protected readonly surnameMax = SURNAME_MAX;
  protected readonly maxFileMb = MAX_VERIFY_FILE_BYTES / (1024 * 1024);
  protected readonly credentialMax = MAX_CREDENTIAL_CHARS;
  protected readonly pasteForm = new FormGroup({
    json: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(MAX_CREDENTIAL_CHARS)] }),
  });
  protected readonly form = new FormGroup({
    number: new FormControl('', { nonNullable: true, validators: [notBlank, certificateNumber, Validators.maxLength(NUMBER_MAX)] }),
    surname: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(SURNAME_MAX)] }),
  });
  /** Answers of an older check that arrive late are ignored. */
  private toolRun = 0;

  constructor() {
    toObservable(this.code)
      .pipe(
        switchMap((code) => {
          const trimmed = code?.trim();
          if (!trimmed) return of(null);
          return defer(() => this.verification.byCode(trimmed)).pipe(
            map((certificate) => this.found(certificate)),
            catchError((error: unknown) => of<LookupResult>({ kind: 'error', message: this.errors.describe(error).message })),
            startWith<LookupResult>({ kind: 'loading' }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((result) => this.codeResult.set(result));
  }

  protected async search(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    const { number, surname } = this.form.getRawValue();
    await this.runTool('search', async () => this.found(await this.verification.byNumber(normalizeCertificateNumber(number), surname.trim())));
  }

  protected async checkFile(file: File): Promise<void> {
    if (file.size > MAX_VERIFY_FILE_BYTES) {
      this.showTool('file', { kind: 'error', message: this.i18n.t('certificates.verify.file.tooLarge', { max: this.maxFileMb }) }, file.name);
      return;
    }
    await this.runTool(
      'file',
      async () => {
        const verdict = await this.verification.byFile(file);
        return { kind: 'file', original: verdict.original, certificate: verdict.certificate ?? null };
      },
      file.name,
    );
  }

  protected async checkCredentialFile(file: File): Promise<void> {
    if (file.size > MAX_CREDENTIAL_CHARS * 4) {
      this.showTool('credential', { kind: 'error', message: this.i18n.t('certificates.verify.credential.tooLarge') }, file.name);
      return;
    }
    await this.runTool('credential', async () => this.credentialResult(await file.text()), file.name);
  }

  protected async checkPasted(): Promise<void> {
    if (this.pasteForm.invalid) {
      this.pasteForm.markAllAsTouched();
      afterNextRender(() => this.document.querySelector<HTMLElement>('[data-testid="verify-credential-paste"]')?.focus(), { injector: this.injector });
      return;
    }
    await this.runTool('credential', async () => this.credentialResult(this.pasteForm.getRawValue().json.trim()));
  }

  private async credentialResult(json: string): Promise<LookupResult> {
    if (json.length > MAX_CREDENTIAL_CHARS) return { kind: 'error', message: this.i18n.t('certificates.verify.credential.tooLarge') };
    return { kind: 'credential', check: await this.verification.byCredential(json) };
  }

  private found(certificate: PublicCertificate | null): LookupResult {
    return certificate ? { kind: 'found', certificate } : { kind: 'notFound' };
  }

  private async runTool(source: ToolResult['source'], check: () => Promise<LookupResult>, fileName?: string): Promise<void> {
    const run = ++this.toolRun;
    this.toolResult.set({ source, result: { kind: 'loading' }, fileName });
    let result: LookupResult;
    try {
      result = await check();
    } catch (error) {
      result = { kind: 'error', message: this.errors.describe(error).message };
    }
    if (run === this.toolRun) this.showTool(source, result, fileName);
  }

  /** Shows the outcome and moves focus to it, so that it is read out and in view. */
  private showTool(source: ToolResult['source'], result: LookupResult, fileName?: string): void {
    this.toolRun++;
    this.toolResult.set({ source, result, fileName });
    afterNextRender(() => this.document.getElementById(`verify-${source}-result`)?.focus(), { injector: this.injector });
  }

  private focusFirstInvalid(): void {
    afterNextRender(() => this.document.querySelector<HTMLElement>('.verify-search input.ng-invalid')?.focus(), { injector: this.injector });
  }
}
