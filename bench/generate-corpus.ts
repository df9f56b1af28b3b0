// Generates a realistic synthetic briefing corpus with a fixed seed: site.yaml, the four
// topics, 24 actors with aliases and N ~800-word articles in year sub-folders, with
// headings, paragraphs, lists, tables, internal and external links, key points, claims
// whose ids recur across items with a changing status, events, sources and corrections.
// The same (n, seed) always gives byte-identical files. Every corpus passes the check.
//
//   node bench/generate-corpus.ts --n 1000 [--out bench/.work/corpus-1000] [--seed 20250817]
// (Over 150 lines: most of it is the fixed cast and phrase bank, data rather than code.)
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  actorTranslation,
  articleTranslation,
  AUTHORS,
  authorFile,
  bylineLines,
  dayFile,
  imageLines,
  pictureBytes,
  territoryFile,
  topicTranslation,
  updateFile,
} from './lib/corpus-extras.ts';
import { Random, y } from './lib/random.ts';

export const DEFAULT_SEED = 20250817;

export { mulberry32 } from './lib/random.ts';

// ---------------------------------------------------------------------------------------
// Fixed cast: topics and actors.

const TOPICS = [
  {
    id: 'guarantees',
    title: 'Security guarantees',
    summary: 'What protection the country would get against a renewed attack after a settlement, who would provide it and how binding it would be.',
    status: 'Envoys describe an Article 5-like commitment, but no text has been published and the other side has not confirmed it.',
    questions: [
      'Which countries would act as guarantors?',
      'What would count as a breach, and what would trigger a response?',
      'Would the commitment be a ratified treaty or a political declaration?',
      'How would the guarantee be enforced?',
    ],
  },
  {
    id: 'territory',
    title: 'Territory',
    summary: 'Where a ceasefire line would run, which regions are contested and what each side says it will never accept.',
    status: 'Both sides restate maximal positions; mediators float a freeze along the current line of contact.',
    questions: [
      'Would a ceasefire line be recognised as a border?',
      'Who would monitor a demilitarised zone?',
      'What happens to people living in contested districts?',
    ],
  },
  {
    id: 'sanctions',
    title: 'Sanctions',
    summary: 'Which sanctions are in force, which could be lifted as part of a deal and who decides on relief or new measures.',
    status: 'New packages are prepared in parallel with talks; relief is discussed only as a reward for a ceasefire.',
    questions: ['Which measures could be lifted first?', 'Would frozen assets be released, used or kept?', 'Could sanctions snap back after a violation?'],
  },
  {
    id: 'actors',
    title: 'Who is who',
    summary: 'The people and bodies in the talks: who holds which office, who speaks for whom and where each of them stands.',
    status: 'The cast of negotiators keeps changing as envoys are added and delegations are reshuffled.',
    questions: ['Who has the mandate to sign an agreement?', 'Which channels are official and which are back channels?'],
  },
] as const;

const TOPIC_IDS = TOPICS.map((t) => t.id);

interface ActorSpec {
  id: string;
  name: string;
  role: string;
  affiliation: string;
  aliases: string[];
  link?: string;
}

