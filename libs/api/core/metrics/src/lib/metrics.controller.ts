import { Controller, Get, Headers, HttpCode, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { Public } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Metrics } from './metrics.service';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * `GET /metrics` in Prometheus' text format, for a scraper that sends `Authorization: Bearer
 * <METRICS_TOKEN>`. Without METRICS_TOKEN the endpoint does not exist (404); a missing or wrong token
 * answers 401. No session is involved (the scraper has none).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) res: Response): Promise<string> {
    const token = this.config.metrics.token;
    if (!token) throw new NotFoundException();
    const given = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1] ?? '';
    // Compared as hashes: equal length, constant time, whatever was sent.
    if (!timingSafeEqual(digest(given), digest(token))) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new UnauthorizedException('A valid metrics token is required (Authorization: Bearer …)');
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    return this.metrics.registry.metrics();
  }
}
