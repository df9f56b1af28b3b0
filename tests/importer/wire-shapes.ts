// One fixture per shape of raw copy an editor brings (tests/fixtures/wire/, invented text
// and names) and what its draft must hold: read by the importer's shape tests and by the
// import CLI's end-to-end runs, so a new shape is one row here.

export interface Shape {
  name: string;
  title: string;
  id: string;
  published: string;
  source?: string;
  topics: string[];
  actors: string[];
  /** Text the body must open with, after the dateline is taken out. */
  opens: string;
  /** Junk that must not survive into the body. */
  junk: string[];
  /** Notes kept as provenance in the header. */
  notes?: string[];
  /** Every find-and-replace artifact warned about: phrase and input line. */
  artifacts?: Array<[string, number]>;
}

/** The same page saved as text and as HTML: the same draft from either. */
const SCRAPED_PAGE = {
  title: 'Rubio says any guarantee for Ukraine needs Europe to lead on the ground',
  id: 'rubio-says-any-guarantee-for-ukraine-needs-europe-to-lead-on-the-ground',
  published: '2025-08-19T10:05:00+03:00',
  topics: ['guarantees'],
  actors: ['rubio'],
  opens: 'U.S. Secretary of State Marco Rubio said on Tuesday',
};

export const SHAPES: Shape[] = [
  {
    name: 'ap-dateline.txt',
    title: 'Zelenskyy and European leaders meet Trump at the White House on security guarantees',
    id: 'zelenskyy-and-european-leaders-meet-trump-at-the-white-house-on-security',
    published: '2025-08-18T14:47:00-04:00',
    source: 'AP',
    topics: ['guarantees'],
    actors: ['zelenskyy', 'trump', 'putin'],
    opens: 'Ukrainian President Volodymyr Zelenskyy met President Donald Trump',
    junk: ['Updated 2:47', 'By Hanna', 'Share', 'AP Photo', 'contributed to this report', '(AP) —'],
    notes: ['By Hanna Kovalchuk and Derek Moll', 'Associated Press writers Iryna Bondar in Kyiv and Colm Brennan in Brussels contributed to this report.'],
  },
  {
    name: 'afp-slugline.txt',
    title: 'Europeans seek a seat at the table as Washington talks guarantees',
    id: 'europeans-seek-a-seat-at-the-table-as-washington-talks-guarantees',
    published: '2025-08-18T14:32:00+03:00',
    source: 'AFP',
    topics: ['guarantees'],
    actors: ['eu', 'nato'],
    opens: 'European governments on Monday pressed',
    junk: ['UKRAINE-RUSSIA', 'DELORME', 'GMT+3', 'Agence France-Presse', 'mdl-iv', '(AFP) -'],
    notes: ['by Marc DELORME, with Ines VAUTRIN in Paris', 'mdl-iv/jk/sst'],
  },
  {
    ...SCRAPED_PAGE,
    name: 'scraped-page.txt',
    junk: [
      'privacy',
      'cookies',
      'Accept all',
      'Manage preferences',
      'World',
      'views',
      'Shutterstock',
      'newsletter',
      'inbox',
      'email',
      'Subscribe',
      'signing up',
      '👍',
      'Page 1',
      'Most read',
      'Gas prices',
      'Daily Ledger',
    ],
  },
  {
    ...SCRAPED_PAGE,
    name: 'scraped-page.html',
    junk: [
      '<',
      'privacy',
      'cookies',
      'Accept all',
      'Home',
      'views',
      'Shutterstock',
      'newsletter',
      'inbox',
      'Subscribe',
      'Facebook',
      'Most read',
      'Gas prices',
      'Daily Ledger',
      'dataLayer',
    ],
  },
  {
    name: 'word-paste.txt',
    title: 'Witkoff’s “Article 5-like” remark leaves allies asking for the text',
    id: 'witkoff-s-article-5-like-remark-leaves-allies-asking-for-the-text',
    published: '2025-08-20',
    topics: ['guarantees'],
    actors: ['witkoff', 'putin'],
    opens: 'Steve Witkoff’s remark that Russia had accepted “Article 5-like protection”',
    junk: ['â', 'Â', '\u009d', '\u00a0', 'DRAFT', 'NOT FOR PUBLICATION', 'Comment NK1', '\\_', '___'],
  },
  {
    name: 'reuters-two-artifacts.txt',
    title: "Kremlin says talks on Ukraine's borders must come before any summit",
    id: 'kremlin-says-talks-on-ukraine-s-borders-must-come-before-any-summit',
    published: '2025-08-21T10:14:00+03:00',
    source: 'Reuters',
    topics: ['territory'],
    actors: ['putin', 'rubio', 'zelenskyy'],
    opens: 'The Kremlin said on Thursday',
    junk: ['Skip to main content', 'GMT+3', 'hours ago', 'By Pavel', 'Advertisement', 'Reporting by', '(Reuters) -'],
    notes: ['Reporting by Pavel Sorin in Moscow and Greta Lind in Kyiv; Editing by Ruth Callan'],
    artifacts: [
      ['Territory and Borders', 9],
      ['Territory and Borders', 10],
      ['Territory and Borders', 11],
      ['Moscow Sanctions', 13],
    ],
  },
  {
    name: 'telegram-dump.txt',
    title: 'Coalition of the willing holds video call on guarantees for Ukraine',
    id: 'coalition-of-the-willing-holds-video-call-on-guarantees-for-ukraine',
    published: '2025-08-19',
    source: 'Kyiv Frontline Digest (Telegram)',
    topics: ['guarantees'],
    actors: ['zelenskyy'],
    opens: 'Leaders of the coalition of the willing held a video call',
    junk: ['Kyiv Frontline Digest', 'subscribers', '[19.08', '⚡', '#Ukraine', '👁', '🔥', 'Forwarded', 't.me'],
  },
  {
    name: 'ukrainian-wire.txt',
    title: 'Зеленський у Вашингтоні: гарантії безпеки мають бути практичними',
    id: 'zelenskyi-u-vashynhtoni-harantii-bezpeky-maiut-buty-praktychnymy',
    published: '2025-08-18T21:40:00+03:00',
    source: 'Ukrinform',
    topics: ['guarantees'],
    actors: ['zelenskyy', 'eu', 'putin', 'trump', 'von-der-leyen'],
    opens: 'Президент України Володимир Зеленський заявив',
    junk: ['Опубліковано', 'Укрінформ', 'Читайте також', 'Фото:', 'Поділитися', 'Автор:'],
    notes: ['Автор: Оксана Левчук'],
  },
  {
    name: 'clean-item.txt',
    title: 'Lavrov says Russia must be part of any guarantee for Ukraine',
    id: 'lavrov-says-russia-must-be-part-of-any-guarantee-for-ukraine',
    published: '2025-08-21',
    topics: ['guarantees'],
    actors: [],
    opens: 'Russian Foreign Minister Sergei Lavrov said on Wednesday',
    junk: ['21 August 2025'],
  },
];