const ACTORS: ActorSpec[] = [
  {
    id: 'witkoff',
    name: 'Steve Witkoff',
    role: 'U.S. special envoy',
    affiliation: 'United States',
    aliases: ['Witkoff', 'Steven Witkoff', 'U.S. special envoy'],
  },
  {
    id: 'putin',
    name: 'Vladimir Putin',
    role: 'President of Russia',
    affiliation: 'Russia',
    aliases: ['Putin', 'the Kremlin leader', 'Russian president'],
    link: 'https://en.kremlin.ru/',
  },
  {
    id: 'trump',
    name: 'Donald Trump',
    role: 'President of the United States',
    affiliation: 'United States',
    aliases: ['Trump', 'U.S. president'],
    link: 'https://www.whitehouse.gov/',
  },
  {
    id: 'zelenskyy',
    name: 'Volodymyr Zelenskyy',
    role: 'President of Ukraine',
    affiliation: 'Ukraine',
    aliases: ['Zelenskyy', 'Zelensky', 'Ukrainian president'],
    link: 'https://www.president.gov.ua/en',
  },
  {
    id: 'von-der-leyen',
    name: 'Ursula von der Leyen',
    role: 'President of the European Commission',
    affiliation: 'European Union',
    aliases: ['von der Leyen', 'Commission president'],
  },
  {
    id: 'rubio',
    name: 'Marco Rubio',
    role: 'U.S. Secretary of State',
    affiliation: 'United States',
    aliases: ['Rubio', 'Secretary of State'],
    link: 'https://www.state.gov/',
  },
  {
    id: 'nato',
    name: 'NATO',
    role: 'Military alliance',
    affiliation: 'North Atlantic Treaty Organization',
    aliases: ['the alliance', 'North Atlantic Treaty Organization'],
    link: 'https://www.nato.int/',
  },
  {
    id: 'eu',
    name: 'European Union',
    role: 'Political and economic union',
    affiliation: 'European Union',
    aliases: ['EU', 'Brussels'],
    link: 'https://european-union.europa.eu/',
  },
  { id: 'lavrov', name: 'Sergei Lavrov', role: 'Foreign Minister of Russia', affiliation: 'Russia', aliases: ['Lavrov', 'Russian foreign minister'] },
  { id: 'peskov', name: 'Dmitry Peskov', role: 'Kremlin spokesman', affiliation: 'Russia', aliases: ['Peskov', 'Kremlin spokesman'] },
  { id: 'sybiha', name: 'Andrii Sybiha', role: 'Foreign Minister of Ukraine', affiliation: 'Ukraine', aliases: ['Sybiha', 'Ukrainian foreign minister'] },
  {
    id: 'umerov',
    name: 'Rustem Umerov',
    role: 'Secretary of the National Security and Defence Council',
    affiliation: 'Ukraine',
    aliases: ['Umerov', 'security council secretary'],
  },
  { id: 'rutte', name: 'Mark Rutte', role: 'Secretary General of NATO', affiliation: 'NATO', aliases: ['Rutte', 'NATO chief'] },
  {
    id: 'kallas',
    name: 'Kaja Kallas',
    role: 'EU High Representative for Foreign Affairs',
    affiliation: 'European Union',
    aliases: ['Kallas', 'EU foreign policy chief'],
  },
  { id: 'macron', name: 'Emmanuel Macron', role: 'President of France', affiliation: 'France', aliases: ['Macron', 'French president'] },
  { id: 'merz', name: 'Friedrich Merz', role: 'Chancellor of Germany', affiliation: 'Germany', aliases: ['Merz', 'German chancellor'] },
  {
    id: 'starmer',
    name: 'Keir Starmer',
    role: 'Prime Minister of the United Kingdom',
    affiliation: 'United Kingdom',
    aliases: ['Starmer', 'British prime minister'],
  },
  { id: 'meloni', name: 'Giorgia Meloni', role: 'Prime Minister of Italy', affiliation: 'Italy', aliases: ['Meloni', 'Italian prime minister'] },
  { id: 'tusk', name: 'Donald Tusk', role: 'Prime Minister of Poland', affiliation: 'Poland', aliases: ['Tusk', 'Polish prime minister'] },
  { id: 'erdogan', name: 'Recep Tayyip Erdogan', role: 'President of Turkey', affiliation: 'Turkey', aliases: ['Erdogan', 'Turkish president'] },
  {
    id: 'guterres',
    name: 'Antonio Guterres',
    role: 'Secretary-General of the United Nations',
    affiliation: 'United Nations',
    aliases: ['Guterres', 'UN chief'],
  },
  {
    id: 'un',
    name: 'United Nations',
    role: 'International organisation',
    affiliation: 'United Nations',
    aliases: ['UN', 'the UN'],
    link: 'https://www.un.org/',
  },
  { id: 'vance', name: 'JD Vance', role: 'Vice President of the United States', affiliation: 'United States', aliases: ['Vance', 'U.S. vice president'] },
  {
    id: 'dmitriev',
    name: 'Kirill Dmitriev',
    role: 'Russian special envoy for economic cooperation',
    affiliation: 'Russia',
    aliases: ['Dmitriev', 'Russian economic envoy'],
  },
  {
    id: 'yermak',
    name: 'Andriy Yermak',
    role: 'Head of the Presidential Office of Ukraine',
    affiliation: 'Ukraine',
    aliases: ['Yermak', 'presidential chief of staff'],
  },
  { id: 'orban', name: 'Viktor Orban', role: 'Prime Minister of Hungary', affiliation: 'Hungary', aliases: ['Orban', 'Hungarian prime minister'] },
];

