// /admin/ (the web editor) gets its own policy from src/security/admin-csp.ts, on both hosts'
// configuration files, while every other path keeps the site's strict one.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_HEADERS, adminCspHeader } from '../../src/security/admin-csp.ts';
import { cspHeader } from '../../src/security/csp.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** `_headers` as path → header lines, in file order. */
function headerRules(text: string): Array<{ path: string; headers: Record<string, string> }> {
  const rules: Array<{ path: string; headers: Record<string, string> }> = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) rules.push({ path: line.trim(), headers: {} });
    else if (/^\s+\S/.test(line) && rules.length) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!] = value.join(':').trim();
    }
  }
  return rules;
}

describe('headers for /admin/', () => {
  const rules = headerRules(read('public/_headers'));

  it('public/_headers sends the editor policy after the site rule, so it wins for /admin/', () => {
    const site = rules.findIndex((r) => r.path === '/*');
    const admin = rules.findIndex((r) => r.path === '/admin/*');
    expect(site).toBeGreaterThanOrEqual(0);
    expect(admin).toBeGreaterThan(site);
    expect(rules[admin]!.headers).toEqual(ADMIN_HEADERS);
    expect(rules[site]!.headers['Content-Security-Policy']).toBe(cspHeader());
  });

  it('netlify.toml carries the same headers for /admin/*', () => {
    const toml = read('netlify.toml');
    const block = toml.slice(toml.indexOf('for = "/admin/*"'));
    for (const [name, value] of Object.entries(ADMIN_HEADERS)) expect(block).toContain(`${name} = "${value}"`);
  });

  it('lets the editor run only its own script and talk only to GitHub', () => {
    const csp = adminCspHeader();
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe|https:)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unpkg|jsdelivr/);
    expect(cspHeader()).not.toContain('unsafe-inline');
  });
});
