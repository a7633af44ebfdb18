const HOUR = 3_600_000;

/** The moment from which no more waiting-list offers are made: `cutoffHours` before the start. */
export function offerCutoff(startsAt: Date, cutoffHours: number): Date {
  return new Date(startsAt.getTime() - cutoffHours * HOUR);
}

/**
 * When an offer made `now` expires: after `offerHours`, but never past the cut-off. Null when it is
 * too late for offers (at or after the cut-off).
 */
export function offerExpiry(now: Date, startsAt: Date, offerHours: number, cutoffHours: number): Date | null {
  const cutoff = offerCutoff(startsAt, cutoffHours);
  if (now >= cutoff) return null;
  const expiry = new Date(now.getTime() + Math.max(1, offerHours) * HOUR);
  return expiry > cutoff ? cutoff : expiry;
}
