import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase, withoutBase } from '../../src/pipeline/routes.ts';

describe('the base path helpers', () => {
  it('put a site path under the deploy base, at the root or in a folder', () => {
    expect(withBase('/', '/articles/x/')).toBe('/articles/x/');
    expect(withBase('/briefing/', '/articles/x/#h')).toBe('/briefing/articles/x/#h');
    expect(withBase('/briefing/', '/')).toBe('/briefing/');
    expect(absoluteUrl('https://newsroom.example.org/', '/briefing/', '/rss.xml')).toBe('https://newsroom.example.org/briefing/rss.xml');
  });

  it('take the base off again, and only a whole leading folder', () => {
    for (const base of ['/', '/briefing/']) {
      for (const path of ['/', '/articles/x/', '/topics/y/rss.xml']) expect(withoutBase(base, withBase(base, path))).toBe(path);
    }
    expect(withoutBase('/briefing/', '/briefing')).toBe('/');
    expect(withoutBase('/briefing/', '/briefings/x/')).toBe('/briefings/x/');
  });
});
