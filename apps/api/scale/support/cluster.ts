import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { startSwiftS3Server, SwiftS3Server } from '@koko/api/core/storage/testing';
import { createTestDatabase } from '@koko/api/testing';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { send } from './http-client';
import { freePort, Instance, sleep, startInstance, stopInstances, waitUntilReady } from './instances';
import { RunningNginx, startNginx } from './nginx';

export interface ClusterDatabase {
  url: string;
  /** A plain connection (no entities) for the factories and for reading what the instances did. */
  db: DataSource;
  drop(): Promise<void>;
}

/** A fresh database cloned from the migrated template of the jest run (see jest.scale.config.ts). */
export async function createClusterDatabase(): Promise<ClusterDatabase> {
  const database = await createTestDatabase();
  const db = new DataSource({ type: 'postgres', url: database.url, poolSize: 4 });
  await db.initialize();
  return {
    url: database.url,
    db,
    drop: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

export interface Cluster {
  instances: Instance[];
  proxy: RunningNginx;
  /** When the first instance was started (ms since the epoch). */
  startedAt: number;
  stop(): Promise<(number | null)[]>;
}

export interface ClusterOptions {
  size: number;
  /** Settings for one instance on top of the shared ones (e.g. a shutdown delay). */
  envOf?: (index: number) => Record<string, string>;
  /** Shared settings on top of the defaults below. */
  env?: Record<string, string>;
}

/**
 * `size` built API processes on one PostgreSQL database and one S3 bucket (a real OpenStack Swift
 * with s3api, started here), behind Debian's nginx with the shipped site. Each instance runs the
 * job queue and the mail worker, as in production; mails are captured in the database.
 */
export async function startCluster(databaseUrl: string, options: ClusterOptions): Promise<Cluster> {
  const work = mkdtempSync(join(tmpdir(), 'koko-scale-'));
  // nginx's workers run as an unprivileged user when the test runs as root: they must reach the folder.
  chmodSync(work, 0o755);
  let swift: SwiftS3Server | null = null;
  let proxy: RunningNginx | null = null;
  const instances: Instance[] = [];
  const stop = async () => {
    await proxy?.stop();
    const codes = await stopInstances(instances);
    await swift?.stop();
    rmSync(work, { recursive: true, force: true });
    return codes;
  };
  try {
    swift = await startSwiftS3Server();
    const bucket = 'koko-scale';
    const s3 = new S3Client({ endpoint: swift.endpoint, region: swift.region, forcePathStyle: true, credentials: { accessKeyId: swift.accessKeyId, secretAccessKey: swift.secretAccessKey } });
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    s3.destroy();
    const shared: Record<string, string> = {
      NODE_ENV: 'development',
      PUBLIC_URL: 'https://campus.koko.example',
      DATABASE_URL: databaseUrl,
      DB_POOL_SIZE: '8',
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: swift.endpoint,
      S3_REGION: swift.region,
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: swift.accessKeyId,
      S3_SECRET_ACCESS_KEY: swift.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
      // One signing key for all: the first instance writes it, the others read it (exclusive create).
      CREDENTIAL_KEY_FILE: join(work, 'credential-signing-key.json'),
      WEB_DIST_DIR: join(work, 'no-web-build'),
      SEED_DEMO: 'false',
      MAIL_TRANSPORT: 'capture',
      MAIL_POLL_MS: '200',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'loopback',
      VERIFY_MAX_PER_MINUTE: '10000',
      ...options.env,
    };
    mkdirSync(join(work, 'nginx'));
    const ports = await Promise.all(Array.from({ length: options.size }, () => freePort()));
    const startedAt = Date.now();
    for (const [i, port] of ports.entries()) {
      instances.push(startInstance(`instance ${String.fromCharCode(65 + i)}`, port, { ...shared, ...options.envOf?.(i) }));
    }
    await Promise.all(instances.map((instance) => waitUntilReady(instance, 180_000)));
    proxy = await startNginx(join(work, 'nginx'), { http: await freePort(), https: await freePort(), upstreams: ports });
    const until = Date.now() + 30_000;
    while ((await send(proxy.target, '/health/live').catch(() => null))?.status !== 200) {
      if (Date.now() > until) throw new Error('nginx did not pass /health/live on within 30 s');
      await sleep(100);
    }
    return { instances, proxy, startedAt, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
