import { AppConfig, parseConfig } from '@koko/api/core/config';
import { DataSource } from 'typeorm';
import { JobsService } from './jobs.service';

describe('JobsService with JOBS_ENABLED=false', () => {
  const config: AppConfig = parseConfig({ JOBS_ENABLED: 'false' });
  const db = { options: { url: 'postgres://localhost/none' } } as unknown as DataSource;

  it('keeps registrations but starts no queue', async () => {
    const jobs = new JobsService(config, db);
    await jobs.schedule('nightly', '0 3 * * *', async () => undefined);
    await jobs.work('on-demand', async () => undefined);
    await jobs.onApplicationBootstrap();
    expect(jobs.running).toBe(false);
    expect(jobs.names).toEqual(['nightly', 'on-demand']);
    await expect(jobs.send('on-demand', {})).rejects.toThrow(/not running/);
    await jobs.beforeApplicationShutdown();
  });

  it('refuses a name registered twice and a job nobody handles', async () => {
    const jobs = new JobsService(config, db);
    await jobs.work('once', async () => undefined);
    await expect(jobs.schedule('once', '* * * * *', async () => undefined)).rejects.toThrow(/registered twice/);
    await expect(jobs.send('unknown')).rejects.toThrow(/No job "unknown"/);
  });
});
