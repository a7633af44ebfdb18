import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleGroup } from '@angular/material/button-toggle';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { type ContentPage, type ContentPageOverview, ContentPagesService, type Locale } from '@koko/web/content/data-access';
import { MarkdownView } from '@koko/web/content/ui';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ErrorState, FormError, LoadingState, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { startWith } from 'rxjs';

const TITLE_MAX = 200;
const BODY_MAX = 100_000;

type State = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'loaded'; pages: ContentPageOverview[] };

/** Admins edit the public pages: Markdown with a live preview, each save a new version, the history beside it. */
@Component({
  selector: 'koko-pages-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatButtonToggleGroup,
    MatButtonToggle,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    PageHeader,
    LoadingState,
    ErrorState,
    FormError,
    MarkdownView,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './pages-editor-page.html',
  styleUrl: './pages-editor-page.scss',
})
export class PagesEditorPage implements OnInit {
  private readonly pages = inject(ContentPagesService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  protected readonly i18n = inject(I18nService);

  protected readonly titleMax = TITLE_MAX;
  protected readonly bodyMax = BODY_MAX;
  protected readonly state = signal<State>({ kind: 'loading' });
  protected readonly slug = signal<string>('impressum');
  protected readonly locale = signal<Locale>('DE');
  protected readonly history = signal<ContentPage[]>([]);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  private readonly baseVersion = signal(0);

  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(TITLE_MAX)] }),
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(BODY_MAX)] }),
  });
  private readonly body = toSignal(this.form.controls.body.valueChanges.pipe(startWith(this.form.controls.body.value)), { initialValue: '' });
  protected readonly preview = computed(() => this.body());
  protected readonly current = computed(() => {
    const s = this.state();
    if (s.kind !== 'loaded') return null;
    const page = s.pages.find((p) => p.slug === this.slug());
    return page ? (this.locale() === 'DE' ? page.de : page.en) : null;
  });

  ngOnInit(): void {
    void this.load();
  }

  protected pageLabel(slug: string): TranslationKey {
    return `content.title.${slug}` as TranslationKey;
  }

  protected async load(): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      const pages = await this.pages.overview();
      this.state.set({ kind: 'loaded', pages });
      await this.edit(this.slug(), this.locale());
    } catch (error) {
      this.state.set({ kind: 'error', message: this.errors.describe(error).message });
    }
  }

  protected async edit(slug: string, locale: Locale): Promise<void> {
    this.slug.set(slug);
    this.locale.set(locale);
    this.formError.set(null);
    const page = this.current();
    if (page) {
      this.form.reset({ title: page.title, body: page.body });
      this.baseVersion.set(page.version);
    }
    try {
      this.history.set(await this.pages.history(slug, locale));
    } catch (error) {
      this.formError.set(this.errors.describe(error).message);
    }
  }

  /** Takes an older version's text into the editor; saving it makes it the newest version again. */
  protected restore(version: ContentPage): void {
    this.form.setValue({ title: version.title, body: version.body });
    this.form.markAsDirty();
  }

  protected async save(): Promise<void> {
    this.formError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const current = this.current();
    const { title, body } = this.form.getRawValue();
    if (current && current.title === title.trim() && current.body === body) {
      this.formError.set(this.i18n.t('content.admin.unchanged'));
      return;
    }
    this.saving.set(true);
    try {
      const saved = await this.pages.save({ slug: this.slug(), locale: this.locale(), title, body, baseVersion: this.baseVersion() });
      this.notifier.success(this.i18n.t('content.admin.saved', { version: saved.version }));
      const pages = await this.pages.overview();
      this.state.set({ kind: 'loaded', pages });
      await this.edit(this.slug(), this.locale());
    } catch (error) {
      this.formError.set(this.errors.describe(error).message);
    } finally {
      this.saving.set(false);
    }
  }
}
