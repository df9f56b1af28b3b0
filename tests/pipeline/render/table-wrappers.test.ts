import { describe, expect, it } from 'vitest';
import { tableWrappers } from '../../../src/pipeline/render/table-wrappers.ts';
import { renderWords } from '../../../src/pipeline/render/render-words.ts';
import { applyStep } from './tree.ts';

describe('tableWrappers', () => {
  it('wraps each table in a labelled, focusable scroll box, numbered in order', () => {
    const html = applyStep('<table><tbody><tr><td>1</td></tr></tbody></table><p>x</p><table><tbody><tr><td>2</td></tr></tbody></table>', tableWrappers);
    expect(html).toBe(
      '<div class="table-scroll" role="region" aria-label="Table 1" tabindex="0"><table><tbody><tr><td>1</td></tr></tbody></table></div><p>x</p>' +
        '<div class="table-scroll" role="region" aria-label="Table 2" tabindex="0"><table><tbody><tr><td>2</td></tr></tbody></table></div>',
    );
  });

  it("labels the boxes in the body's language", () => {
    const table = '<table><tbody><tr><td>1</td></tr></tbody></table>';
    const html = applyStep(table + table, (tree) => tableWrappers(tree, renderWords('uk-UA')));
    expect(html).toBe(
      `<div class="table-scroll" role="region" aria-label="Таблиця 1" tabindex="0">${table}</div>` +
        `<div class="table-scroll" role="region" aria-label="Таблиця 2" tabindex="0">${table}</div>`,
    );
  });
});
