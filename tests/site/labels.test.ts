import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../src/pipeline/schema/index.ts';
import { CLAIM_STATUS_MEANINGS, claimStatusLabel, plural, readingTime, visibilityNotice } from '../../src/site/labels.ts';

describe('labels', () => {
  it('names every claim status in words, with a meaning', () => {
    for (const status of CLAIM_STATUSES) {
      expect(claimStatusLabel(status)).toMatch(/^[A-Z][a-z]+$/);
      expect(CLAIM_STATUS_MEANINGS[status].length).toBeGreaterThan(10);
    }
    expect(claimStatusLabel('unconfirmed')).toBe('Unconfirmed');
  });

  it('marks drafts and scheduled items, and nothing else', () => {
    expect(visibilityNotice('draft')?.label).toBe('Draft');
    expect(visibilityNotice('scheduled')?.text).toMatch(/future/);
    expect(visibilityNotice('public')).toBeUndefined();
  });

  it('counts in words', () => {
    expect(plural(1, 'item')).toBe('1 item');
    expect(plural(3, 'open question')).toBe('3 open questions');
    expect(plural(2, 'entry', 'entries')).toBe('2 entries');
    expect(plural(1n, 'character')).toBe('1 character');
    expect(plural(0, 'claim')).toBe('0 claims');
    expect(readingTime(4)).toBe('4 min read');
  });
});
