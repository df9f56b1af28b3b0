// The benchmark corpus's seeded randomness, shared by the article generator and the
// generator of this round's content types (bench/lib/corpus-extras.ts).

/** mulberry32: a tiny, fast, seedable PRNG with a 2^32 period; good enough for fixtures. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
}

/** A YAML scalar: plain when unambiguous, else a JSON string (valid YAML double-quoted). */
export function y(value: string): string {
  return /^[A-Za-z][A-Za-z0-9 ,.()'’-]*[A-Za-z0-9.)]$/.test(value) && !/: | #/.test(value) ? value : JSON.stringify(value);
}
