// The preview build, made with the command the deploy workflow's pull-request job runs
// (read from .github/workflows/deploy.yml, so the test breaks when the job does): drafts
// and scheduled items are in, every page carries the preview banner and noindex.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT, runBuildCommand, type BuildResult } from '../support/build-site.ts';
import { htmlFiles, readPage, select, selectAll, textOf } from './read-dist.ts';
import { shippedContent } from './shipped-content.ts';

interface Step {
  name?: string;
  run?: string;
  env?: Record<string, string>;
}

const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/deploy.yml'), 'utf8'));
const job = workflow.jobs.preview as { if: string; steps: Step[] };
const buildStep = job.steps.find((step) => step.name === 'Build the preview')!;
const [hidden] = shippedContent().hiddenArticles;
let preview: BuildResult;

beforeAll(() => {
  preview = runBuildCommand(buildStep.run!, buildStep.env ?? {});
});
afterAll(() => rmSync(preview.outDir, { recursive: true, force: true }));

describe('the pull-request preview job', () => {
  it('runs on pull requests only and uploads dist as an artifact', () => {
    expect(job.if).toBe("github.event_name == 'pull_request'");
    expect(buildStep.run).toBe('npm run build:preview');
    const upload = job.steps.find((step) => (step as { uses?: string }).uses?.startsWith('actions/upload-artifact')) as
      { with?: { path?: string } } | undefined;
    expect(upload?.with?.path).toBe('dist');
  });

  it('is what Netlify builds for deploy previews', () => {
    const toml = readFileSync(join(PROJECT_ROOT, 'netlify.toml'), 'utf8');
    expect(toml).toMatch(/\[context\.deploy-preview\]\n\s+command = "npm run check && npm run build:preview"/);
  });

  it('puts the preview banner and noindex on every page', () => {
    expect(preview.status, preview.output).toBe(0);
    const files = htmlFiles(preview.outDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const page = readPage(preview.outDir, file);
      expect(select('meta[name="robots"]', page.tree)?.properties.content, file).toBe('noindex');
      expect(textOf(select('main .preview-banner', page.tree)!), file).toMatch(file.startsWith('uk/') ? /^Попередній перегляд:/ : /^Preview build:/);
    }
  });
});

describe('drafts in the preview', () => {
  it('shows a visible banner on the draft page', () => {
    expect(hidden).toBeDefined();
    const page = readPage(preview.outDir, `articles/${hidden}/index.html`);
    expect(textOf(select('main .banner', page.tree)!)).toMatch(/^(Draft|Scheduled):/);
  });

  it('marks the draft where it is listed', () => {
    const page = readPage(preview.outDir, 'articles/index.html');
    const item = (selectAll('.items > li', page.tree) as Element[]).find((li) => select(`a[href="/articles/${hidden}/"]`, li));
    expect(item).toBeDefined();
    expect(textOf(select('.badge-draft', item!)!)).toMatch(/^(Draft|Scheduled)$/);
  });
});
