// Dates out of range fail naming the field; accepted dates, the oldest and newest
// included, show the same year in every output (pages, feeds, sitemap), never 1970.
import { describe, expect, it } from 'vitest';
import { xmlDate } from '../../src/feeds/xml.ts';
import { isoDate } from '../../src/pipeline/schema/fields.ts';
import { YEAR_RANGE } from '../../src/pipeline/schema/primitives.ts';
import { dateFormatter } from '../../src/site/format-date.ts';
import { lastModified } from '../../src/sitemap/lastmod.ts';
import { article } from '../site/fixtures.ts';

describe('date range', () => {
  it('refuses implausible years with the date-range rule', () => {
    for (const value of ['0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31', '0000-01-01T00:00:00Z']) {
      const result = isoDate.safeParse(value);
      expect(result.success, value).toBe(false);
      expect((result.error!.issues[0] as { params?: unknown }).params).toEqual({ rule: 'date-range' });
      expect(result.error!.issues[0]!.message).toContain(`outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}`);
    }
  });

  it('shows the year of every accepted date in every output, before 1970 too', () => {
    const dates = dateFormatter('en-GB', 'Europe/Kyiv');
    for (const [value, year] of [
      ['1900-01-01', '1900'],
      ['1950-06-15T12:00:00Z', '1950'],
      ['2100-12-31', '2100'],
    ] as const) {
      expect(isoDate.safeParse(value).success, value).toBe(true);
      expect(dates.day(value)).toContain(year);
      expect(xmlDate(value).toUTCString()).toContain(year);
      expect(xmlDate(value).toISOString().slice(0, 4)).toBe(year);
      const lastmod = lastModified({ articles: [article('old', { published: value })] } as never, Date.parse('2101-06-01'));
      expect(lastmod.get('/articles/old/')!.slice(0, 4), value).toBe(year);
      expect([...lastmod.values()].join(' ')).not.toContain('1970');
    }
  });
});
