import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { type DataExport, MyDataService, SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, TranslatePipe } from '@koko/web/shared/util';

const POLL_MS = 1500;

/** `/profil/meine-daten` – GDPR self-service: download all my data, delete my account. */
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
    MatAnchor,
    MatProgressBar,
    PageHeader,
    FormError,
    LoadingState,
    TranslatePipe,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-data-page.html',
  styleUrl: './my-data-page.scss',
})
export class MyDataPage {
  protected readonly session = inject(SessionStore);
  private readonly myData = inject(MyDataService);
  private readonly i18n = inject(I18nService);
  private readonly errors = inject(ApiErrorService);
  private readonly confirm = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);

  protected readonly exports = signal<DataExport[]>([]);
  protected readonly current = computed(() => this.exports()[0] ?? null);
  protected readonly building = computed(() => ['QUEUED', 'RUNNING'].includes(this.current()?.status ?? ''));
  protected readonly requesting = signal(false);
  protected readonly exportError = signal<string | null>(null);
  private poll: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;

  protected readonly deleteForm = new FormGroup({
    understood: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly deleting = signal(false);
  protected readonly deleteError = signal<string | null>(null);

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      if (this.poll) clearTimeout(this.poll);
    });
    void this.loadExports();
  }

  protected sizeLabel(bytes: number | null | undefined): string {
    if (!bytes) return '–';
    const kb = bytes / 1024;
    const format = new Intl.NumberFormat(this.i18n.locale() === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 1 });
    return kb < 1024 ? `${format.format(kb)} KB` : `${format.format(kb / 1024)} MB`;
  }

  protected async requestExport(): Promise<void> {
    this.requesting.set(true);
    this.exportError.set(null);
    try {
      const started = await this.myData.request();
      this.exports.update((list) => [started, ...list.filter((e) => e.id !== started.id)]);
      this.schedulePoll();
    } catch (error) {
      this.exportError.set(this.errors.describe(error).message);
    } finally {
      this.requesting.set(false);
    }
  }

  private async loadExports(): Promise<void> {
    try {
      this.exports.set(await this.myData.exports());
      this.exportError.set(null);
    } catch (error) {
      this.exportError.set(this.errors.describe(error).message);
    }
    this.schedulePoll();
  }

  /** While an export is being built, its progress is fetched again every POLL_MS. */
  private schedulePoll(): void {
    if (this.poll) clearTimeout(this.poll);
    this.poll = null;
    if (this.destroyed || !this.building()) return;
    this.poll = setTimeout(() => void this.loadExports(), POLL_MS);
  }

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
