/** Runs the hand-written baseline server as its own process (started by api.bench.ts). */
import { Pool } from 'pg';
import { createBaselineServer } from './baseline/server';

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: Number(process.env['DB_POOL_SIZE'] ?? 10) });
const server = createBaselineServer({
  pool,
  jwtSecret: String(process.env['JWT_SECRET']),
  sessionIdleMinutes: Number(process.env['SESSION_IDLE_MINUTES'] ?? 30),
  verifyPerMinute: Number(process.env['VERIFY_MAX_PER_MINUTE'] ?? 30),
});
server.keepAliveTimeout = 5000;
server.listen(Number(process.env['PORT']), '127.0.0.1', () => console.log('baseline listening'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
