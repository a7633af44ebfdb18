import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { settle } from '@koko/web/shared/util/testing';
import { TableScroll } from './table-scroll';

@Component({
  imports: [TableScroll],
  template: `
    <koko-table-scroll label="Bewertungen, 2 Einreichungen" [framed]="framed()">
      <table data-testid="table"><tr><td>Łukasz Żółć</td></tr></table>
    </koko-table-scroll>
  `,
})
class Host {
  readonly framed = signal(false);
}

/** jsdom lays nothing out: the box reports the widths a browser would. */
function widths(scrollWidth: number, clientWidth: number): () => void {
  const scroll = jest.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(scrollWidth);
  const client = jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(clientWidth);
  return () => {
    scroll.mockRestore();
    client.mockRestore();
  };
}

async function render(framed = false) {
  const fixture = TestBed.createComponent(Host);
  fixture.componentInstance.framed.set(framed);
  await settle(fixture);
  const element: HTMLElement = fixture.nativeElement;
  return { fixture, element, box: element.querySelector('.box') as HTMLElement, hint: () => element.querySelector('[data-testid="table-scroll-hint"]') };
}

describe('TableScroll', () => {
  it('says that a table wider than the screen scrolls, and makes the box a labelled, focusable region', async () => {
    const restore = widths(900, 390);
    try {
      const { box, hint } = await render();
      expect(hint()?.textContent).toContain('Die Tabelle ist breiter als der Bildschirm');
      expect(box.getAttribute('role')).toBe('region');
      expect(box.getAttribute('tabindex')).toBe('0');
      expect(box.getAttribute('aria-label')).toBe('Bewertungen, 2 Einreichungen');
      expect(box.getAttribute('aria-describedby')).toBe(hint()?.id);
      expect(box.classList).toContain('overflowing');
    } finally {
      restore();
    }
  });

  it('stays silent and out of the tab order while the table fits', async () => {
    const restore = widths(1200, 1200);
    try {
      const { box, hint } = await render();
      expect(hint()).toBeNull();
      expect(box.getAttribute('role')).toBeNull();
      expect(box.getAttribute('tabindex')).toBeNull();
    } finally {
      restore();
    }
  });

  it('draws the frame around the box only when asked, so the hint stays above it', async () => {
    const restore = widths(900, 390);
    try {
      const plain = await render();
      expect(plain.box.classList).not.toContain('framed');
      const framed = await render(true);
      expect(framed.box.classList).toContain('framed');
      expect(framed.hint()?.nextElementSibling).toBe(framed.box);
    } finally {
      restore();
    }
  });
});
