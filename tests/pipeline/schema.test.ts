import { describe, expect, it } from 'vitest';
import { articleSchema, siteSchema } from '../../src/pipeline/schema/index.ts';

const valid = {
  title: 'A valid headline for a briefing item',
  summary: 'A dek that is long enough to pass the forty character minimum.',
  published: '2025-08-17T18:30:00+02:00',
  topics: ['guarantees'],
  sources: [{ name: 'Wire', url: 'https://example.org/story' }],
};

function messages(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('article schema', () => {
  it('accepts a minimal item and fills defaults', () => {
    const result = articleSchema.parse(valid);
    expect(result.status).toBe('published');
    expect(result.actors).toEqual([]);
  });

  it('accepts real dates and date-times with offsets only', () => {
    for (const published of ['2025-08-17', '2024-02-29', '2025-08-17T18:30:00Z', '2025-08-17T18:30+02:00', '2025-08-17T18:30:00.123-05:00']) {
      expect(messages({ ...valid, published }), published).toEqual([]);
    }
    for (const published of ['2025-02-30', '2025-02-29', '2025-13-01', '20 November 2025', '2025-08-17T18:30:00', '17/08/2025', '2025-8-7']) {
      expect(messages({ ...valid, published }).length, published).toBeGreaterThan(0);
    }
  });

  it('refuses every URL scheme but https', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,x',
      'ftp://example.org/a',
      'http://example.org/a',
      'vbscript:x',
      '//example.org/a',
      '/relative',
    ]) {
      expect(messages({ ...valid, sources: [{ name: 'Wire', url }] }).length, url).toBeGreaterThan(0);
    }
  });

  it('refuses invisible characters and HTML in plain-text fields', () => {
    for (const title of [
      'Bidi \u202eoverride in a headline',
      'Zero\u200bwidth space in a headline',
      'Control \u0007 bell in a headline',
      'An <b>HTML</b> tag in the headline',
    ]) {
      expect(messages({ ...valid, title }).length, JSON.stringify(title)).toBeGreaterThan(0);
    }
  });

  it('refuses unknown keys and puts updated after published', () => {
    expect(messages({ ...valid, titel: 'x' })).toEqual([': Unrecognized key: "titel"']);
    expect(messages({ ...valid, updated: '2025-08-16' })).toEqual(['updated: 2025-08-16 is before published (2025-08-17T18:30:00+02:00)']);
    expect(messages({ ...valid, updated: '2025-08-18' })).toEqual([]);
  });

  it('keeps claim statuses to the six the design names', () => {
    const claim = { id: 'a-claim', text: 'Someone said something.', by: 'someone' };
    for (const status of ['claimed', 'unconfirmed', 'confirmed', 'disputed', 'denied', 'retracted']) {
      expect(messages({ ...valid, claims: [{ ...claim, status }] })).toEqual([]);
    }
    expect(messages({ ...valid, claims: [{ ...claim, status: 'rumoured' }] }).length).toBe(1);
  });
});

describe('site schema', () => {
  it('needs a real time zone and an https URL', () => {
    const site = {
      title: 'Briefing',
      description: 'A description of at least twenty characters.',
      language: 'en',
      url: 'https://example.org',
      contact: { name: 'Desk', email: 'desk@example.org' },
    };
    expect(siteSchema.parse(site).timezone).toBe('UTC');
    expect(siteSchema.safeParse({ ...site, timezone: 'Mars/Olympus' }).success).toBe(false);
    expect(siteSchema.safeParse({ ...site, url: 'http://example.org' }).success).toBe(false);
  });
});
