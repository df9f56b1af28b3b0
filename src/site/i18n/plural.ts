// Plural forms by the language's own rules (Ukrainian has one, few and many), from
// Intl.PluralRules: a message gives the word for each category its language uses.
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

export function pluralWord(language: string, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return forms[rule.select(count)] ?? forms.other;
}

const numbers = new Map<string, Intl.NumberFormat>();

/** `3 items`, `3 матеріали`, `5 матеріалів`, with the number in the language's digits. */
export function countOf(language: string, count: number, forms: PluralForms): string {
  let format = numbers.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numbers.set(language, format);
  }
  return `${format.format(count)} ${pluralWord(language, count, forms)}`;
}
