// Checks of a loaded page in the browser, shared by the site's browser tests and the tests
// that prove they bite: sideways scrolling, and a keyboard walk through every focusable.
import type { Page } from 'playwright-core';

/** A message when the page scrolls sideways (its content is wider than the viewport). */
export async function sidewaysScroll(page: Page): Promise<string | undefined> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement!;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  return scrollWidth > clientWidth ? `scrolls sideways: ${scrollWidth}px wide in ${clientWidth}px` : undefined;
}

export interface FocusWalk {
  /** How many elements the keyboard should reach, in DOM order. */
  focusable: number;
  /** Where each Tab went, as DOM-order positions: a correct walk reads 0, 1, 2, … */
  reached: string[];
  /** Elements whose focus looked like no focus (same outline and shadow) or was off screen. */
  invisible: string[];
}

/** From a freshly loaded page, presses Tab up to `limit` times and records where focus went. */
export async function walkFocus(page: Page, limit = 60): Promise<FocusWalk> {
  const unfocused = await page.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')];
    const reachable = all.filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
    );
    return reachable.map((el, i) => {
      el.setAttribute('data-tab-order', String(i));
      const s = getComputedStyle(el);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`;
    });
  });
  const reached: string[] = [];
  const invisible: string[] = [];
  for (let i = 0; i < Math.min(unfocused.length, limit); i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        order: el.getAttribute('data-tab-order'),
        name: `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`,
        look: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`,
        onScreen: rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
      };
    });
    reached.push(focus.order ?? `not in the DOM list: ${focus.name}`);
    if (focus.order === null || focus.look === unfocused[Number(focus.order)] || !focus.onScreen) invisible.push(`${focus.name}: ${focus.look}`);
  }
  return { focusable: unfocused.length, reached, invisible };
}

/** The positions a walk in DOM order reaches: '0', '1', … */
export function domOrder(walk: FocusWalk): string[] {
  return walk.reached.map((_, i) => String(i));
}
