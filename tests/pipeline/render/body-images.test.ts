import { describe, expect, it } from 'vitest';
import { bodyImages } from '../../../src/pipeline/render/body-images.ts';
import { applyStep } from './tree.ts';

describe('bodyImages', () => {
  it('lazy-loads local pictures and leaves remote and data: ones out', () => {
    const html = applyStep(
      '<p><img src="./map.png" alt="A map"><img src="https://example.org/x.png" alt="r"><img src="//cdn.example.org/x.png" alt="p"><img src=" data:image/png;base64,AA" alt="d"><img src="/images/y.png" alt="Y"></p>',
      bodyImages,
    );
    expect(html).toBe(
      '<p><img src="./map.png" alt="A map" loading="lazy" decoding="async"><img src="/images/y.png" alt="Y" loading="lazy" decoding="async"></p>',
    );
  });
});
