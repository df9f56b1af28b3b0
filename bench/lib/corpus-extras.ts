// This round's content types for the benchmark corpus, at the ratios a newsroom would
// have them: the desk's authors (bylines and reviewers, as requireReview needs), lead
// pictures on a few percent of items (real JPEG files in content/images/), a handful of
// territory snapshots and items that show one as a map, Ukrainian translations of about
// one item in seven plus every topic and most actors, a day note for about one item in
// four, and status updates that move tracked claims. Everything comes from its own
// seeded stream, so the articles' text stays what it was before these types existed.
// (Over 150 lines: one small generator per content type; kept in one module so the ratios
// between them, which must be read together, stay in one place.)
import sharp from 'sharp';
import { Random, y } from './random.ts';
import { UK_ACTORS, UK_TOPICS, ukBody, ukLine } from './corpus-uk.ts';

export const AUTHORS = [
  { id: 'ines-halvorsen', name: 'Ines Halvorsen', role: 'Reporter' },
  { id: 'dario-kestrel', name: 'Dario Kestrel', role: 'Reporter' },
  { id: 'yuki-brannigan', name: 'Yuki Brannigan', role: 'Diplomatic correspondent' },
  { id: 'olena-varga', name: 'Olena Varga', role: 'Kyiv correspondent' },
  { id: 'pavel-ostrander', name: 'Pavel Ostrander', role: 'Data reporter' },
  { id: 'marit-okonkwo', name: 'Marit Okonkwo', role: 'Standards editor' },
  { id: 'lucas-fenwright', name: 'Lucas Fenwright', role: 'Deputy editor' },
] as const;
const REVIEWERS = ['marit-okonkwo', 'lucas-fenwright'] as const;

export function authorFile(author: (typeof AUTHORS)[number]): string {
  return [
    '---',
    `name: ${y(author.name)}`,
    `role: ${y(author.role)}`,
    `email: ${author.id}@bench.example.org`,
    '---',
    '',
    `${author.name} (${author.role.toLowerCase()}) is an invented member of the benchmark desk.`,
    '',
  ].join('\n');
}

/** `authors` and `reviewedBy`: one or two writers and a reviewer who is not the only author. */
export function bylineLines(rng: Random): string[] {
  const writers = rng.sample(AUTHORS.slice(0, 5), rng.chance(0.8) ? 1 : 2).map((a) => a.id);
  return [`authors: [${writers.join(', ')}]`, `reviewedBy: ${rng.pick(REVIEWERS)}`];
}

// ---------------------------------------------------------------------------------------
// Territory snapshots: every region of the fixed list, the front regions changing.

const REGION_IDS = [
  'vinnytsia',
  'volyn',
  'luhansk',
  'dnipropetrovsk',
  'donetsk',
  'zhytomyr',
  'zakarpattia',
  'zaporizhzhia',
  'ivano-frankivsk',
  'kyiv-city',
  'kyiv-oblast',
  'kirovohrad',
  'sevastopol',
  'crimea',
  'lviv',
  'mykolaiv',
  'odesa',
  'poltava',
  'rivne',
  'sumy',
  'ternopil',
  'kharkiv',
  'kherson',
  'khmelnytskyi',
  'cherkasy',
  'chernivtsi',
  'chernihiv',
];
const HELD = new Set(['crimea', 'sevastopol', 'luhansk']);
const FRONT = ['donetsk', 'zaporizhzhia', 'kherson', 'kharkiv', 'dnipropetrovsk', 'sumy'];

