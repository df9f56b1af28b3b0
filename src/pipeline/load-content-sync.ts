// The pipeline without awaiting: checks all content on the main thread (with the cache).
// For callers that cannot be async (the sitemap options in astro.config, the editor
// CLIs' context); it loads the analyser up front, unlike processContent.
import { finish, plan, type ContentSet, type LoadOptions } from './load-content.ts';
import { runInline } from './workers/run-job.ts';

export function loadContent(options: LoadOptions): ContentSet {
  const p = plan(options);
  return finish(options, p, runInline(p.jobs));
}
