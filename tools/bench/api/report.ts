/** Figures of the API benchmark: medians over the rounds, ratio project ÷ baseline, a Markdown table. */

export interface RunFigures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  /** Socket errors, timeouts, non-2xx answers and GraphQL `errors`. */
  errors: number;
  /** SQL statements (pg_stat_statements calls, incl. BEGIN/COMMIT) per answered request. */
  sqlPerRequest: number;
  /** CPU time (user + system) of the server process per answered request: steadier than wall time on a shared machine. */
  cpuMsPerRequest: number;
}

export interface ScenarioFigures {
  name: string;
  label: string;
  api: RunFigures[];
  baseline: RunFigures[];
}

export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of each figure over the rounds (errors: the sum, so one bad round shows). */
export function medianFigures(runs: readonly RunFigures[]): RunFigures {
  const of = (key: keyof RunFigures) => median(runs.map((r) => r[key]));
  return {
    rps: of('rps'),
    p50: of('p50'),
    p95: of('p95'),
    p99: of('p99'),
    requests: of('requests'),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    sqlPerRequest: of('sqlPerRequest'),
    cpuMsPerRequest: of('cpuMsPerRequest'),
  };
}

/** Project ÷ baseline throughput, as a percentage. */
export function ratioPercent(api: RunFigures, baseline: RunFigures): number {
  return baseline.rps > 0 ? (api.rps * 100) / baseline.rps : Number.NaN;
}

/** Baseline CPU per request ÷ project CPU per request, as a percentage: the share of the project's CPU the same work needs. */
export function cpuRatioPercent(api: RunFigures, baseline: RunFigures): number {
  return api.cpuMsPerRequest > 0 ? (baseline.cpuMsPerRequest * 100) / api.cpuMsPerRequest : Number.NaN;
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : '–');
const two = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '–');
const one = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

export function markdownTable(scenarios: readonly ScenarioFigures[]): string {
  const lines = [
    '| operation | API rps | API p50 / p95 / p99 ms | API SQL/req | API CPU ms/req | baseline rps | baseline p50 / p95 / p99 ms | baseline SQL/req | baseline CPU ms/req | errors (API / baseline) | ratio (rps) | ratio (CPU) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of scenarios) {
    const a = medianFigures(s.api);
    const b = medianFigures(s.baseline);
    lines.push(
      `| ${s.label} | ${int(a.rps)} | ${ms(a.p50)} / ${ms(a.p95)} / ${ms(a.p99)} | ${one(a.sqlPerRequest)} | ${two(a.cpuMsPerRequest)} | ${int(b.rps)} | ${ms(b.p50)} / ${ms(b.p95)} / ${ms(b.p99)} | ${one(b.sqlPerRequest)} | ${two(b.cpuMsPerRequest)} | ${a.errors} / ${b.errors} | ${Math.round(ratioPercent(a, b))} % | ${Math.round(cpuRatioPercent(a, b))} % |`,
    );
  }
  return lines.join('\n');
}

export interface HalfRateFigures {
  label: string;
  maxRps: number;
  rate: number;
  figures: RunFigures;
}

/** Item 4: latency of the API at half its maximum throughput (goal: p95 ≤ 50 ms). */
export function halfRateTable(rows: readonly HalfRateFigures[]): string {
  const lines = ['| operation | API max rps (median) | offered rps | answered rps | p50 / p95 / p99 ms | p95 ≤ 50 ms | errors |', '| --- | ---: | ---: | ---: | ---: | --- | ---: |'];
  for (const r of rows) {
    const f = r.figures;
    lines.push(`| ${r.label} | ${int(r.maxRps)} | ${int(r.rate)} | ${int(f.rps)} | ${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.p99)} | ${f.p95 <= 50 ? 'yes' : 'no'} | ${f.errors} |`);
  }
  return lines.join('\n');
}