const OUTLETS = [
  ['Reuters', 'https://www.reuters.com/world/'],
  ['Associated Press', 'https://apnews.com/article/'],
  ['BBC News', 'https://www.bbc.com/news/'],
  ['Financial Times', 'https://www.ft.com/content/'],
  ['Kyiv Independent', 'https://kyivindependent.com/'],
  ['Le Monde', 'https://www.lemonde.fr/en/international/'],
  ['Deutsche Welle', 'https://www.dw.com/en/'],
  ['Politico Europe', 'https://www.politico.eu/article/'],
  ['The Guardian', 'https://www.theguardian.com/world/'],
  ['Council of the EU, press release', 'https://www.consilium.europa.eu/en/press/press-releases/'],
  ['NATO, official texts', 'https://www.nato.int/cps/en/natohq/'],
  ['U.S. Department of State, readout', 'https://www.state.gov/'],
] as const;

const PLACES = [
  'Geneva',
  'Istanbul',
  'Riyadh',
  'Jeddah',
  'Abu Dhabi',
  'Brussels',
  'Washington',
  'Paris',
  'Berlin',
  'London',
  'Warsaw',
  'Helsinki',
  'Vienna',
  'Doha',
  'Anchorage',
];
const REGIONS = ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Crimea', 'Kharkiv', 'the Black Sea coast', 'the Dnipro river line'];
const SUBJECTS = [
  'a ceasefire',
  'security guarantees',
  'the line of contact',
  'frozen assets',
  'a prisoner exchange',
  'energy infrastructure',
  'grain exports',
  'sanctions relief',
  'a monitoring mission',
  'a peace framework',
  'reconstruction funds',
  'a demilitarised zone',
  'air defence deliveries',
  'the return of deported children',
];
const VERBS_TITLE = [
  'says',
  'rejects',
  'backs',
  'questions',
  'signals openness to',
  'warns against',
  'proposes',
  'raises doubts over',
  'pushes for',
  'plays down',
];
const QUALIFIERS = [
  'after talks in',
  'ahead of a meeting in',
  'during a visit to',
  'following a call from',
  'at a press conference in',
  'in an interview from',
];
const ADVERBS = ['publicly', 'again', 'cautiously', 'firmly', 'for the first time', 'repeatedly', 'quietly'];
const NOUNS = ['negotiators', 'officials', 'diplomats', 'delegations', 'analysts', 'ministers', 'envoys', 'advisers', 'military planners', 'legal experts'];
const CONNECTORS = [
  'However,',
  'At the same time,',
  'By contrast,',
  'In practice,',
  'According to two people familiar with the talks,',
  'Earlier this week,',
  'Separately,',
  'Privately,',
];
const OBJECTS = [
  'the draft text',
  'the proposed timetable',
  'the sequencing of steps',
  'the role of outside monitors',
  'the wording on guarantees',
  'the list of prisoners',
  'the map annex',
  'the sanctions annex',
  'the verification chapter',
];
const STATUSES = ['claimed', 'unconfirmed', 'confirmed', 'disputed', 'denied', 'retracted'] as const;
type Status = (typeof STATUSES)[number];

