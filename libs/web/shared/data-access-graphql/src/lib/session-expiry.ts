import { Injectable } from '@angular/core';
import { Subject } from 'rxjs';

/**
 * Emits when the API answers `UNAUTHENTICATED` (session expired or ended elsewhere).
 * The session store listens and sends the user to the sign-in page.
 */
@Injectable({ providedIn: 'root' })
export class SessionExpiry {
  private readonly expired = new Subject<void>();
  readonly expired$ = this.expired.asObservable();

  notify(): void {
    this.expired.next();
  }
}
