import { describe, expect, it } from 'vitest';
import { absoluteUrl, documentTitle, externalHref, linker, metaDescription, ogLocale, scriptOf } from '../../src/site/page-meta.ts';

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

  it('writes og:locale as language_TERRITORY, the likely territory when the tag has none', () => {
    expect(ogLocale('en-GB')).toBe('en_GB');
    expect(ogLocale('uk')).toBe('uk_UA');
    expect(ogLocale('pl')).toBe('pl_PL');
    expect(ogLocale('not a tag')).toBe('not a tag');
  });

  it('knows the script a language is written in, for its fonts', () => {
    expect(scriptOf('uk')).toBe('Cyrl');
    expect(scriptOf('en-GB')).toBe('Latn');
    expect(scriptOf('sr-Latn')).toBe('Latn');
    expect(scriptOf('not a tag')).toBeUndefined();
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

describe('externalHref', () => {
  it('percent-encodes markup characters in external URLs', () => {
    expect(externalHref("https://evil.example/?q=</script><script>alert('x')</script>")).toBe(
      'https://evil.example/?q=%3C/script%3E%3Cscript%3Ealert(%27x%27)%3C/script%3E',
    );
    expect(externalHref('https://www.reuters.com/world/')).toBe('https://www.reuters.com/world/');
  });
});
