import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardActions, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { type ProgrammeModule, ProgrammeAdminService } from '@koko/web/catalogue/data-access';
import { createLoader } from '@koko/web/shared/data-access-graphql';
import { LoadStateView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { formatKey } from '../shared/labels';
import { LocalNumberPipe } from '../shared/programme-time.pipes';
import { ProgrammeModuleDialog } from './programme-module-dialog';

/** `/verwaltung/programm` – the five modules of the certified training; each can be edited, none added or removed. */
@Component({
  selector: 'koko-programme-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatButton,
    MatCard,
    MatCardHeader,
    MatCardTitle,
    MatCardContent,
    MatCardActions,
    PageHeader,
    LoadStateView,
    TranslatePipe,
    LocalizedDatePipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programme-page.html',
  styleUrl: './programme-page.scss',
})
export class ProgrammePage {
  private readonly programme = inject(ProgrammeAdminService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);

  protected readonly formatKey = formatKey;
  protected readonly loader = createLoader({ load: () => this.programme.modules() });
  protected readonly modules = computed(() => this.loader.data() ?? []);

  protected edit(module: ProgrammeModule): void {
    this.dialog
      .open<ProgrammeModuleDialog, ProgrammeModule, ProgrammeModule>(ProgrammeModuleDialog, {
        data: module,
        autoFocus: 'first-tabbable',
        maxWidth: '44rem',
        width: '100%',
      })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.notifier.success(this.i18n.t('catalogue.programme.saved', { position: updated.position }));
        this.loader.reload();
      });
  }
}
