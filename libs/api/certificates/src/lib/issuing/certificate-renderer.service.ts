import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type CertificateDocumentData, CertificateRenderPool, CERTIFICATE_RENDERER_SCRIPT, renderCertificate } from '../document';

/**
 * Renders issued certificates. In the built API the PDFs are made in worker threads
 * (`CERTIFICATE_RENDER_THREADS`, by default one core less than the machine has) from the script
 * built next to `main.js`, so bulk issuing leaves the event loop to the requests; without that script
 * (tests run the sources) or with 0 threads, in the API's own thread. The bytes are the same either way.
 */
@Injectable()
export class CertificateRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(CertificateRenderer.name);
  private readonly pool: CertificateRenderPool | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    // In the webpack bundle __dirname is the output directory (dist/apps/api).
    const script = join(__dirname, CERTIFICATE_RENDERER_SCRIPT);
    const threads = config.certificates.renderThreads;
    this.pool = threads > 0 && existsSync(script) ? new CertificateRenderPool(threads, () => new Worker(script)) : null;
    if (this.pool) this.logger.log(`certificates render in up to ${threads} worker thread(s)`);
  }

  render(data: CertificateDocumentData): Promise<Buffer> {
    return this.pool ? this.pool.render(data) : renderCertificate(data);
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.close();
  }
}
