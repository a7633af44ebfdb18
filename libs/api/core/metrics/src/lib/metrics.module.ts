import { Global, Injectable, Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { GraphQLMetricsPlugin } from './graphql-metrics.plugin';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics.service';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max?: number };
}

/** The database pool of this instance: connections open, idle, and requests waiting for one. */
@Injectable()
export class DatabasePoolMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    const pool = () => (this.db.driver as unknown as { master?: PgPool }).master;
    this.metrics.gauge('koko_db_pool_connections', 'Connections of this instance\'s database pool by state (total, idle, waiting = requests queued for a connection)', ['state'], async () => {
      const p = pool();
      if (!p) return [];
      return [
        { labels: { state: 'total' }, value: p.totalCount },
        { labels: { state: 'idle' }, value: p.idleCount },
        { labels: { state: 'waiting' }, value: p.waitingCount },
      ];
    });
    this.metrics.gauge('koko_db_pool_max', 'The most connections the pool opens (DB_POOL_SIZE)', [], async () => {
      const max = pool()?.options.max;
      return max ? [{ value: max }] : [];
    });
  }
}

/**
 * Prometheus metrics (`GET /metrics`, behind METRICS_TOKEN): `Metrics` is global, so every library
 * can add its counters and gauges; GraphQL requests are counted by an Apollo plugin, HTTP answers by
 * a middleware the app installs (`Metrics.httpMiddleware`).
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [Metrics, GraphQLMetricsPlugin, DatabasePoolMetrics],
  exports: [Metrics],
})
export class MetricsModule {}
