import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../src/pipeline/artifacts/find-artifacts.ts';
import { loadContent } from '../../src/pipeline/load-content-sync.ts';
import { importFixture, importSeed, projectRoot, SEED_ARTIFACTS, SEED_CLEAN, seedsPresent, SEEDS_SKIP_REASON } from './helpers.ts';

const options = { knownNames: ['Jane Alder', 'City Council'], labels: ['Housing', 'Rent cap'] };

describe('findArtifacts', () => {
  it('flags a name turned into "name + label" where the label is ordinary text elsewhere', () => {
    const lines = [
      { text: 'Riverside tenants want a rent cap, and Riverside has the highest rents.', line: 1 },
      { text: 'The mayor spoke to Riverside Rent Cap on Monday about why Riverside Rent Cap needs help.', line: 2 },
      { text: 'A rent cap would be a first for Riverside.', line: 3 },
    ];
    const found = findArtifacts(lines, options);
    expect(found.map((a) => [a.phrase, a.name, a.line, a.column])).toEqual([
      ['Riverside Rent Cap', 'Riverside', 2, 20],
      ['Riverside Rent Cap', 'Riverside', 2, 59],
    ]);
    expect(found[0]!.before).toBe('to');
    expect(found[0]!.message).toContain('"rent cap" is ordinary lower-case text here');
  });

  it('leaves real multi-word names alone', () => {
    const lines = [
      { text: 'The City Council met the Riverside Tenants Union, and Riverside residents came too.', line: 1 },
      { text: 'Riverside is growing. The European Union and the Security Council were not mentioned.', line: 2 },
      { text: 'Riverside Park reopened; the park had been shut since Riverside flooded.', line: 3 },
    ];
    expect(findArtifacts(lines, options)).toEqual([]);
  });

  it.each(['clean.txt', 'ap-style.txt', 'ap-style-crlf-bom.txt'])('finds nothing in clean copy: %s', (name) => {
    expect(importFixture(name).report.artifacts).toEqual([]);
  });

  it("finds nothing in the briefing's own articles", () => {
    const content = loadContent({ root: projectRoot });
    const names = content.actors.flatMap((a) => [a.data.name, a.data.affiliation, ...a.data.aliases]);
    const labels = content.topics.map((t) => t.data.title);
    for (const article of content.articles) {
      const lines = article.body
        .split('\n')
        .map((text, i) => ({ text: text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'), line: i + 1 }))
        .filter((l) => l.text && !l.text.startsWith('#'));
      expect(findArtifacts(lines, { knownNames: names, labels }), article.file).toEqual([]);
    }
  });

  it('flags the damaged phrase in the Reuters-style fixture', () => {
    expect(importFixture('reuters-style.txt').report.artifacts.map((a) => [a.phrase, a.line])).toEqual([
      ['Russia Sanctions', 9],
      ['Russia Sanctions', 22],
    ]);
  });

  describe.skipIf(!seedsPresent)('on the real seeds', () => {
    it('warns three times about "Ukraine Security Guarantees" in seed 004, with line numbers', () => {
      const result = importSeed(SEED_ARTIFACTS);
      expect(result.report.artifacts.map((a) => [a.phrase, a.name, a.line, a.before ?? null])).toEqual([
        ['Ukraine Security Guarantees', 'Ukraine', 2, 'to'],
        ['Ukraine Security Guarantees', 'Ukraine', 8, 'why'],
        ['Ukraine Security Guarantees', 'Ukraine', 20, null],
      ]);
      expect(result.report.artifacts.every((a) => a.draftLine !== undefined)).toBe(true);
    });

    it('gives no warning on the clean seed 000', () => {
      expect(importSeed(SEED_CLEAN).report.artifacts).toEqual([]);
    });
  });
  if (!seedsPresent) it.skip(`seed tests: ${SEEDS_SKIP_REASON}`, () => {});
});
