import { afterNextRender, ChangeDetectionStrategy, Component, DestroyRef, ElementRef, inject, Injector, input, output, signal, viewChild } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { type TranslationKey, TranslatePipe } from '@koko/web/shared/util';
import { type CameraProblem, cameraProblem, QR_CAMERA, type QrCameraSession } from './qr-camera';

type ScannerState = 'off' | 'starting' | 'scanning' | CameraProblem;

/**
 * The camera keeps seeing a code held in front of it: the same code counts once in this time, counted
 * from the last sight of it while the page was still recording it.
 */
export const SAME_CODE_PAUSE_MS = 4000;

/**
 * Check-in with the phone camera: reads the QR code of the confirmation mail or the personal link's
 * page and hands its token to the page. Switching the camera on and off are ordinary buttons (keyboard
 * and screen readers); a refused permission or a missing camera says so and points to the short code.
 */
@Component({
  selector: 'koko-check-in-scanner',
  imports: [MatButton, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scanner" data-testid="check-in-scanner" [attr.data-state]="state()">
      @if (running()) {
        <button mat-stroked-button type="button" (click)="stop()" data-testid="scan-stop" #stopButton>{{ 'events.admin.scan.stop' | t }}</button>
      } @else {
        <button mat-stroked-button type="button" class="koko-wrap-button" (click)="start()" data-testid="scan-start" #startButton>{{ 'events.admin.scan.start' | t }}</button>
      }
      <p class="status" role="status" data-testid="scan-status" [class.problem]="problem()">
        @if (statusKey(); as key) {
          {{ key | t }}
        }
      </p>
      <!-- The preview only helps aiming; everything it reads is announced in the check-in result. -->
      <video #video class="preview" [hidden]="!running()" muted playsinline aria-hidden="true" data-testid="scan-video"></video>
    </div>
  `,
  styles: `
    .scanner { margin: 0 0 1rem; }
    .status { margin: 0.5rem 0; min-height: 1.25rem; }
    .status.problem { color: var(--mat-sys-error); font-weight: 600; }
    .preview { display: block; width: 100%; max-width: 20rem; aspect-ratio: 4 / 3; background: #000; border-radius: 8px; object-fit: cover; }
    .preview[hidden] { display: none; }
  `,
})
export class CheckInScanner {
  private readonly startCamera = inject(QR_CAMERA);
  private readonly injector = inject(Injector);
  private readonly video = viewChild.required<ElementRef<HTMLVideoElement>>('video');
  private readonly startButton = viewChild('startButton', { read: ElementRef<HTMLButtonElement> });
  private readonly stopButton = viewChild('stopButton', { read: ElementRef<HTMLButtonElement> });

  /** While the page is still recording the previous scan, codes are not handed over. */
  readonly paused = input(false);
  /** The content of a QR code read (the registration's check-in token). */
  readonly scanned = output<string>();

  protected readonly state = signal<ScannerState>('off');
  private session: QrCameraSession | null = null;
  private last: { text: string; at: number } | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.session?.stop());
  }

  protected running(): boolean {
    return this.state() === 'starting' || this.state() === 'scanning';
  }

  protected problem(): boolean {
    const state = this.state();
    return state === 'denied' || state === 'noCamera' || state === 'failed';
  }

  protected statusKey(): TranslationKey | null {
    const state = this.state();
    return state === 'off' ? null : `events.admin.scan.${state}`;
  }

  async start(): Promise<void> {
    if (this.running()) return;
    this.state.set('starting');
    this.focusAfterRender(() => this.stopButton());
    try {
      const session = await this.startCamera(this.video().nativeElement, (text) => this.read(text));
      if (this.state() !== 'starting') {
        // Switched off while the camera was still starting.
        session.stop();
        return;
      }
      this.session = session;
      this.state.set('scanning');
    } catch (error) {
      this.state.set(cameraProblem(error));
      this.focusAfterRender(() => this.startButton());
    }
  }

  stop(): void {
    this.session?.stop();
    this.session = null;
    this.state.set('off');
    this.focusAfterRender(() => this.startButton());
  }

  private read(text: string): void {
    const token = text.trim();
    const now = Date.now();
    if (!token || this.state() !== 'scanning') return;
    const same = this.last?.text === token;
    if (this.paused()) {
      // The page is still recording this code: its pause starts once the result is on screen, so a
      // slow answer is never replaced by the repeat scan before anyone could read it.
      if (same && this.last) this.last.at = now;
      return;
    }
    if (same && this.last && now - this.last.at < SAME_CODE_PAUSE_MS) return;
    this.last = { text: token, at: now };
    this.scanned.emit(token);
  }

  /** The button pressed is replaced by its counterpart: keep the keyboard focus on it. */
  private focusAfterRender(target: () => ElementRef<HTMLButtonElement> | undefined): void {
    afterNextRender(() => target()?.nativeElement.focus(), { injector: this.injector });
  }
}
