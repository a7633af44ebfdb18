import { offerCutoff, offerExpiry } from './waitlist-rules';

const start = new Date('2030-05-10T10:00:00Z');
const at = (iso: string) => new Date(iso);

describe('waiting-list offers', () => {
  it('the cut-off lies the configured hours before the start', () => {
    expect(offerCutoff(start, 2)).toEqual(at('2030-05-10T08:00:00Z'));
    expect(offerCutoff(start, 0)).toEqual(start);
  });

  it('an offer runs for the configured hours when the cut-off is far away', () => {
    expect(offerExpiry(at('2030-05-01T10:00:00Z'), start, 48, 2)).toEqual(at('2030-05-03T10:00:00Z'));
  });

  it('an offer never reaches past the cut-off', () => {
    expect(offerExpiry(at('2030-05-09T10:00:00Z'), start, 48, 2)).toEqual(at('2030-05-10T08:00:00Z'));
  });

  it('no offer at or after the cut-off (pretix sent one after the start)', () => {
    expect(offerExpiry(at('2030-05-10T08:00:00Z'), start, 48, 2)).toBeNull();
    expect(offerExpiry(at('2030-05-10T10:15:00Z'), start, 48, 2)).toBeNull();
  });

  it('an offer runs at least one hour even if configured lower (never zero)', () => {
    expect(offerExpiry(at('2030-05-01T10:00:00Z'), start, 0, 2)).toEqual(at('2030-05-01T11:00:00Z'));
  });
});
