import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { I18nService } from '@koko/web/shared/util';
import { firstValueFrom } from 'rxjs';
import { ConfirmDialog, type ConfirmDialogData } from './confirm-dialog';

/** Opens the confirm dialog and resolves to `true` only if the user confirmed. */
@Injectable({ providedIn: 'root' })
export class ConfirmService {
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  async confirm(data: Omit<ConfirmDialogData, 'cancelLabel' | 'confirmLabel'> & Partial<ConfirmDialogData>): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
      data: {
        cancelLabel: this.i18n.t('common.cancel'),
        confirmLabel: this.i18n.t('common.confirm'),
        ...data,
      },
      role: 'alertdialog',
      autoFocus: 'first-tabbable',
      maxWidth: '32rem',
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
