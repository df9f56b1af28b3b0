// The deploy files: the workflow is valid YAML that runs what docs/deploy.md says, and
// _headers carries the one CSP from src/security/csp.ts and long caching for hashed files only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { cspHeader, CSP_DIRECTIVES } from '../../src/security/csp.ts';
import { htmlFiles, readPage, select } from '../built/read-dist.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';

const read = (path: string) => readFileSync(join(PROJECT_ROOT, path), 'utf8');

interface Step {
  id?: string;
  name?: string;
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}

describe('.github/workflows/deploy.yml', () => {
  const workflow = parse(read('.github/workflows/deploy.yml'));
  const steps: Step[] = workflow.jobs.build.steps;
  const runs = steps.filter((s) => s.run).map((s) => s.run!);

  it('runs on pushes to main and on pull requests, deploying only from main', () => {
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('pull_request');
    expect(workflow.jobs.deploy.if).toBe("github.event_name != 'pull_request'");
    expect(workflow.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy.steps.map((s: Step) => s.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it('installs, checks, tests and builds in that order, with the commands docs/deploy.md and the README give', () => {
    const docs = read('docs/deploy.md');
    const documented = /```sh\n([\s\S]*?)```/.exec(docs)![1]!.trim().split('\n');
    expect(documented).toEqual(['npm install', 'npm run lint', 'npm run format:check', 'npm run check', 'npm test', 'npm run build']);
    const order = runs.map((run) => documented.find((command) => run === command || run.startsWith(`${command} `)));
    expect(order).not.toContain(undefined);
    expect([...new Set(order)]).toEqual(documented);
    const readme = read('README.md');
    for (const command of documented) expect(readme, `README.md names ${command}`).toContain(command);
    const scripts = JSON.parse(read('package.json')).scripts;
    for (const command of documented.slice(1)) expect(scripts).toHaveProperty(command.replace(/^npm (run )?/, ''));
  });

  it('builds with the repository base path and the Pages origin, and uploads dist', () => {
    const pages = steps.find((s) => s.name === 'Build for Pages')!;
    expect(pages.env).toEqual({ BASE_PATH: '${{ steps.pages.outputs.base_path }}/', SITE_URL: '${{ steps.pages.outputs.origin }}' });
    expect(steps.find((s) => s.uses?.startsWith('actions/configure-pages'))).toMatchObject({ id: 'pages' });
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))).toMatchObject({ with: { path: 'dist' } });
  });

  it('is what netlify.toml builds too', () => {
    expect(read('netlify.toml')).toContain('command = "npm run check && npm run build"');
  });
});

describe('public/_headers', () => {
  const headers = read('public/_headers');

  it('sends the CSP from src/security/csp.ts, with no inline script and frame-ancestors none', () => {
    const csp = /Content-Security-Policy: (.*)/.exec(headers)![1];
    expect(csp).toBe(cspHeader());
    expect(csp).not.toContain('unsafe-inline');
    expect(CSP_DIRECTIVES['frame-ancestors']).toEqual(["'none'"]);
    for (const name of ['Referrer-Policy', 'X-Content-Type-Options: nosniff', 'Permissions-Policy']) expect(headers).toContain(name);
  });

  it('caches only hashed paths for a year', () => {
    const blocks = headers.split(/\n(?=\/)/).filter((block) => block.includes('immutable'));
    expect(blocks.map((block) => block.split('\n')[0])).toEqual(['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*']);
  });
});

describe('the built pages', () => {
  const { root } = inject('dist');

  it('carry the CSP as a <meta>, without frame-ancestors or unsafe-inline', () => {
    for (const file of htmlFiles(root)) {
      const meta = select('meta[http-equiv="content-security-policy"]', readPage(root, file).tree);
      const content = String(meta?.properties.content ?? '');
      expect(content, file).toContain("script-src 'self' 'wasm-unsafe-eval'");
      expect(content, file).not.toContain('frame-ancestors');
      expect(content, file).not.toContain('unsafe-inline');
    }
  });

  it('ship _headers and robots.txt naming the sitemap', () => {
    expect(readFileSync(join(root, '_headers'), 'utf8')).toBe(read('public/_headers'));
    expect(readFileSync(join(root, 'robots.txt'), 'utf8')).toContain('Sitemap: https://briefing.example.org/sitemap-index.xml');
  });
});
