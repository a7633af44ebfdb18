/*
 * Certificate PDF benchmark (issue 6, item 14): `npm run bench:certificates [-- --iterations=100 --bulk=200 --check]`.
 *
 * 1. One certificate as issued (DejaVu Sans embedded, QR code): warm-up, then median and p95 of N
 *    renders. Requirement: at most 100 ms on the reference machine (2 cores).
 * 2. Baseline in the same run: the same layout with pdfkit's built-in Helvetica and no QR code, and
 *    the ratio between the two.
 * 3. The same certificate with the font parsed for every document (fontCache: false), which is what
 *    the renderer would cost without its per-process font cache.
 * 4. Bulk: 200 different certificates rendered one after the other in this process, yielding to the
 *    event loop between documents as a job worker does; throughput and the longest event-loop stall.
 *
 * Only measures and prints; --check exits 1 if the requirement is missed. Timings never go into tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
// The renderer is measured on its own, not through @koko/api/certificates (whose index loads the
// NestJS/TypeORM module graph); its Helvetica baseline is not part of the API.
import { exampleCertificateData, renderCertificate, renderCertificateBaseline } from '@koko/api/certificates/document';

const LIMIT_MS = 100;

function arg(name: string, fallback: number): number {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = hit ? Number(hit.split('=')[1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}
const iterations = arg('iterations', 100);
const bulkCount = arg('bulk', 200);
const warmup = arg('warmup', 20);
const check = process.argv.includes('--check');

interface Stats {
  n: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return {
    n: sorted.length,
    median: sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2,
    p95: at(0.95),
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const ms = (v: number) => v.toFixed(1);

interface Timing {
  label: string;
  stats: Stats;
  /** CPU time (user + system, all threads of the process) per render: less sensitive to a busy machine than wall time. */
  cpuMs: number;
  bytes: number;
}

async function timeRenders(label: string, render: () => Promise<Buffer>): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await render();
  gc();
  const samples: number[] = [];
  let bytes = 0;
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    const pdf = await render();
    samples.push(performance.now() - start);
    bytes = pdf.length;
  }
  const cpu = process.cpuUsage(cpuStart);
  return { label, stats: stats(samples), cpuMs: (cpu.user + cpu.system) / 1000 / iterations, bytes };
}

const NAMES = ['Łukasz Żółć', 'Ağa Çelik', 'Nguyễn Thu Hà', 'Jürgen Groß', 'Zoë Ødegård', 'Şebnem Öztürk', 'Ana-María Núñez', 'Björn Ångström'];

async function main(): Promise<void> {
  const pdfkitVersion = (JSON.parse(readFileSync(join(require.resolve('pdfkit'), '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  const cpu = cpus();
  console.log('Certificate PDF benchmark');
  console.log(`node ${process.version}, ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, pdfkit ${pdfkitVersion}`);
  console.log(`warm-up ${warmup}, ${iterations} timed renders per variant, bulk ${bulkCount}`);
  console.log(`load average at start (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}\n`);

  const certificate = exampleCertificateData({ printedName: 'Nguyễn Thu Hà' });
  // Helvetica is WinAnsi only: the baseline gets a name it can encode.
  const baselineData = exampleCertificateData({ printedName: 'Jürgen Groß' });

  const coldStart = performance.now();
  await renderCertificate(certificate);
  const firstRender = performance.now() - coldStart;

  const issued = await timeRenders('certificate (DejaVu Sans embedded + QR), font cache', () => renderCertificate(certificate));
  const baseline = await timeRenders('baseline (built-in Helvetica, no QR)', () => renderCertificateBaseline(baselineData));
  const uncached = await timeRenders('certificate, font parsed per document', () => renderCertificate(certificate, { fontCache: false }));

  const rows = [issued, baseline, uncached];
  console.log('| variant | median ms | p95 ms | mean ms | min ms | max ms | CPU ms | PDF size |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    const s = r.stats;
    console.log(
      `| ${r.label} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.mean)} | ${ms(s.min)} | ${ms(s.max)} | ${ms(r.cpuMs)} | ${(r.bytes / 1024).toFixed(1)} KiB |`,
    );
  }
  console.log(`\nfirst render in this process (module and font loading included): ${ms(firstRender)} ms`);
  console.log(`ratio certificate / baseline (median): ${(issued.stats.median / baseline.stats.median).toFixed(2)}×`);
  console.log(`ratio font parsed per document / font cache (median): ${(uncached.stats.median / issued.stats.median).toFixed(2)}×`);

  // Bulk: different people, numbers and codes, sequential, yielding between documents.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const hashes = new Set<string>();
  const bulkStart = performance.now();
  let totalBytes = 0;
  for (let i = 0; i < bulkCount; i++) {
    const seq = String(1000 + i).padStart(6, '0');
    const pdf = await renderCertificate(
      exampleCertificateData({
        printedName: `${NAMES[i % NAMES.length]} ${i + 1}`,
        number: `KOKO-2026-${seq}`,
        verificationUrl: `https://campus.koko-nrw.de/verify/${createHash('sha256').update(seq).digest('base64url').slice(0, 22)}`,
      }),
    );
    totalBytes += pdf.length;
    hashes.add(createHash('sha256').update(pdf).digest('hex'));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const bulkMs = performance.now() - bulkStart;
  loop.disable();
  gc(); // after a full collection, so growth here would be a leak rather than garbage not yet collected
  const heapAfter = process.memoryUsage().heapUsed;
  console.log(`\nbulk: ${bulkCount} different certificates, sequential in one process`);
  console.log(`  total ${(bulkMs / 1000).toFixed(2)} s, ${((bulkCount / bulkMs) * 1000).toFixed(1)} certificates/s, ${ms(bulkMs / bulkCount)} ms each`);
  console.log(`  ${hashes.size} distinct SHA-256, ${(totalBytes / 2 ** 20).toFixed(1)} MiB of PDF`);
  console.log(
    `  event-loop delay while running: p50 ${ms(loop.percentile(50) / 1e6)} ms, p99 ${ms(loop.percentile(99) / 1e6)} ms, max ${ms(loop.max / 1e6)} ms`,
  );
  console.log(`  heap used before / after (after GC): ${(heapBefore / 2 ** 20).toFixed(0)} / ${(heapAfter / 2 ** 20).toFixed(0)} MiB`);
  console.log(`load average at end (1/5/15 min): ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);

  const met = issued.stats.median <= LIMIT_MS && issued.stats.p95 <= LIMIT_MS;
  console.log(`\nrequirement (one certificate ≤ ${LIMIT_MS} ms, median and p95): ${met ? 'met' : 'NOT MET'}`);
  if (check && !met) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
