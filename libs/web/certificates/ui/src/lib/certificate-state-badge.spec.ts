import { TestBed } from '@angular/core/testing';
import { CertificateStateBadge } from './certificate-state-badge';

describe('CertificateStateBadge', () => {
  it('names the state in words', () => {
    localStorage.clear();
    const fixture = TestBed.createComponent(CertificateStateBadge);
    for (const [state, text] of [['VALID', 'Gültig'], ['REVOKED', 'Widerrufen'], ['SUPERSEDED', 'Ersetzt']] as const) {
      fixture.componentRef.setInput('state', state);
      fixture.detectChanges();
      expect((fixture.nativeElement as HTMLElement).textContent?.trim()).toBe(text);
    }
  });
});
