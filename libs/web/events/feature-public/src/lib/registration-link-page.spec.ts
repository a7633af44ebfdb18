import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type RegistrationLink, ShortFormatsService } from '@koko/web/events/data-access';
import { settle } from '@koko/web/shared/util/testing';
import { RegistrationLinkPage } from './registration-link-page';

const HOUR = 3_600_000;

/** A confirmed registration for a hybrid event running from `startOffsetHours` from now for two hours. */
function link(startOffsetHours: number, overrides: Partial<RegistrationLink> = {}): RegistrationLink {
  const startsAt = new Date(Date.now() + startOffsetHours * HOUR);
  return {
    id: 'r1',
    name: 'Tara Teilnahme',
    state: 'CONFIRMED',
    confirmBy: null,
    offerExpiresAt: null,
    waitingPosition: null,
    checkInCode: 'K7M2QX',
    joinUrl: 'https://meet.example.org/raum',
    checkedInAt: null,
    selfCheckInOpen: false,
    checkInQrUrl: '/api/short-formats/check-in/token.png',
    attendanceConfirmation: null,
    shortFormat: {
      id: 'e1',
      title: 'Konflikte im Quartier',
      format: 'HYBRID',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * HOUR).toISOString(),
      address: 'Rathaus Kleve',
      language: 'DE',
      state: 'PUBLISHED',
      availability: 'PLACES_FREE',
      registrationWindow: 'OPEN',
      topic: { id: 't1', title: 'Nachbarschaft', titleEn: 'Neighbourhood' },
    },
    ...overrides,
  };
}

async function render(value: RegistrationLink) {
  TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: ShortFormatsService, useValue: { link: jest.fn().mockResolvedValue(value) } }] });
  const fixture = TestBed.createComponent(RegistrationLinkPage);
  fixture.componentRef.setInput('token', 'x'.repeat(43));
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  return { element, byTestId: (id: string) => element.querySelector<HTMLElement>(`[data-testid="${id}"]`) };
}

describe('RegistrationLinkPage', () => {
  beforeEach(() => localStorage.clear());

  it('before the start: cancel, join link, door code and the free-places chip', async () => {
    const { byTestId } = await render(link(24));
    expect(byTestId('link-cancel')?.textContent).toContain('Anmeldung stornieren');
    expect(byTestId('link-join-url')?.getAttribute('href')).toBe('https://meet.example.org/raum');
    expect(byTestId('link-check-in-qr')).not.toBeNull();
    expect(byTestId('availability')?.textContent).toBe('Plätze frei');
    expect(byTestId('link-phase')).toBeNull();
  });

  it('while it runs: the join link and the door code stay, but no cancel and no free-places chip', async () => {
    const { byTestId } = await render(link(-0.5, { selfCheckInOpen: true }));
    expect(byTestId('link-phase')?.getAttribute('data-phase')).toBe('running');
    expect(byTestId('link-phase')?.textContent).toContain('Die Veranstaltung läuft bis');
    expect(byTestId('link-join-url')).not.toBeNull();
    expect(byTestId('link-check-in-code')?.textContent).toContain('K7M2QX');
    expect(byTestId('link-self-check-in')).not.toBeNull();
    expect(byTestId('link-cancel')).toBeNull();
    expect(byTestId('availability')).toBeNull();
  });

  it('once it is over: no join link, no door code, and says whether attendance was recorded', async () => {
    let view = await render(link(-3));
    expect(view.byTestId('link-phase')?.textContent).toContain('Die Veranstaltung ist beendet.');
    expect(view.byTestId('link-join-url')).toBeNull();
    expect(view.byTestId('link-check-in-code')).toBeNull();
    expect(view.byTestId('link-check-in-qr')).toBeNull();
    expect(view.byTestId('link-cancel')).toBeNull();
    expect(view.byTestId('link-after-event')?.textContent).toContain('Für Sie ist keine Teilnahme erfasst.');
    TestBed.resetTestingModule();
    view = await render(link(-3, { checkedInAt: new Date(Date.now() - 2.5 * HOUR).toISOString() }));
    expect(view.byTestId('link-after-event')?.textContent).toContain('Ihre Teilnahme ist erfasst.');
  });

  it('after the start a waiting-list entry reads as closed and cannot be left', async () => {
    const { byTestId } = await render(link(-0.5, { state: 'WAITING', waitingPosition: 2, checkInCode: null, joinUrl: null, checkInQrUrl: null }));
    expect(byTestId('link-status')?.textContent).toContain('Die Warteliste ist geschlossen');
    expect(byTestId('link-cancel')).toBeNull();
  });

  it('a cancelled registration offers to register again only while registration is open and the event not over', async () => {
    let view = await render(link(24, { state: 'CANCELLED' }));
    expect(view.byTestId('link-register-again')).not.toBeNull();
    TestBed.resetTestingModule();
    const closed = link(24, { state: 'CANCELLED' });
    view = await render({ ...closed, shortFormat: { ...closed.shortFormat, registrationWindow: 'CLOSED' } });
    expect(view.byTestId('link-register-again')).toBeNull();
  });
});
