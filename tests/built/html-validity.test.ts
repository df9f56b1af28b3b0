// Every built HTML page, in both builds, through the Nu Html Checker (the W3C's validator):
// 0 errors. One JVM run over all pages.
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkHtml } from '../support/nu-checker.ts';
import { javaTool, missing } from '../support/require-tool.ts';
import { htmlFiles } from './read-dist.ts';

const dist = inject('dist');

describe.skipIf(missing(javaTool, 'Nu Html Checker'))('every built page passes the Nu Html Checker', () => {
  it('reports 0 errors at the root and under the base path', () => {
    const files = [dist.root, dist.base].flatMap((dir) => htmlFiles(dir).map((file) => join(dir, file)));
    expect(files.length).toBeGreaterThan(20);
    const errors = checkHtml(files, join(dist.root, '..'));
    expect(errors).toEqual([]);
  }, 120_000);
});
