// One reader of the settings: the check and astro.config.mjs read site.yaml through the
// same loader, and a look-alike the build would ignore is refused by the check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSettingsVariant } from '../../src/pipeline/settings-file.ts';
import { loadSettings, siteUrl } from '../../src/pipeline/site-settings.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('site settings', () => {
  it("reads site.yaml with the check's own parser and schema", () => {
    const loaded = loadSettings(ROOT, 'tests/fixtures/hostile-site');
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.settings?.url).toBe('https://hostile.example.org');
    expect(siteUrl(ROOT, 'tests/fixtures/hostile-site', {})).toBe('https://hostile.example.org');
    expect(siteUrl(ROOT, 'tests/fixtures/hostile-site', { SITE_URL: 'https://ci.example.org' })).toBe('https://ci.example.org');
  });

  it('never reads a variant: with only site.yml the build would fall back, and the check refuses it', () => {
    const root = resolve(ROOT, 'tests/fixtures/check-cases/settings-variants');
    expect(loadSettings(root).settings).toBeUndefined();
    expect(siteUrl(root, 'content', {})).toBe('https://example.org');
    // The case folder's expected.txt pins the check's errors for the same folder.
    const expected = readFileSync(resolve(root, 'expected.txt'), 'utf8');
    expect(expected).toContain('content/site.yml:1:1 file: "site.yml" is not read');
    expect(expected).toContain('[missing-file]');
  });

  it('refuses a language tag that fits the pattern but that Intl cannot use (it would throw in every date)', async () => {
    const { siteSchema } = await import('../../src/pipeline/schema/site.ts');
    expect(siteSchema.shape.language.safeParse('en-12').success).toBe(false);
    expect(siteSchema.shape.language.safeParse('uk').success).toBe(true);
    expect(siteSchema.shape.language.safeParse('en-GB').success).toBe(true);
  });

  it('knows the look-alikes', () => {
    for (const name of ['site.yml', 'site.md', 'Site.yaml', 'SITE.YAML', 'site.json', 'site.yaml.bak', 'config.yaml', 'settings.yml'])
      expect(isSettingsVariant(name), name).toBe(true);
    for (const name of ['site.yaml', 'README.md', 'sitemap.md']) expect(isSettingsVariant(name), name).toBe(false);
  });

  it('is the only reader of the settings in astro.config.mjs', () => {
    const config = readFileSync(resolve(ROOT, 'astro.config.mjs'), 'utf8');
    expect(config).toContain("from './src/pipeline/site-settings.ts'");
    expect(config).not.toMatch(/readFileSync|from 'yaml'|from 'js-yaml'|site\.ya?ml['`]/);
  });
});
