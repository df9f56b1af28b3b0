// A whole briefing for the page view models' tests, assembled the way the build does it
// (src/site/assemble-briefing.ts) from plain entries: only what a test cares about needs saying.
import { assembleBriefings, type BriefingSources } from '../../src/site/assemble-briefing.ts';
import type { Briefing } from '../../src/site/briefing.ts';
import { site } from './fixtures.ts';

/** The build's time the fixtures assume: a day after the fixture items' default date. */
export const FIXTURE_NOW = Date.parse('2025-08-18T12:00:00Z');

/** Every edition's briefing (original first); `/base` is the deploy base unless said otherwise. */
export function testBriefings(sources: Partial<BriefingSources> = {}, options: { base?: string; now?: number; preview?: boolean } = {}): Briefing[] {
  const base = options.base ?? '/base';
  return assembleBriefings(
    { site, articles: [], actors: [], topics: [], pages: [], days: [], authors: [], updates: [], territory: [], translations: [], ...sources },
    { withBase: (path) => `${base}${path}`, now: options.now ?? FIXTURE_NOW, preview: options.preview ?? false },
  );
}

/** The original edition's briefing. */
export function testBriefing(sources: Partial<BriefingSources> = {}, options: { base?: string; now?: number; preview?: boolean } = {}): Briefing {
  return testBriefings(sources, options)[0]!;
}
