import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { settle } from '@koko/web/shared/util/testing';
import { ErrorState } from './error-state';

@Component({
  imports: [ErrorState],
  template: `<koko-error-state [message]="message()" [code]="code()" [retryable]="retryable()" (retry)="retries = retries + 1" />`,
})
class Host {
  readonly message = signal('Diesen Eintrag gibt es nicht.');
  readonly code = signal<string | null>(null);
  readonly retryable = signal(true);
  retries = 0;
}

async function render(code: string | null, retryable = true) {
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.code.set(code);
  fixture.componentInstance.retryable.set(retryable);
  await settle(fixture);
  const root = fixture.nativeElement as HTMLElement;
  return { fixture, root, button: root.querySelector('button') };
}

describe('ErrorState', () => {
  it('announces the message and offers to ask again after an outage', async () => {
    const { fixture, root, button } = await render('SERVICE_UNAVAILABLE');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Diesen Eintrag gibt es nicht.');
    expect(button).not.toBeNull();
    button?.click();
    expect(fixture.componentInstance.retries).toBe(1);
  });

  it('offers no retry when asking again cannot help: a missing entry or a refused permission', async () => {
    for (const code of ['NOT_FOUND', 'ATTEMPT_NOT_FOUND', 'COHORT_NOT_FOUND', 'FORBIDDEN']) {
      const { root, button } = await render(code);
      expect(root.querySelector('[role="alert"]')).not.toBeNull();
      expect(button).toBeNull();
    }
  });

  it('offers a retry without a code, and none when the page turns it off', async () => {
    expect((await render(null)).button).not.toBeNull();
    expect((await render('SERVICE_UNAVAILABLE', false)).button).toBeNull();
  });
});
