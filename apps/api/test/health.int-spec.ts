import { TestApp } from '@koko/api/testing';
import { mkdirSync, rmSync } from 'node:fs';
import { Readiness } from '../src/readiness';
import { startApp } from './support/app';

/** Liveness and readiness as a load balancer or an orchestrator asks them (docs/operations.md). */
describe('health: live and ready', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ JOBS_ENABLED: 'true' });
  });
  afterAll(() => t.close());

  it('/health/live answers 200 without a session and checks nothing else', async () => {
    const res = await t.http().get('/health/live');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok' });
    expect(res.body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it('/health/ready answers 200 with database, storage and job queue up', async () => {
    const res = await t.http().get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      info: { instance: { status: 'up' }, database: { status: 'up' }, storage: { status: 'up' }, jobs: { status: 'up', enabled: true } },
    });
  });

  it('/health/ready answers 503 naming the storage when its folder is gone, while live and /health stay 200', async () => {
    rmSync(t.config.storage.dir, { recursive: true, force: true });
    try {
      const res = await t.http().get('/health/ready');
      expect(res.status).toBe(503);
      expect(res.body.status).toBe('error');
      expect(res.body.error).toEqual({ storage: expect.objectContaining({ status: 'down', message: expect.stringContaining('ENOENT') }) });
      expect(res.body.info).toMatchObject({ database: { status: 'up' }, jobs: { status: 'up' } });
      expect((await t.http().get('/health/live')).status).toBe(200);
      expect((await t.http().get('/health')).status).toBe(200);
    } finally {
      mkdirSync(t.config.storage.dir, { recursive: true });
    }
    expect((await t.http().get('/health/ready')).status).toBe(200);
  });

  it('/health/ready answers 503 once the instance is shutting down; live still answers 200', async () => {
    t.app.get(Readiness).beginShutdown();
    const res = await t.http().get('/health/ready');
    expect(res.status).toBe(503);
    expect(res.body.error).toEqual({ instance: { status: 'down', message: 'shutting down' } });
    expect((await t.http().get('/health/live')).status).toBe(200);
  });
});

describe('health: ready with the job queue off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp();
  });
  afterAll(() => t.close());

  it('reports the queue as switched off, not as down', async () => {
    const res = await t.http().get('/health/ready');
    expect(res.status).toBe(200);
    expect(res.body.info.jobs).toEqual({ status: 'up', enabled: false });
  });
});
