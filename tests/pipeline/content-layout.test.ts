// The layout table decides every file's collection and id from its path; these pin the
// placements the case fixtures do not reach (sub-folders, update names, pictures beside
// articles, translation folders) and the table's own shape.
import { describe, expect, it } from 'vitest';
import { COLLECTION_FOLDERS, placeFile } from '../../src/pipeline/content-layout.ts';
import { schemas } from '../../src/pipeline/schema/index.ts';

describe('COLLECTION_FOLDERS', () => {
  it('has one folder per collection but site and translations, named after it', () => {
    const named = COLLECTION_FOLDERS.map((f) => f.collection).sort();
    expect(named).toEqual(
      Object.keys(schemas)
        .filter((c) => c !== 'site' && c !== 'translations')
        .sort(),
    );
    for (const f of COLLECTION_FOLDERS) expect(f.folder).toBe(f.collection);
  });
});

describe('placeFile', () => {
  it('places entries by folder, with articles in year folders', () => {
    expect(placeFile('site.yaml')).toEqual({ collection: 'site', id: 'site' });
    expect(placeFile('articles/2025/some-item.md')).toEqual({ collection: 'articles', id: 'some-item' });
    expect(placeFile('actors/orla-vance.md')).toEqual({ collection: 'actors', id: 'orla-vance' });
    expect(placeFile('days/2025-08-18.md')).toEqual({ collection: 'days', id: '2025-08-18' });
    expect(placeFile('updates/2025-08-20-talks-resume.md')).toEqual({ collection: 'updates', id: '2025-08-20-talks-resume' });
    expect(placeFile('territory/2025-08-01.md')).toEqual({ collection: 'territory', id: '2025-08-01' });
  });

  it('ignores dot files, README and pictures where pictures may sit', () => {
    expect(placeFile('.DS_Store')).toBeUndefined();
    expect(placeFile('articles/.draft/x.md')).toBeUndefined();
    expect(placeFile('README.md')).toBeUndefined();
    expect(placeFile('articles/2025/map.png')).toBeUndefined();
    expect(placeFile('images/front.webp')).toBeUndefined();
  });

  it('refuses pictures, sub-folders and names where the folder does not allow them', () => {
    expect(placeFile('actors/face.jpg')).toEqual({ problem: 'only Markdown (.md) files belong in this folder' });
    expect(placeFile('topics/2025/talks.md')).toEqual({ problem: 'topics/ has no sub-folders', hint: 'move the file to content/topics/talks.md' });
    expect(placeFile('updates/talks-resume.md')).toEqual({
      problem: 'the file name "talks-resume.md" does not start with the update\'s date',
      hint: 'name it <yyyy-mm-dd>-<slug>.md, e.g. 2025-08-20-talks-resume.md',
    });
    expect(placeFile('actors/Ölga Ñame.md')).toMatchObject({ hint: 'rename it to olga-name.md' });
    expect(placeFile('actors/---.md')).toMatchObject({ hint: 'use lowercase letters, digits and hyphens' });
    expect(placeFile('notes.txt')).toMatchObject({
      problem: 'this file is not part of any collection',
      hint: expect.stringContaining('articles/, actors/, topics/'),
    });
    expect(placeFile('articles/a\u202eb.md')).toMatchObject({ problem: 'the file or folder name holds control or bidi characters' });
  });

  it("places translations like their originals, without the originals' name rules", () => {
    expect(placeFile('uk/articles/2025/some-item.md')).toEqual({ collection: 'translations', id: 'uk/articles/some-item' });
    expect(placeFile('pt-br/pages/claims.md')).toEqual({ collection: 'translations', id: 'pt-br/pages/claims' });
    expect(placeFile('uk/actors/2025/orla-vance.md')).toEqual({
      problem: 'uk/actors/ has no sub-folders',
      hint: 'move the file to content/uk/actors/orla-vance.md',
    });
    expect(placeFile('uk/topics/Talks.md')).toMatchObject({ hint: 'a translation has the file name of its original' });
    expect(placeFile('uk/days/2025-08-18.md')).toMatchObject({ problem: 'unknown translation folder "uk/days"' });
    expect(placeFile('uk/articles/map.png')).toEqual({ problem: 'only Markdown (.md) files belong in this folder' });
  });
});
