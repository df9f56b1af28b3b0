import { describe, expect, it } from 'vitest';
import { groupByMonth } from '../../src/site/group-by-month.ts';

describe('group-by-month', () => {
  const month = (d: string) => ({ key: d.slice(0, 7), label: `M ${d.slice(0, 7)}` });

  it('keeps the order of the list inside and between months', () => {
    const groups = groupByMonth(['2025-09-02', '2025-09-01', '2025-08-30'], month);
    expect(groups).toEqual([
      { key: '2025-09', label: 'M 2025-09', items: ['2025-09-02', '2025-09-01'] },
      { key: '2025-08', label: 'M 2025-08', items: ['2025-08-30'] },
    ]);
  });

  it('returns nothing for nothing', () => {
    expect(groupByMonth([], month)).toEqual([]);
  });
});
