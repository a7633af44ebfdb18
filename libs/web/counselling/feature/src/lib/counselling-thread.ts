import { ChangeDetectionStrategy, Component, inject, input, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CounsellingFileUploader, CounsellingService, type UploadedCounsellingFile } from '@koko/web/counselling/data-access';
import { ApiErrorService, createLoader } from '@koko/web/shared/data-access-graphql';
import { FormError, LoadStateView, Notifier } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';

/** The thread of a request: messages between requester and advisors; advisors and admins also see and write confidential notes. */
@Component({
  selector: 'koko-counselling-thread',
  imports: [ReactiveFormsModule, MatButton, MatCheckbox, MatFormField, MatLabel, MatHint, MatError, MatInput, LoadStateView, FormError, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="thread" aria-labelledby="thread-heading">
      <h2 id="thread-heading">{{ 'counselling.thread.heading' | t }}</h2>
      <koko-load-state [loader]="messages" [emptyMessage]="'counselling.thread.empty' | t" [loadingLabel]="'counselling.thread.loading' | t">
        @if (messages.data(); as list) {
          <ol class="messages" data-testid="counselling-thread">
            @for (m of list; track m.id) {
              <li class="message" [class.mine]="m.fromRequester" [class.note]="m.confidential" data-testid="counselling-message">
                <p class="meta">
                  <strong>{{ m.author.displayName }}</strong> · {{ date(m.createdAt) }}
                  @if (m.confidential) {
                    <span class="badge" data-testid="counselling-note-badge">{{ 'counselling.thread.noteBadge' | t }}</span>
                  }
                </p>
                <p class="body">{{ m.body }}</p>
                @if (m.files.length) {
                  <ul class="files" [attr.aria-label]="'counselling.thread.files' | t">
                    @for (f of m.files; track f.id) {
                      <li><a [href]="f.downloadUrl" download data-testid="counselling-file">{{ f.displayName }}</a> <span class="size">({{ size(f.sizeBytes) }})</span></li>
                    }
                  </ul>
                }
              </li>
            }
          </ol>
        }
      </koko-load-state>
      @if (open()) {
        <form [formGroup]="form" (ngSubmit)="send()" novalidate class="compose">
          <koko-form-error [message]="error()" />
          <mat-form-field>
            <mat-label>{{ 'counselling.thread.message' | t }}</mat-label>
            <textarea matInput formControlName="body" rows="4" required data-testid="counselling-message-input"></textarea>
            @if (staff()) {
              <mat-hint>{{ (form.controls.confidential.value ? 'counselling.thread.noteHint' : 'counselling.thread.messageHint') | t }}</mat-hint>
            }
            <mat-error>{{ 'counselling.thread.required' | t }}</mat-error>
          </mat-form-field>
          <div class="attach">
            <button mat-stroked-button type="button" (click)="fileInput.click()" [disabled]="uploading()" aria-describedby="counselling-attach-hint" data-testid="counselling-attach">
              {{ 'counselling.thread.attach' | t }}
            </button>
            <span class="hint" id="counselling-attach-hint">{{ 'counselling.thread.attachHint' | t }}</span>
            <input #fileInput class="file-input" type="file" multiple tabindex="-1" aria-hidden="true" [attr.aria-label]="'counselling.thread.attach' | t" accept=".pdf,.docx,.odt,.png,.jpg,.jpeg" (change)="pick($event)" data-testid="counselling-file-input" />
          </div>
          @if (pending().length) {
            <ul class="pending" data-testid="counselling-pending-files">
              @for (f of pending(); track f.id) {
                <li>
                  {{ f.displayName }} <span class="size">({{ size(f.sizeBytes) }})</span>
                  <button mat-button type="button" (click)="unpick(f.id)" [attr.aria-label]="'counselling.thread.removeFile' | t: { name: f.displayName }">{{ 'counselling.thread.remove' | t }}</button>
                </li>
              }
            </ul>
          }
          <p class="koko-visually-hidden" role="status" aria-live="polite">{{ uploading() ? ('counselling.thread.uploading' | t) : '' }}</p>
          @if (staff()) {
            <mat-checkbox formControlName="confidential" data-testid="counselling-message-confidential">{{ 'counselling.thread.confidential' | t }}</mat-checkbox>
          }
          <div>
            <button mat-flat-button type="submit" [disabled]="busy()" data-testid="counselling-message-send">{{ 'counselling.thread.send' | t }}</button>
          </div>
        </form>
      }
    </section>
  `,
  styles: `
    .thread { margin: 1.5rem 0; }
    h2 { font: var(--mat-sys-title-medium); margin: 0 0 0.5rem; }
    .messages { list-style: none; margin: 0 0 1rem; padding: 0; display: grid; gap: 0.75rem; }
    .message { padding: 0.75rem 1rem; border-radius: 12px; background: var(--mat-sys-surface-container); margin-right: 2rem; }
    .message.mine { background: var(--mat-sys-secondary-container); color: var(--mat-sys-on-secondary-container); margin: 0 0 0 2rem; }
    .message.note { background: var(--mat-sys-tertiary-container); color: var(--mat-sys-on-tertiary-container); border: 1px dashed var(--mat-sys-outline); }
    .meta { margin: 0 0 0.25rem; font: var(--mat-sys-body-small); }
    .badge { display: inline-block; margin-left: 0.5rem; padding: 0 0.5rem; border-radius: 999px; border: 1px solid currentColor; }
    .body { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
    .compose { display: grid; gap: 0.5rem; }
    mat-form-field { width: 100%; }
    .files, .pending { margin: 0.25rem 0 0; padding-left: 1.25rem; }
    .files a { overflow-wrap: anywhere; }
    /* Angular drops the blank between the link and its size. */
    .files .size { margin-inline-start: 0.3em; }
    .size, .hint { font: var(--mat-sys-body-small); }
    .attach { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: center; }
    .file-input { display: none; }
  `,
})
export class CounsellingThread {
  private readonly service = inject(CounsellingService);
  private readonly errors = inject(ApiErrorService);
  private readonly notifier = inject(Notifier);
  private readonly i18n = inject(I18nService);
  private readonly uploader = inject(CounsellingFileUploader);

  readonly requestId = input.required<string>();
  /** Advisors and admins: they see and write confidential notes. */
  readonly staff = input(false);
  /** Whether the request still takes messages (not closed or declined). */
  readonly open = input(true);

  protected readonly messages = createLoader({ params: () => this.requestId(), load: (id) => this.service.thread(id) });
  private readonly formDirective = viewChild(FormGroupDirective);
  protected readonly busy = signal(false);
  protected readonly uploading = signal(false);
  /** Uploaded, sent with the next message. */
  protected readonly pending = signal<UploadedCounsellingFile[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(5000)] }),
    confidential: new FormControl(false, { nonNullable: true }),
  });

  protected date(value: string): string {
    return this.i18n.formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Berlin' });
  }

  protected size(bytes: number): string {
    return bytes < 1024 * 1024 ? `${this.i18n.formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB` : `${this.i18n.formatNumber(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`;
  }

  /** Uploads the chosen files one after another; a refused one shows the server's translated reason. */
  protected async pick(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = Array.from(input.files ?? []);
    input.value = '';
    this.uploading.set(true);
    this.error.set(null);
    try {
      for (const file of files) {
        const uploaded = await this.uploader.upload(this.requestId(), file);
        this.pending.update((list) => [...list, uploaded]);
      }
    } catch (e) {
      this.error.set(e instanceof Error ? e.message : String(e));
    } finally {
      this.uploading.set(false);
    }
  }

  protected async unpick(id: string): Promise<void> {
    this.pending.update((list) => list.filter((f) => f.id !== id));
    await this.uploader.discard(id);
  }

  protected async send(): Promise<void> {
    this.form.markAllAsTouched();
    const { body, confidential } = this.form.getRawValue();
    if (this.form.invalid || !body.trim()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.service.post(this.requestId(), body.trim(), this.staff() && confidential, this.pending().map((f) => f.id));
      this.pending.set([]);
      // resetForm also forgets the submitted state, so the empty field shows no error.
      this.formDirective()?.resetForm({ body: '', confidential: false });
      this.notifier.success(this.i18n.t(confidential ? 'counselling.thread.noteSent' : 'counselling.thread.sent'));
      this.messages.reload();
    } catch (e) {
      this.error.set(this.errors.describe(e).message);
    } finally {
      this.busy.set(false);
    }
  }
}
