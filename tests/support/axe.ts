// axe-core in a page: WCAG 2.2 A/AA violations as readable lines naming the page. The
// page's context must bypass CSP (the site forbids inline scripts; axe is the test's own).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  passes: unknown[];
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}

export interface AxeReport {
  /** How many rules passed: a page axe did not really check has almost none. */
  passes: number;
  /** `label: rule-id (help) at selector, selector` per violated rule. */
  violations: string[];
}

/** Runs axe on the page as loaded; `label` (a file or URL) starts every violation line. */
export async function runAxe(page: Page, label: string): Promise<AxeReport> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<AxeResult> } }).axe;
    const { passes, violations } = await axe.run({ runOnly: { type: 'tag', values: tags } });
    return { passes: passes.length, violations: violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })) };
  }, WCAG_TAGS);
  return {
    passes: result.passes,
    violations: result.violations.map((v) => `${label}: ${v.id} (${v.help}) at ${v.targets.slice(0, 3).join(', ')}${v.targets.length > 3 ? ', …' : ''}`),
  };
}
