import { Injectable, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One value of a gauge read at scrape time, with its labels. */
export interface GaugeSample<L extends string> {
  labels?: Partial<Record<L, string>>;
  value: number;
}

/** Seconds; from a quick read to a slow certificate batch request. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Error codes are our own (`ErrorCode`) or Apollo's; anything else is folded into one label value. */
const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

/**
 * The Prometheus metrics of one API instance (prom-client, a registry per app, so several apps in
 * one test process do not mix). Libraries add theirs: counters where they count an event, gauges
 * read at scrape time (`gauge(…, collect)`) for state that lives in PostgreSQL. Names start with
 * `koko_`; labels only ever take values from a bounded set (schema fields, error codes, queue names).
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly logger = new Logger('Metrics');

  readonly graphqlRequests: Counter<'operation' | 'type' | 'outcome'>;
  readonly graphqlDuration: Histogram<'operation' | 'type'>;
  readonly graphqlErrors: Counter<'code'>;
  readonly httpResponses: Counter<'area' | 'status'>;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    this.graphqlRequests = this.counter('koko_graphql_requests_total', 'GraphQL requests by operation (root field; "(several)" for more than one), type and outcome (ok or error)', ['operation', 'type', 'outcome']);
    this.graphqlDuration = new Histogram({
      name: 'koko_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, by operation and type',
      labelNames: ['operation', 'type'],
      buckets: LATENCY_BUCKETS,
      registers: [this.registry],
    });
    this.graphqlErrors = this.counter('koko_graphql_errors_total', 'GraphQL errors by extensions.code (BAD_USER_INPUT, UNAUTHENTICATED, SERVICE_UNAVAILABLE, INTERNAL_SERVER_ERROR, domain codes …)', ['code']);
    this.httpResponses = this.counter('koko_http_responses_total', 'HTTP answers by area (graphql, api, health, web) and status class (2xx, 3xx, 4xx, 5xx)', ['area', 'status']);
  }

  counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /**
   * A gauge whose values are read when Prometheus scrapes. A failing read (database down) is logged
   * and leaves the gauge empty for that scrape instead of failing the whole answer.
   */
  gauge<L extends string>(name: string, help: string, labelNames: readonly L[], read: () => Promise<GaugeSample<L>[]>): Gauge<L> {
    const logger = this.logger;
    return new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        try {
          for (const sample of await read()) {
            if (sample.labels) this.set(sample.labels, sample.value);
            else this.set(sample.value);
          }
        } catch (error) {
          logger.warn(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    });
  }

  /** Folds an error code into the bounded set of label values. */
  static errorCode(code: unknown): string {
    return typeof code === 'string' && CODE.test(code) ? code : 'OTHER';
  }

  /** Express middleware counting every answer by area and status class. */
  httpMiddleware() {
    return (req: Request, res: Response, next: NextFunction) => {
      // Read now: routers mounted below a path rewrite req.url while they handle the request.
      const area = areaOf(req.path);
      res.once('finish', () => {
        this.httpResponses.inc({ area, status: `${Math.floor(res.statusCode / 100)}xx` });
      });
      next();
    };
  }
}

function areaOf(path: string): string {
  if (path.startsWith('/graphql')) return 'graphql';
  if (path.startsWith('/api/')) return 'api';
  if (path.startsWith('/health')) return 'health';
  if (path.startsWith('/metrics')) return 'metrics';
  if (path.startsWith('/.well-known/') || path.startsWith('/dev/')) return 'other';
  return 'web';
}
