import { describe, expect, it } from 'vitest';
import { absoluteUrl, documentTitle, linker, metaDescription } from '../../src/site/page-meta.ts';

describe('page-meta', () => {
  it('titles pages after the site, and the home page with the site alone', () => {
    expect(documentTitle('Claims', 'Briefing')).toBe('Claims · Briefing');
    expect(documentTitle('Briefing', 'Briefing')).toBe('Briefing');
  });

  it('makes absolute URLs under the base, at the root or a sub-path', () => {
    expect(absoluteUrl('https://n.example', '/', '/claims/')).toBe('https://n.example/claims/');
    expect(absoluteUrl('https://n.example/', '/briefing/', '/claims/')).toBe('https://n.example/briefing/claims/');
    expect(absoluteUrl(new URL('https://n.example'), '/briefing/', '/')).toBe('https://n.example/briefing/');
  });

  it('links under the base', () => {
    expect(linker('/')('/topics/x/')).toBe('/topics/x/');
    expect(linker('/briefing/')('/topics/x/')).toBe('/briefing/topics/x/');
  });

  it('shortens descriptions at a word', () => {
    expect(metaDescription('  short   text ')).toBe('short text');
    const long = 'word '.repeat(60);
    const cut = metaDescription(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
});
