import { writeFileSync } from 'node:fs';
import { create } from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const QUIET_ZONE = 4;

/**
 * Writes a short uncompressed video (YUV4MPEG2, 4:2:0) that shows one QR code, for chromium's fake
 * camera (`--use-file-for-fake-video-capture`); chromium plays it in a loop.
 */
export function writeQrVideo(text: string, path: string, frames = 10): void {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const cells = modules.size + 2 * QUIET_ZONE;
  const scale = Math.floor((Math.min(WIDTH, HEIGHT) * 0.85) / cells);
  const left = Math.floor((WIDTH - cells * scale) / 2) + QUIET_ZONE * scale;
  const top = Math.floor((HEIGHT - cells * scale) / 2) + QUIET_ZONE * scale;
  // Luma: white paper, black modules (video range 16–235); chroma stays neutral grey.
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.data[row * modules.size + col]) continue;
      for (let y = 0; y < scale; y++) luma.fill(16, (top + row * scale + y) * WIDTH + left + col * scale, (top + row * scale + y) * WIDTH + left + (col + 1) * scale);
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(path, Buffer.concat([Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]));
}
