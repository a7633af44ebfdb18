import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  MUNICIPALITY_KINDS,
  type Municipality,
  type MunicipalityKind,
  type MunicipalityPage,
  MunicipalitiesAdminService,
  REGIERUNGSBEZIRKE,
} from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { debounceTime, distinctUntilChanged, map, switchMap } from 'rxjs';
import { kindKey } from '../shared/labels';
import { errorOf, type LoadState, withLoadState } from '../shared/load-state';
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
    MatPaginator,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    PageHeader,
    LoadingState,
    EmptyState,
    ErrorState,
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
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);

  protected readonly kinds = MUNICIPALITY_KINDS;
  protected readonly bezirke = REGIERUNGSBEZIRKE;
  protected readonly kindKey = kindKey;
  protected readonly columns = ['name', 'kind', 'regierungsbezirk', 'ki', 'koko1', 'actions'];
  protected readonly pageSizeOptions = [20, 50, 100];

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly kindControl = new FormControl<MunicipalityKind | 'all'>('all', { nonNullable: true });
  protected readonly bezirkControl = new FormControl<string>('all', { nonNullable: true });

  private readonly search = signal('');
  private readonly kind = signal<MunicipalityKind | 'all'>('all');
  private readonly bezirk = signal('all');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloadCounter = signal(0);
  protected readonly state = signal<LoadState<MunicipalityPage>>({ kind: 'loading', data: null });

  protected readonly page = computed(() => this.state().data);
  protected readonly items = computed<Municipality[]>(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly error = computed(() => errorOf(this.state()));

  private readonly query = computed(() => ({
    variables: {
      offset: this.pageIndex() * this.pageSize(),
      limit: this.pageSize(),
      search: this.search() || undefined,
      kind: this.kind() === 'all' ? undefined : (this.kind() as MunicipalityKind),
      regierungsbezirk: this.bezirk() === 'all' ? undefined : this.bezirk(),
    },
    reload: this.reloadCounter(),
  }));

  constructor() {
    this.searchControl.valueChanges
      .pipe(debounceTime(300), map((v) => v.trim()), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((value) => this.applyFilter(() => this.search.set(value)));
    this.kindControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => this.applyFilter(() => this.kind.set(value)));
    this.bezirkControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => this.applyFilter(() => this.bezirk.set(value)));

    toObservable(this.query)
      .pipe(
        switchMap(({ variables }) =>
          withLoadState(this.municipalities.list(variables), this.page(), (e) => this.errors.describe(e)),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
  }

  protected openCreate(): void {
    this.dialog
      .open<MunicipalityCreateDialog, void, Municipality>(MunicipalityCreateDialog, { autoFocus: 'first-tabbable', maxWidth: '40rem', width: '100%' })
      .afterClosed()
      .subscribe((created) => {
        if (!created) return;
        this.notifier.success(this.i18n.t('catalogue.municipalities.created', { name: created.name }));
        this.reload();
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
        this.reload();
      });
  }

  protected openImport(): void {
    this.dialog
      .open<MunicipalityImportDialog, void, boolean>(MunicipalityImportDialog, { autoFocus: 'first-tabbable', maxWidth: '44rem', width: '100%' })
      .afterClosed()
      .subscribe((imported) => {
        if (imported) this.reload();
      });
  }

  private applyFilter(change: () => void): void {
    change();
    this.pageIndex.set(0);
  }
}
