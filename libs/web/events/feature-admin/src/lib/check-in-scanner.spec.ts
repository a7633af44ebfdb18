import { TestBed } from '@angular/core/testing';
import { settle } from '@koko/web/shared/util/testing';
import { CheckInScanner, SAME_CODE_PAUSE_MS } from './check-in-scanner';
import { cameraProblem, QR_CAMERA, type QrCameraStart } from './qr-camera';

async function render(start: QrCameraStart) {
  TestBed.configureTestingModule({ providers: [{ provide: QR_CAMERA, useValue: start }] });
  const fixture = TestBed.createComponent(CheckInScanner);
  const scanned: string[] = [];
  fixture.componentInstance.scanned.subscribe((token) => scanned.push(token));
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const byTestId = (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { fixture, element, byTestId, scanned };
}

describe('cameraProblem', () => {
  it('tells a refused permission from a missing camera and anything else', () => {
    expect(cameraProblem(new DOMException('x', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblem(new DOMException('x', 'SecurityError'))).toBe('denied');
    expect(cameraProblem(new DOMException('x', 'NotFoundError'))).toBe('noCamera');
    expect(cameraProblem(new DOMException('x', 'OverconstrainedError'))).toBe('noCamera');
    expect(cameraProblem(new DOMException('x', 'NotReadableError'))).toBe('failed');
    expect(cameraProblem('odd')).toBe('failed');
  });
});

describe('CheckInScanner', () => {
  beforeEach(() => localStorage.clear());

  it('switches the camera on and off with buttons, keeps the focus on the button and hands over each code once', async () => {
    let onCode: (text: string) => void = () => undefined;
    const stop = jest.fn();
    const start = jest.fn<ReturnType<QrCameraStart>, Parameters<QrCameraStart>>(async (_video, callback) => {
      onCode = callback;
      return { stop };
    });
    const { fixture, byTestId, scanned } = await render(start);
    expect(byTestId('scan-video')?.hidden).toBe(true);
    byTestId('scan-start')?.click();
    await settle(fixture);
    expect(start).toHaveBeenCalledWith(byTestId('scan-video'), expect.any(Function));
    expect(byTestId('check-in-scanner')?.getAttribute('data-state')).toBe('scanning');
    expect(byTestId('scan-status')?.textContent).toContain('Kamera an');
    expect(byTestId('scan-video')?.hidden).toBe(false);
    expect(document.activeElement).toBe(byTestId('scan-stop'));

    // The camera reads the same code many times a second: it counts once until the pause is over.
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    onCode(' token-a ');
    onCode('token-a');
    onCode('token-b');
    now.mockReturnValue(1_000_000 + SAME_CODE_PAUSE_MS);
    onCode('token-a');
    now.mockRestore();
    expect(scanned).toEqual(['token-a', 'token-b', 'token-a']);

    byTestId('scan-stop')?.click();
    await settle(fixture);
    expect(stop).toHaveBeenCalledTimes(1);
    expect(byTestId('check-in-scanner')?.getAttribute('data-state')).toBe('off');
    expect(document.activeElement).toBe(byTestId('scan-start'));
    onCode('token-c');
    expect(scanned).toHaveLength(3);
  });

  it('hands nothing over while the page is still recording the previous scan', async () => {
    let onCode: (text: string) => void = () => undefined;
    const { fixture, byTestId, scanned } = await render(async (_video, callback) => {
      onCode = callback;
      return { stop: () => undefined };
    });
    fixture.componentRef.setInput('paused', true);
    byTestId('scan-start')?.click();
    await settle(fixture);
    onCode('token-a');
    expect(scanned).toEqual([]);
  });

  it('starts the pause for a code only once the page has recorded it, however long that took', async () => {
    let onCode: (text: string) => void = () => undefined;
    const { fixture, byTestId, scanned } = await render(async (_video, callback) => {
      onCode = callback;
      return { stop: () => undefined };
    });
    byTestId('scan-start')?.click();
    await settle(fixture);
    const now = jest.spyOn(Date, 'now').mockReturnValue(1_000_000);
    onCode('token-a');
    // The page takes longer than the pause to record the check-in; the code stays in view.
    fixture.componentRef.setInput('paused', true);
    now.mockReturnValue(1_000_000 + SAME_CODE_PAUSE_MS + 500);
    onCode('token-a');
    fixture.componentRef.setInput('paused', false);
    now.mockReturnValue(1_000_000 + SAME_CODE_PAUSE_MS + 600);
    onCode('token-a');
    expect(scanned).toEqual(['token-a']);
    now.mockReturnValue(1_000_000 + 2 * SAME_CODE_PAUSE_MS + 500);
    onCode('token-a');
    now.mockRestore();
    expect(scanned).toEqual(['token-a', 'token-a']);
  });

  it('says so when the camera is refused or missing, and points to the short code', async () => {
    let view = await render(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    view.byTestId('scan-start')?.click();
    await settle(view.fixture);
    expect(view.byTestId('check-in-scanner')?.getAttribute('data-state')).toBe('denied');
    expect(view.byTestId('scan-status')?.textContent).toContain('Der Zugriff auf die Kamera ist nicht erlaubt.');
    expect(view.byTestId('scan-status')?.textContent).toContain('Check-in-Code');
    expect(view.byTestId('scan-video')?.hidden).toBe(true);
    expect(document.activeElement).toBe(view.byTestId('scan-start'));
    TestBed.resetTestingModule();

    view = await render(() => Promise.reject(new DOMException('none', 'NotFoundError')));
    view.byTestId('scan-start')?.click();
    await settle(view.fixture);
    expect(view.byTestId('scan-status')?.textContent).toContain('Auf diesem Gerät ist keine Kamera verfügbar.');
  });

  it('switches the camera off when the page is left', async () => {
    const stop = jest.fn();
    const { fixture, byTestId } = await render(async () => ({ stop }));
    byTestId('scan-start')?.click();
    await settle(fixture);
    fixture.destroy();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
