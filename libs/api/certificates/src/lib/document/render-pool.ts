import type { Worker } from 'node:worker_threads';
import type { CertificateDocumentData } from './certificate-document-data';
import type { RenderReply, RenderRequest } from './render-worker';

interface Job {
  request: RenderRequest;
  resolve: (pdf: Buffer) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  job: Job | null;
}

/**
 * Renders certificates in up to `size` worker threads (`serveCertificateRendering`), one certificate
 * per thread at a time, so a batch never blocks the API's event loop (a render is 10–40 ms of
 * synchronous pdfkit work). Threads start on first use; a thread that dies fails its certificate
 * and is replaced by the next one needed.
 */
export class CertificateRenderPool {
  private readonly threads: Thread[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly startWorker: () => Worker,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`CertificateRenderPool: size must be at least 1, got ${size}`);
  }

  render(data: CertificateDocumentData): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('CertificateRenderPool is closed'));
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ request: { id: this.nextId++, data }, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops the threads; certificates not rendered yet fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('CertificateRenderPool is closed'));
    await Promise.all(this.threads.splice(0).map((thread) => thread.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const thread = this.threads.find((t) => !t.job) ?? (this.threads.length < this.size ? this.start() : null);
      if (!thread) return;
      const job = this.queue.shift() as Job;
      thread.job = job;
      thread.worker.ref();
      thread.worker.postMessage(job.request);
    }
  }

  private start(): Thread {
    const thread: Thread = { worker: this.startWorker(), job: null };
    thread.worker.on('message', (reply: RenderReply) => {
      const job = thread.job;
      if (!job || job.request.id !== reply.id) return;
      thread.job = null;
      // An idle thread does not keep the process alive.
      thread.worker.unref();
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
      this.dispatch();
    });
    const fail = (error: Error) => {
      const index = this.threads.indexOf(thread);
      if (index >= 0) this.threads.splice(index, 1);
      thread.job?.reject(error);
      thread.job = null;
      if (!this.closed) this.dispatch();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`certificate rendering thread stopped (exit code ${code})`)));
    this.threads.push(thread);
    return thread;
  }
}
