import { describe, expect, it } from 'vitest';
import { dateFormatter, isBareDate } from '../../src/site/format-date.ts';

describe('format-date', () => {
  const brussels = dateFormatter('en-GB', 'Europe/Brussels');

  it('shows a bare date as the calendar day written, in any zone', () => {
    expect(brussels.day('2025-08-17')).toBe('17 Aug 2025');
    expect(dateFormatter('en-US', 'America/Los_Angeles').day('2025-08-17')).toBe('Aug 17, 2025');
    expect(brussels.text('2025-08-17')).toBe('17 Aug 2025');
    expect(brussels.shortDay('2025-08-17')).toBe('17 Aug 2025');
  });

  it("converts a date-time to the site's zone", () => {
    // 23:30 UTC on the 17th is already the 18th in Brussels.
    expect(brussels.day('2025-08-17T23:30:00Z')).toBe('18 Aug 2025');
    expect(brussels.text('2025-08-17T23:30:00Z')).toBe('18 Aug 2025, 01:30 CEST');
    expect(brussels.dayOf('2025-08-17T23:30:00Z')).toEqual({ key: '2025-08-18', label: '18 Aug 2025' });
    expect(brussels.dayOf('2025-08-17')).toEqual({ key: '2025-08-17', label: '17 Aug 2025' });
  });

  it("uses the site's language", () => {
    expect(dateFormatter('de', 'Europe/Berlin').day('2025-08-17')).toBe('17. Aug. 2025');
  });

  it('groups by the month in the site zone', () => {
    expect(brussels.month('2025-08-31T23:30:00Z')).toEqual({ key: '2025-09', label: 'September 2025' });
    expect(brussels.month('2025-08-31')).toEqual({ key: '2025-08', label: 'August 2025' });
  });

  it('tells bare dates from date-times', () => {
    expect(isBareDate('2025-08-17')).toBe(true);
    expect(isBareDate('2025-08-17T10:00:00Z')).toBe(false);
  });
});
