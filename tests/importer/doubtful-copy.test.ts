// Copy without a usable headline or date: the importer says so and leaves placeholders
// the check refuses once published, never an id from junk or a silent "today".
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { latinForId } from '../../src/importer/draft-id.ts';
import { repairMojibake } from '../../src/importer/repair-mojibake.ts';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { imported, projectRoot } from './helpers.ts';

describe('copy the importer is unsure of', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-doubt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true, filter: (src) => !src.includes('/articles/') });
  mkdirSync(join(dir, 'content/articles/2025'), { recursive: true });

  const problems = (file: string, text: string) => {
    writeFileSync(join(dir, file), text);
    return loadContent({ root: dir, cache: false }).diagnostics.filter((d) => d.file === file);
  };

  it('with only junk above the story: no headline, a placeholder title and an id that names neither junk nor the file', () => {
    const result = imported(
      'We value your privacy\nAccept all\n\nOfficials in Kyiv said on Monday that talks on security guarantees would go on this week, with European partners joining by video.\n',
    );
    expect(result.report.headline).toBeUndefined();
    expect(result.text).toMatch(/^title: "TODO: write the headline"$/m);
    expect(result.id).toMatch(/^untitled-[0-9a-f]{8}$/);
    expect(result.id).not.toMatch(/privacy|raw-copy/);
    expect(result.report.todo[0]).toContain('no headline found');
  });

  it('with a doubtful headline: reports the candidate and does not use it', () => {
    const result = imported('UKRAINE TALKS LATEST NEWS ROUNDUP\n\nOfficials in Kyiv said on Monday that talks on security guarantees would go on this week.\n');
    expect(result.report.headlineUnsure).toMatchObject({ line: 1, why: 'all in capitals, like a slug or a kicker' });
    expect(result.id).toMatch(/^untitled-/);
    expect(result.text).toContain('# Headline unsure: line 1 "UKRAINE TALKS LATEST NEWS ROUNDUP"');
  });

  it('without a date: says so and leaves a TODO the check refuses once published', () => {
    const result = imported(
      'Diplomats weigh the next round of talks\n\nDiplomats said on Monday that the next round of talks on security guarantees could take place in Geneva.\n',
    );
    expect(result.report.published).toMatchObject({ missing: true });
    expect(result.text.split('\n---\n')[1]).toMatch(/^\nTODO: the copy gives no date/);
    const file = 'content/articles/2025/undated.md';
    const asDraft = problems(file, result.text);
    expect(asDraft.filter((d) => d.severity === 'error')).toEqual([]);
    expect(asDraft.some((d) => d.rule === 'placeholder' && d.field === 'body')).toBe(true);
    const published = problems(file, result.text.replace('status: draft', 'status: published'));
    expect(published.some((d) => d.rule === 'placeholder' && d.field === 'body' && d.severity === 'error')).toBe(true);
  });

  it('a year-less dateline gives the date, marked to check', () => {
    const result = imported('Talks resume in Geneva after a pause\n\nGENEVA, Aug 22 (Reuters) - Talks on security guarantees resumed on Friday in Geneva.\n');
    expect(result.report.published).toMatchObject({ value: '2025-08-22', sure: false });
    expect(result.text).toMatch(/^published: 2025-08-22\s+# from the dateline .*year assumed; TODO: check it$/m);
    expect(result.text).toContain('\nTODO: published comes from the dateline "GENEVA, Aug 22 (Reuters)", year assumed; check it');
  });
});

describe('ids from Cyrillic headlines', () => {
  it.each([
    ['Згорани', 'Zghorany'],
    ['Щербухи', 'Shcherbukhy'],
    ['Їжакевич', 'Yizhakevych'],
    ['Знам’янка', 'Znamianka'],
  ])('%s → %s (KMU 2010)', (word, latin) => {
    expect(latinForId(word)).toBe(latin);
  });
});

describe('repairMojibake', () => {
  it('leaves correct text in any script alone', () => {
    const text = 'Zelenskyy’s “plan” — Київ, Ärger, café, naïve, 5 €';
    expect(repairMojibake(text)).toEqual({ text, repairs: [] });
  });

  it('turns stray C1 controls back into the Windows-1252 characters they were', () => {
    expect(repairMojibake('\u0093quoted\u0094').text).toBe('“quoted”');
  });
});
