import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { PASSWORD_MIN_LENGTH, TranslatePipe } from '@koko/web/shared/util';

/** "New password" + "repeat" fields with the shared password rule and German/English messages. */
@Component({
  selector: 'koko-password-fields',
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatHint, MatError, MatInput, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field>
      <mat-label>{{ 'password.new' | t }}</mat-label>
      <input matInput type="password" [formControl]="password()" autocomplete="new-password" required data-testid="new-password" />
      <mat-hint>{{ 'password.hint' | t: { min: min } }}</mat-hint>
      @if (password().hasError('required')) {
        <mat-error>{{ 'common.required' | t }}</mat-error>
      } @else if (password().hasError('passwordTooShort')) {
        <mat-error>{{ 'password.tooShort' | t: { min: min } }}</mat-error>
      }
    </mat-form-field>
    <mat-form-field>
      <mat-label>{{ 'password.confirm' | t }}</mat-label>
      <input matInput type="password" [formControl]="confirm()" autocomplete="new-password" required data-testid="new-password-confirm" />
      @if (confirm().hasError('required')) {
        <mat-error>{{ 'common.required' | t }}</mat-error>
      } @else if (confirm().hasError('mismatch')) {
        <mat-error>{{ 'password.mismatch' | t }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host { display: contents; }
  `,
})
export class PasswordFields {
  readonly password = input.required<FormControl<string>>();
  readonly confirm = input.required<FormControl<string>>();
  protected readonly min = PASSWORD_MIN_LENGTH;
}
