import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  MUNICIPALITY_KINDS,
  type Municipality,
  type MunicipalityKind,
  MunicipalitiesAdminService,
  REGIERUNGSBEZIRKE,
} from '@koko/web/catalogue/data-access';
import { createAdminList } from '@koko/web/shared/data-access-graphql';
import { AdminListView, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { kindKey } from '../shared/labels';
import { LocalNumberPipe } from '../shared/programme-time.pipes';
import { MunicipalityCreateDialog } from './municipality-create-dialog';
import { MunicipalityEditDialog } from './municipality-edit-dialog';
import { MunicipalityImportDialog } from './municipality-import-dialog';

/** `/verwaltung/kommunen` – the municipalities and Kreise of NRW with search, filters, paging, edits and CSV import. */
@Component({
  selector: 'koko-municipalities-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    PageHeader,
    AdminListView,
    TranslatePipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './municipalities-page.html',
  styleUrl: './municipalities-page.scss',
})
export class MunicipalitiesPage {
  private readonly municipalities = inject(MunicipalitiesAdminService);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);

  protected readonly kinds = MUNICIPALITY_KINDS;
  protected readonly bezirke = REGIERUNGSBEZIRKE;
  protected readonly kindKey = kindKey;
  protected readonly columns = ['name', 'kind', 'regierungsbezirk', 'ki', 'koko1', 'actions'];

  /** `?suche=&art=&bezirk=&seite=` */
  protected readonly list = createAdminList({
    filters: { search: { param: 'suche', text: true }, kind: { param: 'art' }, bezirk: { param: 'bezirk' } },
    pageSizeOptions: [20, 50, 100],
    load: ({ filters, offset, limit }) =>
      this.municipalities.list({
        offset,
        limit,
        search: filters.search || undefined,
        kind: (filters.kind as MunicipalityKind) || undefined,
        regierungsbezirk: filters.bezirk || undefined,
      }),
  });

  protected openCreate(): void {
    this.dialog
      .open<MunicipalityCreateDialog, void, Municipality>(MunicipalityCreateDialog, { autoFocus: 'first-tabbable', maxWidth: '40rem', width: '100%' })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notifier.success(this.i18n.t('catalogue.municipalities.created', { name: created.name }));
        this.list.loader.reload();
      });
  }

  protected edit(municipality: Municipality): void {
    this.dialog
      .open<MunicipalityEditDialog, Municipality, Municipality>(MunicipalityEditDialog, {
        data: municipality,
        autoFocus: 'first-tabbable',
        maxWidth: '36rem',
        width: '100%',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.notifier.success(this.i18n.t('catalogue.municipalities.saved', { name: saved.name }));
        this.list.loader.reload();
      });
  }

  protected openImport(): void {
    this.dialog
      .open<MunicipalityImportDialog, void, boolean>(MunicipalityImportDialog, { autoFocus: 'first-tabbable', maxWidth: '44rem', width: '100%' })
      .afterClosed()
      .subscribe((imported) => {
        if (imported) this.list.loader.reload();
      });
  }
}
