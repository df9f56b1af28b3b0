import { describe, expect, it } from 'vitest';
import { claimFilterKeys, claimsPage } from '../../../src/site/pages/claims-page.ts';
import { testBriefing, testBriefings } from '../briefing-fixture.ts';
import { actor, article, bilingualSite, topic, translation } from '../fixtures.ts';

const claim = (id: string, by: string, status: 'claimed' | 'unconfirmed' | 'denied') => ({ id, text: `Claim ${id} in one plain sentence.`, by, status });
const sources = {
  articles: [
    article('first', {
      published: '2025-08-15T09:00:00+02:00',
      topics: ['beta'],
      claims: [claim('offer', 'envoy', 'claimed'), claim('truce', 'minister', 'denied')],
    }),
    article('second', { published: '2025-08-16T09:00:00+02:00', topics: ['alpha'], claims: [claim('venue', 'envoy', 'claimed')] }),
  ],
  actors: [actor('envoy', 'Envoy Vale'), actor('minister', 'Mira Osk')],
  topics: [topic('alpha', 1, 'Alpha'), topic('beta', 2, 'Beta')],
};

describe('claimsPage', () => {
  const briefing = testBriefing(sources);

  it('lists every filter page: statuses in status order, then actors and topics by id', () => {
    expect(claimFilterKeys(briefing)).toEqual([
      { facet: 'status', value: 'claimed' },
      { facet: 'status', value: 'denied' },
      { facet: 'actor', value: 'envoy' },
      { facet: 'actor', value: 'minister' },
      { facet: 'topic', value: 'alpha' },
      { facet: 'topic', value: 'beta' },
    ]);
  });

  it('shows the whole ledger, counts per status, and links filters with names under the base', () => {
    const model = claimsPage(briefing);
    expect(model.head).toEqual({
      title: 'Claims',
      description: 'Every claim in Test Briefing: who made it, its latest status and its history.',
      path: '/claims/',
    });
    expect(model.crumbs).toEqual([{ label: 'Home', path: '/' }, { label: 'Claims' }]);
    expect(model.lede).toContain('3 claims');
    expect(model.claims.map((c) => c.anchor)).toEqual(['claim-venue', 'claim-offer', 'claim-truce']);
    expect(model.counts.find((c) => c.status === 'claimed')).toEqual({ status: 'claimed', count: 2, href: '/base/claims/status/claimed/' });
    expect(model.counts.find((c) => c.status === 'confirmed')).toEqual({ status: 'confirmed', count: 0 });
    expect(model.filters.map((f) => f.heading)).toEqual(['By status', 'By who made them', 'By topic']);
    expect(model.filters[0]!.links[0]).toEqual({ label: 'All claims', count: 3, href: '/base/claims/', current: 'page' });
    expect(model.filters[1]!.links).toEqual([
      { label: 'Envoy Vale', count: 2, href: '/base/claims/actor/envoy/' },
      { label: 'Mira Osk', count: 1, href: '/base/claims/actor/minister/' },
    ]);
    expect(model.filters[2]!.links.map((l) => l.label)).toEqual(['Alpha', 'Beta']);
    expect(model.searchMeta).toBe('title:Claims: every claim and its status');
  });

  it('narrows a filter page to its claims, marks it current, and keeps it out of the search index', () => {
    const model = claimsPage(briefing, { facet: 'actor', value: 'envoy' });
    expect(model.head).toEqual({
      title: 'Claims: Envoy Vale',
      description: 'Claims in Test Briefing filtered by actor: Envoy Vale.',
      path: '/claims/actor/envoy/',
    });
    expect(model.crumbs).toEqual([{ label: 'Home', path: '/' }, { label: 'Claims', path: '/claims/' }, { label: 'Envoy Vale' }]);
    expect(model.heading).toBe('Claims: Envoy Vale');
    expect(model.claims.map((c) => c.anchor)).toEqual(['claim-venue', 'claim-offer']);
    expect(model.filters[0]!.links[0]!.current).toBeUndefined();
    expect(model.filters[1]!.links.map((l) => l.current)).toEqual(['page', undefined]);
    expect(model.searchMeta).toBeUndefined();
    const status = claimsPage(briefing, { facet: 'status', value: 'denied' });
    expect(status.counts.find((c) => c.status === 'denied')?.current).toBe('page');
    expect(status.heading).toBe('Claims: Denied');
  });

  it('has counts of zero and only the "all" link on an empty ledger', () => {
    const model = claimsPage(testBriefing());
    expect(model.counts.every((c) => c.count === 0 && c.href === undefined)).toBe(true);
    expect(model.filters.map((f) => f.links.length)).toEqual([1, 0, 0]);
    expect(model.claims).toEqual([]);
  });

  it("links a translated edition's filters inside it and names them in its words", () => {
    const [, uk] = testBriefings({ ...sources, site: bilingualSite, translations: [translation('actors', 'envoy', { name: 'Посланець Вейл' })] });
    const model = claimsPage(uk!, { facet: 'actor', value: 'envoy' });
    expect(model.head.path).toBe('/uk/claims/actor/envoy/');
    expect(model.heading).toContain('Посланець Вейл');
    expect(model.filters[0]!.links[0]!.href).toBe('/base/uk/claims/');
  });
});