// ---------------------------------------------------------------------------------------
// Text helpers.

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 3, 8, 0, 0);
const END = Date.UTC(2025, 10, 28, 18, 0, 0);

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** 2025-08-17T18:30:00+02:00 style, with a fixed offset picked from the item. */
function isoDateTime(ms: number, offsetHours: number): string {
  const local = new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 16);
  const sign = offsetHours >= 0 ? '+' : '-';
  return `${local}:00${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}

// ---------------------------------------------------------------------------------------
// Claims: a pool of tracked claims whose status walks over time.

interface TrackedClaim {
  id: string;
  by: string;
  text: string;
  status: Status;
}

function makeClaimPool(rng: Random, size: number): TrackedClaim[] {
  const pool: TrackedClaim[] = [];
  for (let k = 0; k < size; k++) {
    const actor = rng.pick(ACTORS);
    const subject = rng.pick(SUBJECTS);
    const text = `${actor.name} said that ${rng.pick(NOUNS)} had agreed on ${subject} ${rng.pick(QUALIFIERS)} ${rng.pick(PLACES)}.`;
    pool.push({ id: `${slugify(subject)}-${actor.id}-${k + 1}`, by: actor.id, text, status: 'claimed' });
  }
  return pool;
}

const NEXT_STATUS: Record<Status, Status[]> = {
  claimed: ['claimed', 'unconfirmed', 'confirmed', 'disputed', 'denied'],
  unconfirmed: ['unconfirmed', 'confirmed', 'disputed', 'denied'],
  confirmed: ['confirmed', 'disputed'],
  disputed: ['disputed', 'confirmed', 'denied', 'retracted'],
  denied: ['denied', 'disputed', 'retracted'],
  retracted: ['retracted'],
};

// ---------------------------------------------------------------------------------------
// Articles.

export interface ArticleMeta {
  id: string;
  year: number;
  draft: boolean;
  title: string;
  /** `published` as written, and the same instant in ms. */
  published: string;
  when: number;
  /** How many of each list the item has: a translation carries as many. */
  counts: { keyPoints: number; claims: number; events: number; corrections: number };
  /** Ids of the tracked claims this item reports. */
  trackedClaims: string[];
}

function sentence(rng: Random, actors: ActorSpec[], earlier: ArticleMeta[], links: { budget: number }, year: number): string {
  const actor = rng.pick(actors);
  const place = rng.pick(PLACES);
  const subject = rng.pick(SUBJECTS);
  const connector = rng.chance(0.3) ? `${rng.pick(CONNECTORS)} ` : '';
  // After a connector the sentence goes on in lower case; proper names keep their capitals.
  const lead = (text: string) => (connector ? text.charAt(0).toLowerCase() + text.slice(1) : capitalise(text));
  let who = actor.name;
  if (links.budget > 0 && rng.chance(0.18)) {
    links.budget--;
    const kind = rng.int(0, 5);
    if (kind <= 1) who = `[${actor.name}](/actors/${actor.id}/)`;
    else if (kind === 2) {
      const topic = rng.pick(TOPICS);
      return `${connector}${lead('The')} question of ${subject} is tracked on the [${topic.title.toLowerCase()}](/topics/${topic.id}/) page, where ${rng.pick(NOUNS)} describe it as ${rng.pick(['unresolved', 'central', 'the hardest part', 'close to agreement'])}.`;
    } else if (kind === 3 && earlier.length > 0) {
      const target = earlier[Math.max(0, earlier.length - 1 - rng.int(0, 60))]!;
      const sameYear = target.year === year;
      const href = sameYear && rng.chance(0.3) ? `./${target.id}.md` : `/articles/${target.id}/`;
      return `${connector}As [reported earlier](${href}), ${rng.pick(NOUNS)} had already discussed ${subject} in ${place}.`;
    } else {
      const [outlet, url] = rng.pick(OUTLETS);
      return `${connector}${outlet} [reported](${url}${slugify(subject)}-${rng.int(1000, 99999)}/) that ${rng.pick(NOUNS)} in ${place} were ${rng.pick(['divided', 'optimistic', 'sceptical', 'waiting for instructions'])} on ${subject}.`;
    }
  }
  const templates = [
    () =>
      `${who} ${rng.pick(ADVERBS)} ${rng.pick(['said', 'told reporters', 'wrote', 'insisted'])} that ${subject} would "${rng.pick(['not be rushed', 'come first', 'depend on the other side', 'need a written text'])}".`,
    () =>
      `${connector}${lead(rng.pick(NOUNS))} in ${place} spent ${rng.pick(['several hours', 'two days', 'most of the week', 'a long night'])} on ${rng.pick(OBJECTS)}, and ${rng.pick(['made little progress', 'reported some movement', 'agreed to meet again', 'left without a statement'])}.`,
    () =>
      `${connector}${lead('The')} position of ${who} on ${subject} has ${rng.pick(['shifted', 'hardened', 'softened', 'not changed'])} since the talks in ${rng.pick(PLACES)}, according to ${rng.pick(NOUNS)} who ${rng.pick(['attended', 'were briefed', 'read the notes'])}.`,
    () =>
      `${connector}Fighting around ${rng.pick(REGIONS)} ${rng.pick(['continued', 'intensified', 'eased briefly', 'shaped the mood'])} while ${rng.pick(NOUNS)} discussed ${subject}.`,
    () =>
      `${who} ${rng.pick(VERBS_TITLE)} ${subject}, ${rng.pick(['a step welcomed by', 'a move criticised by', 'a point noted by', 'an idea rejected by'])} ${rng.pick(actors).name}.`,
    () =>
      `${connector}${lead('No')} ${rng.pick(['document', 'joint statement', 'official transcript', 'map'])} has been published, so the account of ${who} cannot be checked independently.`,
    () =>
      `${connector}${lead(rng.pick(OBJECTS))} is expected to ${rng.pick(['change again', 'be circulated next week', 'stay confidential', 'go to parliaments'])}, ${rng.pick(NOUNS)} said on condition of anonymity.`,
  ];
  return rng.pick(templates)();
}

function paragraph(rng: Random, actors: ActorSpec[], earlier: ArticleMeta[], links: { budget: number }, year: number, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(sentence(rng, actors, earlier, links, year));
  let text = out.join(' ');
  if (rng.chance(0.25)) text = text.replace(/ (agreed|rejected|confirmed|unresolved|written text) /, ' **$1** ');
  if (rng.chance(0.2)) text = text.replace(/ (publicly|again|cautiously|firmly) /, ' _$1_ ');
  return text;
}

const HEADINGS = [
  'What was said',
  'What is known',
  'What is not established',
  'Background',
  'Reactions',
  'What comes next',
  'The sticking points',
  'How the talks work',
  'On the ground',
  'The numbers',
  'Why it matters',
  'Timeline so far',
];

function table(rng: Random, actors: ActorSpec[]): string {
  const rows = rng.int(3, 6);
  const lines = ['| Party | Position on ' + rng.pick(SUBJECTS) + ' | Since |', '| --- | --- | --- |'];
  for (let i = 0; i < rows; i++) {
    const a = rng.pick(actors);
    lines.push(
      `| ${a.name} | ${capitalise(rng.pick(['supports', 'opposes', 'open to', 'undecided on', 'conditional on']))} ${rng.pick(OBJECTS)} | ${isoDate(START + rng.int(0, 1400) * DAY)} |`,
    );
  }
  return lines.join('\n');
}

function body(rng: Random, actors: ActorSpec[], earlier: ArticleMeta[], year: number): string {
  const links = { budget: rng.int(4, 9) };
  const parts: string[] = [];
  parts.push(paragraph(rng, actors, earlier, links, year, rng.int(3, 4)));
  const sections = rng.sample(HEADINGS, rng.int(4, 5));
  for (const [i, heading] of sections.entries()) {
    parts.push(`## ${heading}`);
    parts.push(paragraph(rng, actors, earlier, links, year, rng.int(3, 5)));
    if (i === 1 || rng.chance(0.3)) {
      const ordered = rng.chance(0.3);
      const items: string[] = [];
      for (let k = 0; k < rng.int(3, 5); k++) {
        items.push(
          `${ordered ? `${k + 1}.` : '-'} ${capitalise(rng.pick(OBJECTS))} ${rng.pick(['remains open on', 'was discussed alongside', 'needs a decision on', 'depends on'])} ${rng.pick(SUBJECTS)};`,
        );
      }
      parts.push(items.join('\n'));
    }
    if (i === 2 && rng.chance(0.3)) parts.push(table(rng, actors));
    if (rng.chance(0.15))
      parts.push(
        `> "${capitalise(rng.pick(SUBJECTS))} is ${rng.pick(['not for sale', 'within reach', 'a matter for later', 'the first step'])}," ${rng.pick(actors).name} said.`,
      );
    if (rng.chance(0.5)) {
      parts.push(`### ${rng.pick(['Details', 'In brief', 'Context', 'Reaction in ' + rng.pick(PLACES)])}`);
      parts.push(paragraph(rng, actors, earlier, links, year, rng.int(2, 4)));
    }
    parts.push(paragraph(rng, actors, earlier, links, year, rng.int(3, 5)));
  }
  return `${parts.join('\n\n')}\n`;
}

