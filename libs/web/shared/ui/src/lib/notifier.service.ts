import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { I18nService } from '@koko/web/shared/util';

/** Success confirmations via snackbar (announced politely by the CDK live announcer). */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);

  success(message: string): void {
    this.snackBar.open(message, this.i18n.t('common.close'), {
      duration: 6000,
      politeness: 'polite',
      panelClass: 'koko-snackbar-success',
    });
  }
}
