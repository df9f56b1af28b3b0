import { describe, expect, it } from 'vitest';
import { emptyAlt, resolveImage } from '../../src/pipeline/images/image-paths.ts';
import { splitImageTitle } from '../../src/pipeline/markdown/inspect-body.ts';

const ITEM = 'content/articles/2025/item.md';

describe('resolveImage', () => {
  it('takes files next to the item and under content/images/', () => {
    expect(resolveImage('./map.png', ITEM)).toEqual({ ok: true, file: 'content/articles/2025/map.png' });
    expect(resolveImage('map.webp', ITEM)).toEqual({ ok: true, file: 'content/articles/2025/map.webp' });
    expect(resolveImage('/images/a%20b.jpg', ITEM)).toEqual({ ok: true, file: 'content/images/a b.jpg' });
    expect(resolveImage('../../images/c.avif', ITEM)).toEqual({ ok: true, file: 'content/images/c.avif' });
  });

  it('refuses remote, protocol-relative, out-of-place, SVG and unknown formats', () => {
    expect(resolveImage('https://cdn.example.org/x.jpg', ITEM)).toMatchObject({ ok: false, rule: 'image-file' });
    expect(resolveImage('//cdn.example.org/x.jpg', ITEM)).toMatchObject({ ok: false, rule: 'image-file' });
    expect(resolveImage('data:image/png;base64,AAAA', ITEM)).toMatchObject({ ok: false, rule: 'image-file' });
    expect(resolveImage('../../actors/face.jpg', ITEM)).toMatchObject({ ok: false, rule: 'image-file' });
    expect(resolveImage('/images/../site.png', ITEM)).toMatchObject({ ok: false, rule: 'image-file' });
    expect(resolveImage('./chart.SVG', ITEM)).toMatchObject({ ok: false, rule: 'image-format' });
    expect(resolveImage('./clip.gif', ITEM)).toMatchObject({ ok: false, rule: 'image-format' });
  });
});

describe('emptyAlt', () => {
  it('refuses empty alt, the file name and words that describe nothing', () => {
    expect(emptyAlt('  ', './x.png')).toBe('is empty');
    expect(emptyAlt('x.png', './x.png')).toMatch(/file name/);
    expect(emptyAlt('Front-Line', './front-line.jpg')).toMatch(/file name/);
    expect(emptyAlt('Image', './x.png')).toMatch(/does not describe/);
    expect(emptyAlt('photo.', './x.png')).toMatch(/does not describe/);
  });

  it('accepts a description', () => {
    expect(emptyAlt('Delegations seated at a long table', './x.png')).toBeUndefined();
  });
});

describe('splitImageTitle', () => {
  it('splits caption and credit', () => {
    expect(splitImageTitle('Talks in Geneva. Credit: Anna Example')).toEqual({ caption: 'Talks in Geneva.', credit: 'Anna Example' });
    expect(splitImageTitle('Credit: Desk')).toEqual({ credit: 'Desk' });
    expect(splitImageTitle('Only a caption')).toEqual({ caption: 'Only a caption' });
    expect(splitImageTitle(undefined)).toEqual({});
  });
});
