// `npm run bench:cards`: CPU per card for each renderer in renderers.ts, on four cards
// that stress it (Latin, Cyrillic, an emoji headline, a very long word), in one run on
// one machine. CPU time (process.cpuUsage, all threads) is steadier than wall time on a
// shared machine. Prints a table, writes results.json and two sample PNGs per renderer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardContent } from '../../src/social/card-layout.ts';
import { RENDERERS } from './renderers.ts';

const HERE = import.meta.dirname;
const RUNS = Number(process.env.CARD_RUNS ?? 20);

const CARDS: Record<string, CardContent> = {
  latin: {
    kicker: 'Security guarantees · Territory',
    title: 'Witkoff says Putin accepted “Article 5-like protection” for Ukraine',
    text: 'U.S. special envoy Steve Witkoff told CNN that Vladimir Putin agreed at the Alaska summit that the United States and Europe could offer Ukraine a NATO-style security guarantee.',
    footer: 'News Briefing',
    date: '17 Aug 2025',
  },
  cyrillic: {
    kicker: 'Гарантії безпеки',
    title: 'Віткофф каже, що Путін погодився на «захист на зразок статті 5» для України',
    text: 'Спецпосланець США розповів CNN, що Путін погодився: США та Європа можуть запропонувати Україні гарантію безпеки за зразком НАТО.',
    footer: 'Брифінг новин',
    date: '17 серп. 2025 р.',
  },
  emoji: {
    kicker: 'Who’s who',
    title: 'Leaders meet 🇺🇦 🤝 🇪🇺 in Brussels after the summit',
    text: 'An emoji headline: the bundled fonts have no emoji, so the renderer must not crash and the build warns.',
    footer: 'News Briefing',
    date: '18 Aug 2025',
  },
  'long word': {
    kicker: 'Territory',
    title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen and the border',
    text: 'Averyveryveryveryveryveryveryveryveryveryveryveryveryveryveryverylongwordwithoutanyspacesatall tests wrapping.',
    footer: 'News Briefing',
  },
};

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const rows: { renderer: string; card: string; cpuMs: number; bytes: number }[] = [];
mkdirSync(join(HERE, 'samples'), { recursive: true });
for (const [renderer, draw] of Object.entries(RENDERERS)) {
  for (const [card, content] of Object.entries(CARDS)) {
    let png = await draw(content); // warm-up: fonts, caches, JIT
    const before = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) png = await draw(content);
    const used = process.cpuUsage(before);
    rows.push({ renderer, card, cpuMs: (used.user + used.system) / 1000 / RUNS, bytes: png.byteLength });
    if (card === 'latin' || card === 'cyrillic') writeFileSync(join(HERE, 'samples', `${slug(renderer)}-${slug(card)}.png`), png);
  }
}

const baseline = (card: string) => rows.find((r) => r.renderer === 'satori + resvg' && r.card === card)!.cpuMs;
console.log(`| renderer | card | CPU ms per card | × satori + resvg | PNG KB |\n| --- | --- | --: | --: | --: |`);
for (const r of rows)
  console.log(`| ${r.renderer} | ${r.card} | ${r.cpuMs.toFixed(1)} | ${(r.cpuMs / baseline(r.card)).toFixed(2)} | ${(r.bytes / 1024).toFixed(0)} |`);
writeFileSync(join(HERE, 'results.json'), `${JSON.stringify({ runs: RUNS, node: process.version, rows }, null, 2)}\n`);