function articleFile(rng: Random, index: number, n: number, earlier: ArticleMeta[], claims: TrackedClaim[]): { meta: ArticleMeta; text: string } {
  const span = END - START;
  const when = START + Math.floor((span * index) / n) + rng.int(0, Math.max(1, Math.floor(span / n / 2)));
  const year = new Date(when).getUTCFullYear();
  const offset = rng.pick([0, 1, 2, 3, -5]);
  const mainActors = rng.sample(ACTORS, rng.int(1, 4));
  const speaker = mainActors[0]!;
  const subject = rng.pick(SUBJECTS);
  const title = `${speaker.name} ${rng.pick(VERBS_TITLE)} ${subject} ${rng.pick(QUALIFIERS)} ${rng.pick(PLACES)}`;
  const id = `${slugify(title).slice(0, 70).replace(/-+$/, '')}-${String(index + 1).padStart(5, '0')}`;
  const draft = index > 10 && rng.chance(0.01);
  const topics = rng.sample(TOPIC_IDS, rng.chance(0.7) ? 1 : 2);
  const summary = `${speaker.name} ${rng.pick(['spoke about', 'addressed', 'commented on'])} ${subject} ${rng.pick(QUALIFIERS)} ${rng.pick(PLACES)}. ${capitalise(rng.pick(NOUNS))} say ${rng.pick(OBJECTS)} ${rng.pick(['is still open', 'has changed', 'was not discussed', 'is close to agreement'])}.`;

  const lines: string[] = ['---', `title: ${y(title)}`, `summary: ${y(summary)}`, `published: ${isoDateTime(when, offset)}`];
  const corrected = rng.chance(0.06);
  if (corrected || rng.chance(0.1)) lines.push(`updated: ${isoDateTime(when + rng.int(1, 5) * DAY, offset)}`);
  lines.push(`status: ${draft ? 'draft' : 'published'}`);
  lines.push(`topics: [${topics.join(', ')}]`);
  const actorIds = mainActors.map((a) => a.id);

  const claimLines: string[] = [];
  const used = new Set<string>();
  for (let c = 0; c < rng.int(0, 3); c++) {
    if (rng.chance(0.75)) {
      const tracked = rng.pick(claims);
      if (used.has(tracked.id)) continue;
      used.add(tracked.id);
      tracked.status = rng.pick(NEXT_STATUS[tracked.status]);
      if (!actorIds.includes(tracked.by)) actorIds.push(tracked.by);
      claimLines.push(`  - id: ${tracked.id}`, `    text: ${y(tracked.text)}`, `    by: ${tracked.by}`, `    status: ${tracked.status}`);
    } else {
      claimLines.push(
        `  - text: ${y(`${speaker.name} said ${rng.pick(OBJECTS)} would be ready ${rng.pick(['within days', 'by the end of the month', 'after the holidays'])}.`)}`,
        `    by: ${speaker.id}`,
        `    status: ${rng.pick(STATUSES)}`,
      );
    }
    if (rng.chance(0.5)) claimLines.push(`    source: ${rng.pick(OUTLETS)[1]}${slugify(subject)}-${rng.int(1000, 99999)}/`);
  }
  lines.push(`actors: [${actorIds.join(', ')}]`);

  lines.push('sources:');
  for (const [outlet, url] of rng.sample(OUTLETS, rng.int(1, 3))) {
    lines.push(`  - name: ${y(outlet)}`, `    url: ${url}${slugify(subject)}-${index + 1}/`);
    if (rng.chance(0.6)) lines.push(`    published: ${isoDate(when - rng.int(0, 1) * DAY)}`);
    if (rng.chance(0.6)) lines.push(`    accessed: ${isoDate(when)}`);
  }
  let keyPoints = 0;
  if (rng.chance(0.85)) {
    lines.push('keyPoints:');
    for (let k = 0; k < rng.int(3, 5); k++, keyPoints++) lines.push(`  - ${y(`${rng.pick(mainActors).name} ${rng.pick(VERBS_TITLE)} ${rng.pick(SUBJECTS)}.`)}`);
  }
  if (claimLines.length) lines.push('claims:', ...claimLines);
  const events = rng.chance(0.35) ? 1 : 0;
  if (events) {
    lines.push('events:');
    lines.push(`  - date: ${isoDate(when)}`, `    title: ${y(`${speaker.name} ${rng.pick(VERBS_TITLE)} ${subject} in ${rng.pick(PLACES)}`)}`);
    if (rng.chance(0.5)) lines.push(`    topics: [${topics[0]}]`);
  }
  if (corrected) {
    lines.push(
      'corrections:',
      `  - date: ${isoDate(when + 2 * DAY)}`,
      `    text: ${y(`An earlier version of this item misnamed the city of the talks. They took place in ${rng.pick(PLACES)}.`)}`,
    );
  }
  lines.push('---', '');

  // Drafts are never linked to: public items may only link to public ones.
  const text = `${lines.join('\n')}\n${body(rng, mainActors.length > 1 ? mainActors : [...mainActors, rng.pick(ACTORS)], earlier, year)}`;
  const counts = { keyPoints, claims: claimLines.filter((l) => l.startsWith('  - ')).length, events, corrections: corrected ? 1 : 0 };
  return { meta: { id, year, draft, title, published: isoDateTime(when, offset), when, counts, trackedClaims: [...used] }, text };
}

