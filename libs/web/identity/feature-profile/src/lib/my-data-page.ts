import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** `/profil/meine-daten` – GDPR self-service: what is kept, and deleting the own account. */
@Component({
  selector: 'koko-my-data-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatCheckbox,
    MatButton,
    PageHeader,
    FormError,
    LoadingState,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-data-page.html',
  styleUrl: './my-data-page.scss',
})
export class MyDataPage {
  protected readonly session = inject(SessionStore);
  private readonly i18n = inject(I18nService);
  private readonly errors = inject(ApiErrorService);
  private readonly confirm = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);

  protected readonly deleteForm = new FormGroup({
    understood: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly deleting = signal(false);
  protected readonly deleteError = signal<string | null>(null);

  protected async deleteAccount(): Promise<void> {
    if (this.deleteForm.invalid) {
      this.deleteForm.markAllAsTouched();
      return;
    }
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('myData.deleteConfirmTitle'),
      message: this.i18n.t('myData.deleteConfirmText'),
      confirmLabel: this.i18n.t('myData.deleteSubmit'),
      destructive: true,
    });
    if (!confirmed) return;
    this.deleting.set(true);
    this.deleteError.set(null);
    try {
      await this.session.deleteMyAccount(this.deleteForm.controls.password.value);
      this.notifier.success(this.i18n.t('myData.deleted'));
      await this.router.navigateByUrl('/');
    } catch (error) {
      this.deleteForm.controls.password.reset();
      this.deleteError.set(this.errors.describe(error).message);
    } finally {
      this.deleting.set(false);
    }
  }
}
