import { ChangeDetectionStrategy, Component, inject, input, ViewEncapsulation } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialogActions, MatDialogContent, MatDialogRef, MatDialogTitle } from '@angular/material/dialog';
import { I18nService } from '@koko/web/shared/util';
import { FormError } from './form-error';

/** What `<form kokoDialogForm>` needs of `createDialogForm()` (from data-access-graphql). */
export interface DialogFormState {
  submitting(): boolean;
  error(): string | null;
}

/**
 * A dialog's form with its title, server error, fields (projected) and the cancel / save buttons. It sits on
 * the `<form>` element itself, so `formControlName` in the fields finds the form group:
 *
 * ```html
 * <form kokoDialogForm [formGroup]="form" (ngSubmit)="dialog.submit()" [state]="dialog"
 *       [heading]="'x.title' | t" submitTestId="x-save">
 *   <mat-form-field>…</mat-form-field>
 * </form>
 * ```
 */
@Component({
  selector: 'form[kokoDialogForm]',
  imports: [MatDialogTitle, MatDialogContent, MatDialogActions, MatButton, FormError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The layout applies to the projected fields, so the styles are global but scoped by the host class.
  encapsulation: ViewEncapsulation.None,
  host: { class: 'koko-dialog-form', novalidate: '' },
  template: `
    <h2 mat-dialog-title>{{ heading() }}</h2>
    <mat-dialog-content class="koko-dialog-form__content">
      <koko-form-error [message]="state().error()" />
      <ng-content />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <ng-content select="[kokoDialogActions]" />
      <button mat-button type="button" (click)="close()">{{ cancelLabel() || i18n.t('common.cancel') }}</button>
      <button mat-flat-button type="submit" [disabled]="state().submitting()" [attr.data-testid]="submitTestId() || null">
        {{ submitLabel() || i18n.t('common.save') }}
      </button>
    </mat-dialog-actions>
  `,
  styleUrl: './dialog-form.scss',
})
export class DialogFormScaffold {
  private readonly ref = inject(MatDialogRef);
  protected readonly i18n = inject(I18nService);

  readonly heading = input.required<string>();
  readonly state = input.required<DialogFormState>();
  readonly submitLabel = input<string>('');
  readonly cancelLabel = input<string>('');
  readonly submitTestId = input<string>('');
  /** What the dialog closes with when cancelled or closed (e.g. whether an import already happened). */
  readonly closeResult = input<unknown>(undefined);

  protected close(): void {
    const result = this.closeResult();
    if (result === undefined) this.ref.close();
    else this.ref.close(result);
  }
}