// ---------------------------------------------------------------------------------------

function actorFile(rng: Random, actor: ActorSpec): string {
  const lines = [
    '---',
    `name: ${y(actor.name)}`,
    `role: ${y(actor.role)}`,
    `affiliation: ${y(actor.affiliation)}`,
    'aliases:',
    ...actor.aliases.map((a) => `  - ${y(a)}`),
  ];
  if (actor.link) lines.push('links:', '  - label: Official website', `    url: ${actor.link}`);
  lines.push('---', '');
  const topic = rng.pick(TOPICS);
  lines.push(
    `${actor.name} (${actor.role}, ${actor.affiliation}) is one of the parties whose statements this briefing tracks. Their positions appear most often under [${topic.title.toLowerCase()}](/topics/${topic.id}/).`,
    '',
    `Claims attributed to ${actor.aliases[0]} are listed with their latest status on the [claims page](/claims/). Statements made in interviews are treated as claims until a document or a second party confirms them.`,
    '',
  );
  return lines.join('\n');
}

function topicFile(rng: Random, topic: (typeof TOPICS)[number], order: number): string {
  const lines = [
    '---',
    `title: ${y(topic.title)}`,
    `summary: ${y(topic.summary)}`,
    `order: ${order}`,
    `status: ${y(topic.status)}`,
    'openQuestions:',
    ...topic.questions.map((q) => `  - ${y(q)}`),
    '---',
    '',
  ];
  const cast = rng.sample(ACTORS, 3);
  lines.push(
    '## What is on the table',
    '',
    `${topic.summary} The main voices are ${cast.map((a) => `[${a.name}](/actors/${a.id}/)`).join(', ')}.`,
    '',
    '## Why it is not settled',
    '',
    `${topic.status} The [timeline](/timeline/) lists every step, and each item below says what is confirmed and what is only claimed.`,
    '',
    ...topic.questions.map((q) => `- ${q}`),
    '',
  );
  return lines.join('\n');
}

