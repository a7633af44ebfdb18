import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCard, MatCardActions, MatCardContent, MatCardHeader, MatCardTitle } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import { type ProgrammeModule, ProgrammeAdminService } from '@koko/web/catalogue/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';
import { switchMap } from 'rxjs';
import { formatKey } from '../shared/labels';
import { errorOf, type LoadState, withLoadState } from '../shared/load-state';
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
    LoadingState,
    EmptyState,
    ErrorState,
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
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);

  protected readonly formatKey = formatKey;
  private readonly reloadCounter = signal(0);
  protected readonly state = signal<LoadState<ProgrammeModule[]>>({ kind: 'loading', data: null });
  protected readonly modules = computed(() => this.state().data ?? []);
  protected readonly error = computed(() => errorOf(this.state()));

  constructor() {
    toObservable(this.reloadCounter)
      .pipe(
        switchMap(() => withLoadState(this.programme.modules(), this.state().data, (e) => this.errors.describe(e))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

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
        this.reload();
      });
  }
}
