import { Component, computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { LoadView } from '@koko/web/shared/util';
import { settle } from '@koko/web/shared/util/testing';
import { LoadStateView } from './load-state-view';

function fakeLoader() {
  const kind = signal<'loading' | 'loaded' | 'error'>('loading');
  const items = signal<string[] | null>(null);
  const reload = jest.fn();
  const view: LoadView = {
    loading: computed(() => kind() === 'loading'),
    error: computed(() => (kind() === 'error' ? 'Der Server antwortet nicht.' : null)),
    empty: computed(() => kind() === 'loaded' && items()?.length === 0),
    hasData: computed(() => (items()?.length ?? 0) > 0),
    reload,
  };
  return { kind, items, reload, view };
}

@Component({
  imports: [LoadStateView],
  template: `
    <koko-load-state [loader]="loader.view" emptyMessage="Noch keine Durchgänge.">
      <button kokoEmpty type="button" data-testid="create">Anlegen</button>
      <ul data-testid="content">
        @for (item of loader.items(); track item) {
          <li>{{ item }}</li>
        }
      </ul>
    </koko-load-state>
  `,
})
class Host {
  readonly loader = fakeLoader();
}

async function render() {
  const fixture = TestBed.createComponent(Host);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  const has = (id: string) => !!element.querySelector(`[data-testid="${id}"]`);
  return { fixture, element, has, loader: fixture.componentInstance.loader };
}

describe('LoadStateView', () => {
  it('shows the spinner while loading and nothing else', async () => {
    const { has } = await render();
    expect(has('loading-state')).toBe(true);
    expect(has('content')).toBe(false);
    expect(has('empty-state')).toBe(false);
  });

  it('shows the content once there is data, also during a reload', async () => {
    const { fixture, has, loader, element } = await render();
    loader.items.set(['KoKo II – Durchgang 2026']);
    loader.kind.set('loaded');
    await settle(fixture);
    expect(element.querySelector('[data-testid="content"]')?.textContent).toContain('Durchgang 2026');
    loader.kind.set('loading');
    await settle(fixture);
    expect(has('content')).toBe(true);
    expect(has('loading-state')).toBe(true);
  });

  it('shows the empty message with its actions once loaded with nothing', async () => {
    const { fixture, has, loader, element } = await render();
    loader.items.set([]);
    loader.kind.set('loaded');
    await settle(fixture);
    expect(element.querySelector('[data-testid="empty-state"]')?.textContent).toContain('Noch keine Durchgänge.');
    expect(has('create')).toBe(true);
    expect(has('content')).toBe(false);
  });

  it('announces an error and retries', async () => {
    const { fixture, loader, element } = await render();
    loader.kind.set('error');
    await settle(fixture);
    const error = element.querySelector<HTMLElement>('[data-testid="error-state"]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toContain('Der Server antwortet nicht.');
    error?.querySelector('button')?.click();
    expect(loader.reload).toHaveBeenCalled();
  });
});
