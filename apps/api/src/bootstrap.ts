import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@koko/api/core/config';
import { jsonBodyParser } from '@koko/api/core/graphql';
import { Metrics } from '@koko/api/core/metrics';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppModule } from './app.module';

/** The largest JSON body: a base64-encoded certificate PDF for `verifyFile` is the biggest input. */
const GRAPHQL_BODY_MAX_BYTES = 15 * 1024 * 1024;

const API_PATHS = /^\/(graphql|health|metrics|dev\/|api\/|\.well-known\/)/;

/** Angular's build names bundles by content (`main-LBIXRWAO.js`, `chunk-2GJFSJ5X.js`, `styles-C6SDX57M.css`). */
const HASHED_ASSET = /-[A-Z0-9]{8}\.(js|css|woff2?|ttf|svg|png|jpg|webp)$/;

/**
 * How long a browser may keep a file of the web app: bundles named by their content never change
 * (a year, immutable), index.html is asked again every time (it names the current bundles), and
 * anything else (favicon) for an hour.
 */
export function webAssetCacheControl(path: string): string {
  if (path.endsWith('index.html')) return 'no-cache';
  if (HASHED_ASSET.test(path)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/**
 * index.html for a first visit: the browser's language (Accept-Language) picks German or English
 * until the visitor chooses one (the web app keeps that choice and then ignores this hint).
 */
export function indexHtmlFor(html: string, browserLocale: string | false): string {
  if (browserLocale !== 'en') return html.replace('<html lang="de">', '<html lang="de" data-browser-locale="de">');
  return html.replace('<html lang="de">', '<html lang="en" data-browser-locale="en">');
}

/** Serves the built web app from the same port; unknown paths get index.html (client routing). */
function serveWebApp(app: NestExpressApplication, dir: string): void {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) return;
  app.use(express.static(root, { index: false, cacheControl: false, setHeaders: (res, path) => res.setHeader('Cache-Control', webAssetCacheControl(path)) }));
  const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path) || req.path === '/dev/mail') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.vary('Accept-Language');
    res.type('html').send(indexHtmlFor(indexHtml, req.acceptsLanguages('de', 'en')));
  });
}

/** Builds the HTTP application: the same for `npm start`, the tests and every instance behind a load balancer. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
    bodyParser: false, // ours below: a size limit that answers 413 as JSON
    // A failing start (an unreachable S3 bucket, say) rejects here; main.ts prints it as one clear line.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.use(app.get(Metrics).httpMiddleware());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameSrc: ["'self'", 'blob:'],
          frameAncestors: ["'self'"],
          objectSrc: ["'none'"],
          upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
        },
      },
      hsts: config.publicUrl.startsWith('https://'),
    }),
  );
  // Text answers (GraphQL JSON, the web app's bundles, index.html) go out brotli- or gzip-compressed
  // when the client accepts it; PDFs, ZIPs and pictures are left as they are (not compressible), and
  // answers under 1 KiB are not worth it. Brotli at quality 4 (the middleware's default) costs about
  // what gzip does.
  app.use(compression({ threshold: 1024 }));
  app.use(cookieParser());
  app.use(...jsonBodyParser(GRAPHQL_BODY_MAX_BYTES));
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
  serveWebApp(app, config.webDistDir);
  // No enableShutdownHooks(): main.ts handles SIGINT/SIGTERM itself, to stop things in order.
  return app;
}
