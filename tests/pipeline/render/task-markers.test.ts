import { describe, expect, it } from 'vitest';
import { taskMarkers } from '../../../src/pipeline/render/task-markers.ts';
import { applyStep } from './tree.ts';

describe('taskMarkers', () => {
  it('turns checkboxes into a hidden-from-screen-readers mark and words for them', () => {
    const html = applyStep('<ul><li><input type="checkbox" checked disabled> done</li><li><input type="checkbox" disabled> open</li></ul>', taskMarkers);
    expect(html).toBe(
      '<ul><li><span class="task-marker" aria-hidden="true">☑</span><span class="visually-hidden">Done: </span> done</li>' +
        '<li><span class="task-marker" aria-hidden="true">☐</span><span class="visually-hidden">To do: </span> open</li></ul>',
    );
  });
});
