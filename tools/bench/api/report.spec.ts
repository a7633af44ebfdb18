import { cpuRatioPercent, halfRateTable, markdownTable, median, medianFigures, ratioPercent, RunFigures } from './report';

const run = (rps: number, extra: Partial<RunFigures> = {}): RunFigures => ({ rps, p50: 10, p95: 20, p99: 30, requests: rps * 5, errors: 0, sqlPerRequest: 2, cpuMsPerRequest: 0.5, ...extra });

describe('API benchmark report', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes the median of every figure over the rounds but sums the errors', () => {
    const m = medianFigures([run(100, { p95: 50, errors: 1 }), run(300, { p95: 10, errors: 2 }), run(200, { p95: 30 })]);
    expect(m).toEqual({ rps: 200, p50: 10, p95: 30, p99: 30, requests: 1000, errors: 3, sqlPerRequest: 2, cpuMsPerRequest: 0.5 });
  });

  it('states the ratio project ÷ baseline in per cent', () => {
    expect(ratioPercent(run(250), run(1000))).toBe(25);
    expect(ratioPercent(run(250), run(0))).toBeNaN();
    expect(cpuRatioPercent(run(1, { cpuMsPerRequest: 2 }), run(1, { cpuMsPerRequest: 0.5 }))).toBe(25);
  });

  it('writes one table row per scenario with medians and the ratio', () => {
    const table = markdownTable([{ name: 'me', label: '`me`', api: [run(500), run(700)], baseline: [run(2000, { sqlPerRequest: 1.5 }), run(2000)] }]);
    const row = table.split('\n')[2];
    expect(row).toBe('| `me` | 600 | 10 / 20 / 30 | 2.0 | 0.50 | 2,000 | 10 / 20 / 30 | 1.8 | 0.50 | 0 / 0 | 30 % | 100 % |');
  });

  it('states the p95 at half the maximum throughput against the 50 ms goal', () => {
    const table = halfRateTable([
      { label: '`me`', maxRps: 400, rate: 200, figures: run(199, { p95: 42 }) },
      { label: '`matrix`', maxRps: 8, rate: 4, figures: run(4, { p95: 900 }) },
    ]).split('\n');
    expect(table[2]).toBe('| `me` | 400 | 200 | 199 | 10 / 42 / 30 | yes | 0 |');
    expect(table[3]).toBe('| `matrix` | 8 | 4 | 4 | 10 / 900 / 30 | no | 0 |');
  });
});
