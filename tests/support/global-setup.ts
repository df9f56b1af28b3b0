// Builds the shipped briefing twice before the tests run: at the root and under a base
// path, as deployed to GitHub Pages. Tests read the folders through inject('dist').
import type { TestProject } from 'vitest/node';
import { buildSite } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    dist: { root: string; base: string; basePath: string };
  }
}

export default function setup(project: TestProject) {
  const basePath = '/briefing/';
  const root = buildSite();
  if (root.status !== 0) throw new Error(`astro build failed:\n${root.output}`);
  const base = buildSite({ BASE_PATH: basePath, SITE_URL: 'https://newsroom.example.org' });
  if (base.status !== 0) throw new Error(`astro build with BASE_PATH failed:\n${base.output}`);
  project.provide('dist', { root: root.outDir, base: base.outDir, basePath });
}