function siteFile(): string {
  return [
    'title: Synthetic Briefing',
    'description: A generated briefing used to benchmark the site generator; every item, claim and source in it is synthetic.',
    'language: en',
    'url: https://bench.example.org',
    'timezone: Europe/Brussels',
    'contact:',
    '  name: The benchmark desk',
    '  email: bench@example.org',
    'requireReview: true',
    'languages:',
    '  - code: uk',
    '    name: Українська',
    '    title: Синтетичний брифінг',
    '    description: Згенерований брифінг для вимірювання генератора сайту; кожен матеріал, заява і джерело в ньому вигадані.',
    '',
  ].join('\n');
}

export interface CorpusInfo {
  root: string;
  contentDir: string;
  articles: number;
  actors: number;
  topics: number;
  drafts: number;
  /** This round's content types: how many files of each the corpus has. */
  authors: number;
  pictures: number;
  maps: number;
  territory: number;
  translations: { articles: number; topics: number; actors: number };
  days: number;
  updates: number;
  bytes: number;
  /** Project-relative path of a public article, the one the benchmark edits. */
  sampleArticle: string;
  /** Ids of the items with a lead picture and of those that show a map (for per-page costs). */
  pictured: string[];
  mapped: string[];
}

const LOCAL_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Writes `<root>/content/` afresh (the folder is emptied first). */
export async function generateCorpus(root: string, n: number, seed = DEFAULT_SEED): Promise<CorpusInfo> {
  const rng = new Random(seed);
  // This round's types draw from a stream of their own: the articles' text stays as it was.
  const extra = new Random(seed ^ 0x5eed);
  const contentDir = join(root, 'content');
  rmSync(contentDir, { recursive: true, force: true });
  for (const dir of ['articles', 'actors', 'topics', 'authors', 'territory', 'days', 'updates', 'images', 'uk/articles', 'uk/topics', 'uk/actors'])
    mkdirSync(join(contentDir, dir), { recursive: true });
  let bytes = 0;
  const write = (path: string, text: string | Buffer) => {
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  };
  write(join(contentDir, 'site.yaml'), siteFile());
  TOPICS.forEach((topic, i) => write(join(contentDir, 'topics', `${topic.id}.md`), topicFile(rng, topic, i + 1)));
  for (const actor of ACTORS) write(join(contentDir, 'actors', `${actor.id}.md`), actorFile(rng, actor));
  for (const author of AUTHORS) write(join(contentDir, 'authors', `${author.id}.md`), authorFile(author));
  for (const topic of TOPICS) write(join(contentDir, 'uk', 'topics', `${topic.id}.md`), topicTranslation(extra, topic.id, topic.questions.length));
  let actorTranslations = 0;
  for (const actor of ACTORS) {
    const text = actorTranslation(extra, actor.id);
    if (!text) continue;
    write(join(contentDir, 'uk', 'actors', `${actor.id}.md`), text);
    actorTranslations++;
  }
  // A handful of snapshots, evenly spread over the corpus's time span.
  const snapshotCount = Math.min(8, Math.max(2, Math.round(n / 150)));
  const snapshots = Array.from({ length: snapshotCount }, (_, k) => isoDate(START + Math.floor(((END - START) * (k + 0.5)) / snapshotCount)));
  for (const date of snapshots) write(join(contentDir, 'territory', `${date}.md`), territoryFile(extra, date));

  const claims = makeClaimPool(rng, Math.max(12, Math.round(n / 8)));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const reported: string[] = [];
  const earlier: ArticleMeta[] = [];
  const years = new Set<number>();
  const days = new Map<string, string[]>();
  const noted = new Set<string>();
  const pictured: string[] = [];
  const mapped: string[] = [];
  let drafts = 0;
  let translations = 0;
  let updates = 0;
  let sample = '';
  for (let i = 0; i < n; i++) {
    const { meta, text } = articleFile(rng, i, n, earlier, claims);
    const front = bylineLines(extra);
    if (!meta.draft && extra.chance(0.03)) {
      front.push(...imageLines(extra, `${meta.id}.jpg`, extra.pick(PLACES)));
      write(join(contentDir, 'images', `${meta.id}.jpg`), await pictureBytes(extra));
      pictured.push(meta.id);
    }
    const shown = snapshots.filter((date) => date <= meta.published.slice(0, 10));
    if (shown.length && extra.chance(0.02)) {
      front.push(`map: ${shown.at(-1)}`);
      mapped.push(meta.id);
    }
    if (!years.has(meta.year)) {
      mkdirSync(join(contentDir, 'articles', String(meta.year)), { recursive: true });
      mkdirSync(join(contentDir, 'uk', 'articles', String(meta.year)), { recursive: true });
      years.add(meta.year);
    }
    write(join(contentDir, 'articles', String(meta.year), `${meta.id}.md`), text.replace('\n---\n', `\n${front.join('\n')}\n---\n`));
    for (const id of meta.trackedClaims) if (!reported.includes(id)) reported.push(id);
    if (meta.draft) {
      drafts++;
      continue;
    }
    earlier.push(meta);
    if (i <= n / 2 || !sample) sample = `content/articles/${meta.year}/${meta.id}.md`;
    if (extra.chance(0.15)) {
      write(join(contentDir, 'uk', 'articles', String(meta.year), `${meta.id}.md`), articleTranslation(extra, meta, isoDate(meta.when + DAY)));
      translations++;
    }
    const day = LOCAL_DAY.format(meta.when);
    days.set(day, [...(days.get(day) ?? []), meta.id]);
    if (extra.chance(0.25)) noted.add(day);
    // A status update the day after, moving claims already reported.
    if (reported.length && extra.chance(0.02)) {
      const moved = extra.sample(reported, extra.int(1, 2)).map((id) => {
        const claim = claimById.get(id)!;
        claim.status = extra.pick(NEXT_STATUS[claim.status]);
        return { id, status: claim.status };
      });
      const date = isoDateTime(meta.when + DAY, 0);
      write(join(contentDir, 'updates', `${date.slice(0, 10)}-claims-moved-${String(i + 1).padStart(5, '0')}.md`), updateFile(extra, date, moved));
      updates++;
    }
  }
  for (const day of noted) write(join(contentDir, 'days', `${day}.md`), dayFile(extra, days.get(day)!));
  return {
    root,
    contentDir,
    articles: n,
    actors: ACTORS.length,
    topics: TOPICS.length,
    drafts,
    authors: AUTHORS.length,
    pictures: pictured.length,
    maps: mapped.length,
    territory: snapshots.length,
    translations: { articles: translations, topics: TOPICS.length, actors: actorTranslations },
    days: noted.size,
    updates,
    bytes,
    sampleArticle: sample,
    pictured,
    mapped,
  };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const n = Number(value('--n') ?? 1000);
  const seed = Number(value('--seed') ?? DEFAULT_SEED);
  const out = resolve(value('--out') ?? join(import.meta.dirname, '.work', `corpus-${n}`));
  const info = await generateCorpus(out, n, seed);
  const t = info.translations;
  console.log(
    `${info.articles} articles (${info.drafts} drafts, ${info.pictures} with a picture, ${info.maps} with a map), ${info.actors} actors, ${info.topics} topics, ${info.authors} authors, ${info.territory} territory snapshots, ${t.articles}+${t.topics}+${t.actors} translations, ${info.days} day notes, ${info.updates} status updates, ${(info.bytes / 1024 / 1024).toFixed(1)} MiB in ${info.contentDir}`,
  );
}
