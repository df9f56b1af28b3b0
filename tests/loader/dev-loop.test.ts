// `astro dev`: a save with errors keeps the last good pages but puts the check's errors
// where pages read them (Astro's overlay shows them), fixing the file clears them, and
// saves in a burst end with the last save applied.
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { briefingLoader } from '../../src/loader/briefing-loader.ts';
import { devContentErrors, serialRefresh } from '../../src/loader/dev-state.ts';

describe('serialRefresh', () => {
  it('never runs twice at once, and a change during a run gets one more run after it', async () => {
    const log: string[] = [];
    let active = 0;
    let release: () => void = () => {};
    const refresh = serialRefresh(async () => {
      active++;
      log.push(`start ${active}`);
      await new Promise<void>((resolve) => (release = resolve));
      active--;
      log.push('end');
    });
    const first = refresh();
    void refresh();
    void refresh(); // three saves while the first run is busy: one more run, not three
    release();
    await new Promise((r) => setTimeout(r, 0));
    release();
    await first;
    expect(log).toEqual(['start 1', 'end', 'start 1', 'end']);
  });
});

describe('the loader in astro dev', () => {
  const root = mkdtempSync(join(tmpdir(), 'briefing-dev-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  cpSync(join(import.meta.dirname, '../fixtures/check-cases/import-lints/content'), join(root, 'content'), { recursive: true });
  const file = join(root, 'content/articles/2025/ordinary-uses.md');
  const good = readFileSync(file, 'utf8');

  const store = new Map<string, { id: string; data: Record<string, unknown> }>();
  let onChange: (event: string, path: string) => Promise<void> | undefined = () => undefined;
  const logged: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`), base: '/', site: 'https://briefing.example.org' },
    store: { keys: () => [...store.keys()], clear: () => store.clear(), set: (e: { id: string; data: Record<string, unknown> }) => store.set(e.id, e) },
    logger: { warn: () => {}, error: (m: string) => logged.push(m), info: () => {} },
    watcher: { on: (_: string, cb: typeof onChange) => (onChange = cb) },
  };

  it('shows a broken save as errors for the pages, keeps the last good content, and clears them once fixed', async () => {
    await briefingLoader('articles').load(context as never);
    expect(devContentErrors()).toBeUndefined();
    expect(store.get('ordinary-uses')?.data.title).toBe('What the talks on territory and borders cover');

    writeFileSync(file, good.replace('topics: [territory, guarantees]', 'topics: [territori]'));
    await onChange('change', file);
    expect(devContentErrors()).toMatch(/content\/articles\/2025\/ordinary-uses\.md:\d+:\d+ topics\[0\]: unknown topic "territori"/);
    expect(logged.at(-1)).toContain('showing the last good version');
    expect(store.get('ordinary-uses')?.data.title).toBe('What the talks on territory and borders cover');

    writeFileSync(file, good.replace('title: What the talks', 'title: Fixed, what the talks'));
    await onChange('change', file);
    expect(devContentErrors()).toBeUndefined();
    expect(store.get('ordinary-uses')?.data.title).toBe('Fixed, what the talks on territory and borders cover');
  });

  it('applies the last of several quick saves', async () => {
    writeFileSync(file, good.replace('title: What the talks', 'title: First save, the talks'));
    const first = onChange('change', file);
    writeFileSync(file, good.replace('title: What the talks', 'title: Second save, the talks'));
    const second = onChange('change', file);
    await Promise.all([first, second]);
    expect(store.get('ordinary-uses')?.data.title).toBe('Second save, the talks on territory and borders cover');
  });
});
