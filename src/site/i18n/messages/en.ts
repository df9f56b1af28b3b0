// Every word of the interface in the original edition: one catalogue per language (uk.ts
// must give every key, the type says so). Parameterised messages are functions, so each
// language orders its own words; counts go through the language's plural rules.
// A long catalogue on purpose: splitting it by page would spread one language over files.
import type { ClaimStatus } from '../../../pipeline/schema/index.ts';
import type { Basis, Control } from '../../../pipeline/schema/index.ts';
import { plural } from '../../../pipeline/plural.ts';

export const en = {
  skipLink: 'Skip to content',
  printedFrom: 'Printed from',
  nav: { label: 'Main', topics: 'Topics', claims: 'Claims', timeline: 'Timeline', actors: 'Actors', items: 'Items', search: 'Search' },
  feeds: { rss: (site: string) => `${site} (RSS)`, atom: (site: string) => `${site} (Atom)`, json: (site: string) => `${site} (JSON Feed)`, corrections: (site: string) => `${site}: corrections (RSS)`, digest: (site: string) => `${site}: day by day (RSS)` },
  footer: { about: 'About this site', corrections: 'Corrections', authors: 'Who writes and reviews the briefing', tips: 'Corrections and tips:', feeds: 'Feeds', rss: 'RSS feed', atom: 'Atom feed', json: 'JSON Feed', correctionsFeed: 'Corrections feed' },
  crumbs: { label: 'Breadcrumb', home: 'Home', items: 'Items', topics: 'Topics', actors: 'Actors', claims: 'Claims', timeline: 'Timeline', days: 'Days', authors: 'Authors' },
  status: {
    labels: { claimed: 'Claimed', unconfirmed: 'Unconfirmed', confirmed: 'Confirmed', disputed: 'Disputed', denied: 'Denied', retracted: 'Retracted' } satisfies Record<ClaimStatus, string>,
    meanings: {
      claimed: 'said on the record, not yet checked',
      unconfirmed: 'checked, but no public evidence either way',
      confirmed: 'backed by documents or the other side',
      disputed: 'contested by another party',
      denied: 'rejected by the party it concerns',
      retracted: 'withdrawn by the person who made it',
    } satisfies Record<ClaimStatus, string>,
    howWeRate: 'How we rate claims',
  },
  legend: { title: 'What the statuses mean', how: 'How we assign a status, and who does' },
  visibility: {
    draft: 'Draft',
    draftText: 'Draft: this item is not published. It is shown only in previews, never on the published site.',
    scheduled: 'Scheduled',
    scheduledText: 'Scheduled: this item is dated in the future and is not on the published site yet.',
    preview: 'Preview build: drafts and scheduled items are shown. This is not the published site.',
  },
  count: {
    items: (n: number) => plural(n, 'item'),
    claims: (n: number) => plural(n, 'claim'),
    openQuestions: (n: number) => plural(n, 'open question'),
  },
  readingTime: (minutes: number) => `${minutes} min read`,
  home: { updated: 'Updated', latest: 'The latest', lead: 'Lead', stateOfPlay: 'State of play', latestItems: 'Latest items', allItems: 'All items', timeline: 'Timeline', claimsChanged: 'Claims that changed', everyClaim: 'Every claim and its history', statusesMean: 'What the statuses mean' },
  topicStates: { asOf: 'As of', latest: 'latest' },
  latestDay: { whatWeKnow: (day: string) => `What we know on ${day}`, dayByDay: 'Day by day' },
  article: {
    published: 'Published', updated: 'Updated', topics: 'Topics:', actors: 'Actors:', keyPoints: 'Key points', claims: 'Claims in this item', sources: 'Sources', accessed: 'accessed', corrections: 'Corrections', related: 'Related items', pager: 'Previous and next items', previous: 'Previous item', next: 'Next item', searchTitle: (title: string) => `Item: ${title}`,
    by: 'By', and: ' and ', reviewedBy: 'Reviewed by',
    movesLabel: 'Updates to this item\'s claims', update: 'Update', movedBefore: 'the claim', movedNow: 'is now listed as', movedWas: 'this item reported it as', followUp: 'Follow-up:',
    credit: 'Credit:',
  },
  claims: {
    title: 'Claims', filtered: (label: string) => `Claims: ${label}`,
    ledeFiltered: (shown: number, all: number) => `${plural(shown, 'claim')} of ${all}, most recently reported first, each with its history.`,
    lede: (all: number) => `Every claim in the briefing: who made it, where it stands now, and each time it was reported. ${plural(all, 'claim')}, most recently reported first.`,
    perStatus: 'Claims per status', filters: 'Filter claims', by: 'By', facets: { status: 'status', actor: 'who made them', topic: 'topic' }, all: 'All claims',
    searchTitle: 'Claims: every claim and its status',
    description: (site: string) => `Every claim in ${site}: who made it, its latest status and its history.`,
    filterDescription: (site: string, facet: string, label: string) => `Claims in ${site} filtered by ${facet}: ${label}.`,
    in: ' · in ', withdrawn: 'The item that first reported this claim was withdrawn.', statusNow: 'Status now: ', reportedAs: 'this item reported it as', permalink: 'Permalink', permalinkHidden: ' to this claim',
    history: 'History', historyReports: (n: number) => `History (${n} reports)`, historyHidden: ' of this claim', withdrawnReport: ' (withdrawn)', source: 'Source:', thenWorded: 'then worded:', why: 'Why:', changed: 'changed', none: 'No claims recorded.',
  },
  actor: { description: (name: string, role: string) => `${name}, ${role}: profile, claims and the items that mention them.`, kicker: 'Actor', searchTitle: (name: string) => `Actor: ${name}`, follow: (name: string) => `Follow ${name} (RSS)`, claimsBy: (name: string) => `Claims by ${name}`, itemsMentioning: (name: string) => `Items mentioning ${name}`, noItems: 'No items yet.', claimsInAll: (n: number) => `${plural(n, 'claim')} in all`, by: ' by ' },
  actors: { title: 'Actors', lede: 'The people and bodies in the briefing, with their latest claims.', description: (site: string) => `The people and bodies in ${site}, with their latest claims.` },
  topic: { kicker: 'Topic', searchTitle: (title: string) => `Topic: ${title}`, whosWho: 'Who’s who', claims: 'Claims', timeline: 'Timeline', items: 'Items', earlier: 'Earlier snapshots', whereItStands: 'Where it stands', asOf: 'as of', openQuestions: 'Open questions', onThisPage: 'On this page', claimsOnTopic: 'Claims on this topic', itemsOnTopic: 'Items on this topic' },
  topics: { title: 'Topics', lede: 'Each topic with where it stands and what is still open.', description: (site: string) => `The topics of ${site}: where each stands and what is still open.` },
  items: { title: 'All items', lede: 'Every item in the briefing, newest first.', description: (site: string) => `Every item in ${site}, newest first.` },
  timeline: { title: 'Timeline', lede: 'Events, items and claim status updates, newest first, day by day.', description: (site: string) => `Events and items of ${site} in date order.`, statusUpdate: 'status update', updateTitle: 'Status update', reportTitle: 'a status update', historyHidden: ': history of this claim', sourceItem: 'source item', published: 'Item published:', claimNow: (status: string) => `Claim now ${status}: ` },
  days: {
    title: 'Day by day', lede: 'What we knew on each day of the story, newest first. Also as a', digestFeed: 'digest feed', ledeEnd: 'and by email.', none: 'No days yet.', description: (site: string) => `What we knew on each day of ${site}, newest first.`,
    headline: (day: string) => `What we know on ${day}`, headlineBefore: 'What we know on ', takeaways: 'Takeaways', source: 'Source', items: 'Items', changes: 'Claim status changes', by: 'By', in: 'in', history: 'History', events: 'Events', corrections: 'Corrections',
    byEmail: 'This day by email:', emailEdition: 'email edition', plainText: 'plain text', follow: 'Follow the days:', pager: 'Previous and next days', previous: 'Previous day', next: 'Next day',
    summary: { item: 'item', items: 'items', change: 'claim status change', changes: 'claim status changes', event: 'event', events: 'events', correction: 'correction', corrections: 'corrections', empty: 'The day in the briefing.' },
  },
  corrections: { title: 'Corrections', lede: 'When we get something wrong we fix it and say so on the item. Every correction is listed here, newest first.', see: 'See', policy: 'our corrections policy', follow: 'Follow corrections (RSS feed)', none: 'No item has needed a correction so far.', description: (site: string) => `Every correction made to ${site}, newest first.` },
  authors: { pageDescription: (name: string, role: string) => `${name}, ${role}: bio and items.`, title: 'Authors', lede: 'The people who write and review the briefing. Every published item names its authors and who signed it off.', written: 'written', reviewed: 'reviewed', itemsBy: (name: string) => `Items by ${name}`, reviewedBy: (name: string) => `Items reviewed by ${name}`, none: 'None yet.', description: (site: string) => `The people who write and review ${site}.` },
  page: { searchTitle: (title: string) => `Page: ${title}` },
  withdrawn: { kicker: 'Withdrawn', title: (title: string) => `Withdrawn: ${title}`, on: 'This item was withdrawn on', first: 'First published', gone: 'Its text is no longer shown.', ledger: 'The claims it reported stay in the', ledgerLink: 'claim ledger', ledgerEnd: ', marked as coming from a withdrawn item.' },
  search: {
    title: 'Search', lede: 'Items, topics, actors, pages and the claim ledger; each result says which it is.', noscript: 'Search needs JavaScript, which is off in this browser. Every item can still be reached from its topics and from the timeline.',
    browse: 'Browse instead', timeline: 'Timeline of events and items', allItems: 'All items', description: (site: string) => `Search the items of ${site}.`,
    box: 'Search the briefing', button: 'Search',
    // Pagefind shows a filter's key as its name: each edition's index keys them in its language.
    topicFilter: 'topic', actorFilter: 'actor',
  },
  notFound: { title: 'Page not found', description: 'There is nothing at this address.', lede: 'There is nothing at this address. It may have moved, or the link may be mistyped. Search for it, or start from one of these pages.', home: 'Home: the state of play', topics: 'Topics', items: 'All items', claims: 'Claims' },
  map: {
    controls: { ukraine: 'Held by Ukraine', russia: 'Held by Russia', contested: 'Contested: the front line runs through it', unknown: 'Unknown' } satisfies Record<Control, string>,
    basis: { assessed: 'Assessed by independent analysts', claimed: 'Claimed by a party, not confirmed' } satisfies Record<Basis, string>,
    svgTitle: (day: string) => `Map of who controls Ukraine’s regions, as of ${day}`, svgDesc: (summary: string) => `${summary} Every region is listed with its control and source in the table below the map.`,
    legend: 'Legend', assessedSwatch: 'No dashed outline: control assessed by independent analysts', claimedSwatch: 'Dashed border: control only claimed by a party, not confirmed',
    law: 'Control shown is de facto control of the ground on that date. Every region on this map is Ukrainian territory under international law, whoever holds it.',
    asOf: 'Data as of', boundaries: 'Boundaries: Natural Earth (public domain).', sources: 'Sources:', assessment: ' assessment', document: ' document',
    tableLabel: (day: string) => `Every region, as of ${day}`, caption: 'Every region: control as of', region: 'Region', territoryOf: 'Territory of', control: 'Control', basisHeading: 'Basis', note: 'Note and source', ukraine: 'Ukraine', by: 'by', source: 'Source',
  },
  edition: {
    switcher: 'Language', other: 'Read in', untranslatedTitle: 'No translation yet', untranslated: 'This page has no translation in this language yet.', readOriginal: 'Read the original',
    stale: 'The original of this translation has changed since it was translated', staleUpdated: 'updated', staleCorrections: 'corrections since:', readStaleOriginal: 'Read the up-to-date original',
    inOriginal: 'in English',
  },
};

export type Messages = typeof en;
