// A translation must belong to an original of the same id, in a language the site names,
// and may only translate what the original has (its claims by id or position). What the
// translation leaves untranslated is reported as information, one line per file.
import { suggestion } from '../did-you-mean.ts';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { CheckedFile } from '../load-entry.ts';
import { DATE, DATE_TIME, before } from '../schema/primitives.ts';
import { translationKey, type TranslatableKind } from '../schema/translation.ts';
import type { ContentIndex } from './content-index.ts';
import { field, list } from './raw-values.ts';

function isDate(value: unknown): value is string {
  return typeof value === 'string' && (DATE.test(value) || DATE_TIME.test(value));
}

/** Fields an original has that its translation could carry, and whether it does. */
function untranslated(kind: TranslatableKind, original: CheckedFile, translation: CheckedFile, bodyOf: (f: CheckedFile) => boolean): string[] {
  const missing: string[] = [];
  const o = original.raw;
  const t = translation.raw;
  const countShort = (key: string) => {
    const have = list(t[key]).length;
    const want = list(o[key]).length;
    if (want > have) missing.push(have === 0 ? key : `${key} (${have} of ${want})`);
  };
  if (kind === 'articles') ['keyPoints', 'claims', 'events', 'corrections'].forEach(countShort);
  if (kind === 'topics') countShort('openQuestions');
  if (bodyOf(original) && !bodyOf(translation)) missing.push('body');
  return missing;
}

export function checkTranslations(index: ContentIndex, languages: ReadonlySet<string> | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const originals = new Map<string, CheckedFile>();
  const idsByKind = new Map<string, Set<string>>();
  for (const file of index.files.values()) {
    if (file.collection === 'translations' || file.collection === 'site') continue;
    if (!idsByKind.has(file.collection)) idsByKind.set(file.collection, new Set());
    idsByKind.get(file.collection)!.add(file.id);
  }
  for (const file of index.checked) if (file.collection !== 'translations') originals.set(`${file.collection}/${file.id}`, file);
  const hasBody = (f: CheckedFile) => Boolean(f.facts && f.facts.wordCount > 0);

  for (const file of index.checked) {
    if (file.collection !== 'translations') continue;
    const { language, kind, id } = translationKey(file.id);
    const at = { line: 1, column: 1 };
    if (languages && !languages.has(language)) {
      out.push(
        diagnostic({
          file: file.file,
          at,
          field: 'file',
          rule: 'translation-language',
          message: `the language "${language}" is not one of the site's languages`,
          hint: languages.size ? `add it to languages in site.yaml, or use ${[...languages].join(', ')}` : 'add it to languages in site.yaml',
        }),
      );
    }
    const original = originals.get(`${kind}/${id}`);
    if (!original) {
      const known = idsByKind.get(kind) ?? new Set<string>();
      if (!known.has(id))
        out.push(
          diagnostic({
            file: file.file,
            at,
            field: 'file',
            rule: 'translation-orphan',
            message: `there is no original ${kind.slice(0, -1)} "${id}" for this translation`,
            hint: `a translation has the file name of its original in content/${kind}/; ${suggestion(id, known)}`,
          }),
        );
      continue;
    }
    const published = original.raw.published;
    if (kind === 'articles' && isDate(file.raw.translated) && isDate(published) && before(file.raw.translated, published)) {
      out.push(
        diagnostic({
          file: file.file,
          at: file.locate(['translated']),
          field: 'translated',
          rule: 'date-order',
          message: `${file.raw.translated} is before the original was published (${published})`,
        }),
      );
    }
    if (kind === 'articles') {
      const claims = list(original.raw.claims);
      const claimIds = new Set(claims.map((c) => field(c, 'id')).filter((v): v is string => typeof v === 'string'));
      list(file.raw.claims).forEach((claim, i) => {
        const claimId = field(claim, 'id');
        if (typeof claimId === 'string' && !claimIds.has(claimId)) {
          out.push(
            diagnostic({
              file: file.file,
              at: file.locate(['claims', i, 'id']),
              field: `claims[${i}].id`,
              rule: 'translation-claim',
              message: `the original has no claim "${claimId}"`,
              hint: suggestion(claimId, claimIds),
            }),
          );
        } else if (claimId === undefined && i >= claims.length) {
          out.push(
            diagnostic({
              file: file.file,
              at: file.locate(['claims', i]),
              field: `claims[${i}]`,
              rule: 'translation-claim',
              message: `the original has ${claims.length} claim${claims.length === 1 ? '' : 's'}, so there is no claim at position ${i + 1}`,
              hint: 'give the claim the id of the claim it translates',
            }),
          );
        }
      });
      for (const key of ['keyPoints', 'events', 'corrections'] as const) {
        const want = list(original.raw[key]).length;
        const have = list(file.raw[key]).length;
        if (have > want)
          out.push(
            diagnostic({
              file: file.file,
              at: file.locate([key, want]),
              field: `${key}[${want}]`,
              rule: 'translation-claim',
              message: `the original has ${want} ${key}, the translation ${have}`,
              hint: "translate them in the original's order, one for one",
            }),
          );
      }
    }
    const missing = untranslated(kind, original, file, hasBody);
    if (missing.length)
      out.push(
        diagnostic({
          file: file.file,
          at,
          field: 'file',
          rule: 'translation-incomplete',
          message: `not yet translated: ${missing.join(', ')}`,
          hint: `the ${language} page shows the original's text for these`,
        }),
      );
  }
  return out;
}
