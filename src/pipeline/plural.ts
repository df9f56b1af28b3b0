// "1 error", "3 errors", "2 entries": the one way counts are worded, in messages and on pages.

/** `count` and the word in the number it needs; `many` for irregular plurals. */
export function plural(count: number | bigint, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 || count === 1n ? one : many}`;
}