export function territoryFile(rng: Random, date: string): string {
  const source = `https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-${date}`;
  const lines = [
    '---',
    `title: ${y(`Who controls what on ${date}`)}`,
    `asOf: ${date}`,
    `summary: ${y(`Synthetic snapshot for ${date}: the occupied regions unchanged, fighting along the front in the east and south, the rest held by Ukraine.`)}`,
    'regions:',
  ];
  for (const id of REGION_IDS) {
    const front = FRONT.indexOf(id);
    const control = HELD.has(id) ? 'russia' : front >= 0 && (front < 3 || rng.chance(0.5)) ? 'contested' : 'ukraine';
    const claimed = control === 'contested' && rng.chance(0.2);
    lines.push(`  - id: ${id}`, `    control: ${control}`, `    basis: ${claimed ? 'claimed' : 'assessed'}`);
    if (claimed) lines.push('    claimedBy: peskov');
    lines.push(`    source: ${source}`);
    if (control !== 'ukraine' && rng.chance(0.5)) lines.push(`    note: ${y(`About ${rng.int(10, 95)} percent held by Russia, according to the assessment.`)}`);
  }
  lines.push('---', '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------
// Pictures: a JPEG per pictured item, photo-like (smooth shapes and grain) so that it
// compresses like a photograph, 1600×1000, drawn from the seed.

export async function pictureBytes(rng: Random): Promise<Buffer> {
  const [gw, gh] = [16, 10];
  const grid = Buffer.alloc(gw * gh * 3);
  for (let i = 0; i < grid.length; i++) grid[i] = rng.int(30, 225);
  const smooth = await sharp(grid, { raw: { width: gw, height: gh, channels: 3 } })
    .resize(1600, 1000, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  for (let i = 0; i < smooth.length; i++) smooth[i] = Math.max(0, Math.min(255, smooth[i]! + Math.floor((rng.next() - 0.5) * 24)));
  return sharp(smooth, { raw: { width: 1600, height: 1000, channels: 3 } })
    .jpeg({ quality: 82 })
    .toBuffer();
}

export function imageLines(rng: Random, file: string, place: string): string[] {
  return [
    'image:',
    `  src: /images/${file}`,
    `  alt: ${y(`Delegations arriving for talks in ${place}, seen from across the square`)}`,
    `  credit: ${y(rng.pick(['Synthetic Photo Agency', 'Benchmark desk photographer', 'Invented Wire Pictures']))}`,
    ...(rng.chance(0.6) ? [`  caption: ${y(`Talks in ${place}; the picture is generated for the benchmark.`)}`] : []),
  ];
}

// ---------------------------------------------------------------------------------------
// Translations (content/uk/...): text only, the original's lists one for one.

export interface Countable {
  id: string;
  published: string;
  counts: { keyPoints: number; claims: number; events: number; corrections: number };
}

export function articleTranslation(rng: Random, item: Countable, translated: string): string {
  const list = (key: string, count: number, min: number) => (count ? [`${key}:`, ...Array.from({ length: count }, () => `  - ${ukLine(rng, min)}`)] : []);
  const claims = item.counts.claims ? ['claims:', ...Array.from({ length: item.counts.claims }, () => `  - text: ${ukLine(rng, 10)}`)] : [];
  return [
    '---',
    `translated: ${translated}`,
    `title: ${ukLine(rng, 10, 150)}`,
    `summary: ${ukLine(rng, 40, 300, 2)}`,
    ...list('keyPoints', item.counts.keyPoints, 3),
    ...claims,
    ...list('events', item.counts.events, 5),
    ...list('corrections', item.counts.corrections, 10),
    '---',
    '',
    ukBody(rng),
  ].join('\n');
}

export function topicTranslation(rng: Random, topicId: string, questions: number): string {
  const t = UK_TOPICS[topicId]!;
  return [
    '---',
    'translated: 2025-11-30',
    `title: ${t}`,
    `summary: ${ukLine(rng, 20, 300, 2)}`,
    `status: ${ukLine(rng, 10, 300)}`,
    'openQuestions:',
    ...Array.from({ length: questions }, () => `  - ${ukLine(rng, 5)}`),
    '---',
    '',
    ukBody(rng),
  ].join('\n');
}

export function actorTranslation(rng: Random, actorId: string): string | undefined {
  const a = UK_ACTORS[actorId];
  if (!a) return undefined;
  return ['---', 'translated: 2025-11-30', `name: ${y(a[0])}`, `role: ${y(a[1])}`, '---', '', `${ukLine(rng, 20, 400, 3).replace(/^"|"$/g, '')}`, ''].join(
    '\n',
  );
}

// ---------------------------------------------------------------------------------------
// Day notes and status updates.

export function dayFile(rng: Random, items: string[]): string {
  const lines = ['---', 'takeaways:'];
  for (const item of items.slice(0, 4))
    lines.push(
      `  - text: ${y(`The item of the day says ${rng.pick(['talks went on without a text', 'the other side has not confirmed', 'a new round is planned', 'the envoys disagree on the order of steps'])}.`)}`,
      `    item: ${item}`,
    );
  if (rng.chance(0.3))
    lines.push(
      `  - text: ${y('Shelling was reported overnight in the east; no item covers it yet.')}`,
      '    source: https://www.reuters.com/world/europe/overnight-shelling-report/',
    );
  lines.push('---', '');
  return lines.join('\n');
}

export function updateFile(rng: Random, date: string, claims: Array<{ id: string; status: string }>): string {
  const lines = ['---', `date: ${date}`, 'claims:'];
  for (const c of claims)
    lines.push(
      `  - id: ${c.id}`,
      `    status: ${c.status}`,
      `    note: ${y(`A ${rng.pick(['published document', 'second party', 'official readout', 'later statement'])} settles where this claim stands now.`)}`,
      `    source: https://www.state.gov/briefings/readout-${date.slice(0, 10)}-${rng.int(100, 999)}/`,
    );
  lines.push('---', '');
  return lines.join('\n');
}
