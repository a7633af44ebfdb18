import { InjectionToken } from '@angular/core';

/** A running camera scan; `stop()` switches the camera off. */
export interface QrCameraSession {
  stop(): void;
}

/**
 * Starts the camera in `video` and calls `onCode` with the text of every QR code it reads (repeatedly
 * while the code stays in view). Rejects with the browser's `DOMException` (`NotAllowedError`,
 * `NotFoundError`, …) when there is no camera or the person refused it.
 */
export type QrCameraStart = (video: HTMLVideoElement, onCode: (text: string) => void) => Promise<QrCameraSession>;

/** The camera scanner; tests provide a fake. */
export const QR_CAMERA = new InjectionToken<QrCameraStart>('QR_CAMERA', { providedIn: 'root', factory: () => startZxingCamera });

/** ZXing's maintained browser reader, loaded only when an organiser switches the camera on. */
async function startZxingCamera(video: HTMLVideoElement, onCode: (text: string) => void): Promise<QrCameraSession> {
  // Without a secure context (https or localhost) browsers offer no camera at all.
  if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('No camera API in this context', 'NotFoundError');
  const { BrowserQRCodeReader } = await import('@zxing/browser');
  const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
  const controls = await reader.decodeFromConstraints({ audio: false, video: { facingMode: { ideal: 'environment' } } }, video, (result) => {
    if (result) onCode(result.getText());
  });
  return { stop: () => controls.stop() };
}

export type CameraProblem = 'denied' | 'noCamera' | 'failed';

/** What went wrong, from the error `getUserMedia` rejected with. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'noCamera';
  return 'failed';
}
