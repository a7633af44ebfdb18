import { Injectable } from '@nestjs/common';

/**
 * Whether this instance wants new requests. `main.ts` calls `beginShutdown()` first thing on
 * SIGTERM/SIGINT: from then on `/health/ready` answers 503, so a load balancer that checks
 * readiness stops sending requests before the server stops accepting connections.
 */
@Injectable()
export class Readiness {
  private stopping = false;

  get shuttingDown(): boolean {
    return this.stopping;
  }

  beginShutdown(): void {
    this.stopping = true;
  }
}
