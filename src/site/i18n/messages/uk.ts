// The Ukrainian interface: every key of the English catalogue (the type checks), in
// Ukrainian word order, with counts by Ukrainian plural rules (one, few, many).
import { countOf } from '../plural.ts';
import type { Messages } from './en.ts';

const n = (count: number, one: string, few: string, many: string) => countOf('uk', count, { one, few, many, other: few });

export const uk: Messages = {
  skipLink: 'Перейти до змісту',
  printedFrom: 'Надруковано з',
  nav: { label: 'Головне меню', topics: 'Теми', claims: 'Заяви', timeline: 'Хронологія', actors: 'Дійові особи', items: 'Матеріали', search: 'Пошук' },
  feeds: { rss: (site) => `${site} (RSS)`, atom: (site) => `${site} (Atom)`, json: (site) => `${site} (JSON Feed)`, corrections: (site) => `${site}: виправлення (RSS)`, digest: (site) => `${site}: день за днем (RSS)` },
  footer: { about: 'Про цей сайт', corrections: 'Виправлення', authors: 'Хто пише й перевіряє брифінг', tips: 'Виправлення та повідомлення:', feeds: 'Стрічки', rss: 'Стрічка RSS', atom: 'Стрічка Atom', json: 'Стрічка JSON Feed', correctionsFeed: 'Стрічка виправлень' },
  crumbs: { label: 'Навігаційний ланцюжок', home: 'Головна', items: 'Матеріали', topics: 'Теми', actors: 'Дійові особи', claims: 'Заяви', timeline: 'Хронологія', days: 'Дні', authors: 'Автори' },
  status: {
    labels: { claimed: 'Заявлено', unconfirmed: 'Не підтверджено', confirmed: 'Підтверджено', disputed: 'Оскаржено', denied: 'Спростовано', retracted: 'Відкликано' },
    meanings: {
      claimed: 'сказано публічно, ще не перевірено',
      unconfirmed: 'перевірено, але публічних доказів немає ні на користь, ні проти',
      confirmed: 'підкріплено документами або іншою стороною',
      disputed: 'оскаржено іншою стороною',
      denied: 'відкинуто стороною, якої це стосується',
      retracted: 'відкликано тим, хто це заявив',
    },
    howWeRate: 'Як ми оцінюємо заяви',
  },
  legend: { title: 'Що означають статуси', how: 'Як і хто присвоює статус' },
  visibility: {
    draft: 'Чернетка',
    draftText: 'Чернетка: цей матеріал не опубліковано. Його видно лише в попередньому перегляді, ніколи на опублікованому сайті.',
    scheduled: 'Заплановано',
    scheduledText: 'Заплановано: цей матеріал датовано майбутнім, і на опублікованому сайті його ще немає.',
    preview: 'Попередній перегляд: показано чернетки й заплановані матеріали. Це не опублікований сайт.',
  },
  count: {
    items: (c) => n(c, 'матеріал', 'матеріали', 'матеріалів'),
    claims: (c) => n(c, 'заява', 'заяви', 'заяв'),
    openQuestions: (c) => n(c, 'відкрите питання', 'відкриті питання', 'відкритих питань'),
  },
  readingTime: (minutes) => `${n(minutes, 'хвилина', 'хвилини', 'хвилин')} читання`,
  home: { updated: 'Оновлено', latest: 'Найновіше', lead: 'Головне', stateOfPlay: 'Стан справ', latestItems: 'Останні матеріали', allItems: 'Усі матеріали', timeline: 'Хронологія', claimsChanged: 'Заяви, статус яких змінився', everyClaim: 'Усі заяви та їхня історія', statusesMean: 'Що означають статуси' },
  topicStates: { asOf: 'Станом на', latest: 'останній' },
  latestDay: { whatWeKnow: (day) => `Що ми знаємо станом на ${day}`, dayByDay: 'День за днем' },
  article: {
    published: 'Опубліковано', updated: 'Оновлено', topics: 'Теми:', actors: 'Дійові особи:', keyPoints: 'Головне', claims: 'Заяви в цьому матеріалі', sources: 'Джерела', accessed: 'переглянуто', corrections: 'Виправлення', related: 'Пов’язані матеріали', pager: 'Попередній і наступний матеріали', previous: 'Попередній матеріал', next: 'Наступний матеріал', searchTitle: (title) => `Матеріал: ${title}`,
    by: 'Автори:', and: ' і ', reviewedBy: 'Перевірено:',
    movesLabel: 'Оновлення заяв цього матеріалу', update: 'Оновлення', movedBefore: 'заява', movedNow: 'тепер має статус', movedWas: 'у цьому матеріалі вона мала статус', followUp: 'Продовження:',
    credit: 'Фото:',
  },
  claims: {
    title: 'Заяви', filtered: (label) => `Заяви: ${label}`,
    ledeFiltered: (shown, all) => `${n(shown, 'заява', 'заяви', 'заяв')} з ${new Intl.NumberFormat('uk').format(all)}, спершу найсвіжіші, кожна зі своєю історією.`,
    lede: (all) => `Усі заяви брифінгу: хто їх зробив, який їхній статус зараз і коли про них повідомляли. Усього — ${n(all, 'заява', 'заяви', 'заяв')}, спершу найсвіжіші.`,
    perStatus: 'Заяви за статусом', filters: 'Фільтри заяв', by: 'За', facets: { status: 'статусом', actor: 'автором заяви', topic: 'темою' }, all: 'Усі заяви',
    searchTitle: 'Заяви: усі заяви та їхні статуси',
    description: (site) => `Усі заяви брифінгу «${site}»: хто їх зробив, їхній поточний статус та історія.`,
    filterDescription: (site, _facet, label) => `Заяви брифінгу «${site}», відібрані за фільтром: ${label}.`,
    in: ' · у матеріалі ', withdrawn: 'Матеріал, у якому вперше повідомили про цю заяву, відкликано.', statusNow: 'Поточний статус: ', reportedAs: 'у цьому матеріалі вона мала статус', permalink: 'Постійне посилання', permalinkHidden: ' на цю заяву',
    history: 'Історія', historyReports: (c) => `Історія (${n(c, 'повідомлення', 'повідомлення', 'повідомлень')})`, historyHidden: ' цієї заяви', withdrawnReport: ' (відкликано)', source: 'Джерело:', thenWorded: 'тоді звучала так:', why: 'Чому:', changed: 'змінено', none: 'Заяв не зафіксовано.',
  },
  actor: { description: (name, role) => `${name}, ${role}: профіль, заяви й матеріали, де про них ідеться.`, kicker: 'Дійова особа', searchTitle: (name) => `Дійова особа: ${name}`, follow: (name) => `Стежити: ${name} (RSS)`, claimsBy: (name) => `Заяви: ${name}`, itemsMentioning: (name) => `Матеріали, де згадано: ${name}`, noItems: 'Матеріалів поки немає.', claimsInAll: (c) => `Усього ${n(c, 'заява', 'заяви', 'заяв')}`, by: ', автор: ' },
  actors: { title: 'Дійові особи', lede: 'Люди та інституції брифінгу з їхніми останніми заявами.', description: (site) => `Люди та інституції брифінгу «${site}» з їхніми останніми заявами.` },
  topic: { kicker: 'Тема', searchTitle: (title) => `Тема: ${title}`, whosWho: 'Хто є хто', claims: 'Заяви', timeline: 'Хронологія', items: 'Матеріали', earlier: 'Попередні зрізи', whereItStands: 'Стан справ', asOf: 'станом на', openQuestions: 'Відкриті питання', onThisPage: 'На цій сторінці', claimsOnTopic: 'Заяви на цю тему', itemsOnTopic: 'Матеріали на цю тему' },
  topics: { title: 'Теми', lede: 'Кожна тема: де вона зараз і що досі відкрите.', description: (site) => `Теми брифінгу «${site}»: де кожна з них зараз і що досі відкрите.` },
  items: { title: 'Усі матеріали', lede: 'Усі матеріали брифінгу, спершу найновіші.', description: (site) => `Усі матеріали брифінгу «${site}», спершу найновіші.` },
  timeline: { title: 'Хронологія', lede: 'Події, матеріали й зміни статусів заяв, день за днем, спершу найновіші.', description: (site) => `Події та матеріали брифінгу «${site}» у порядку дат.`, statusUpdate: 'зміна статусу', updateTitle: 'Зміна статусу', reportTitle: 'зміна статусу', historyHidden: ': історія цієї заяви', sourceItem: 'матеріал-джерело', published: 'Опубліковано матеріал:', claimNow: (status) => `Новий статус заяви — ${status}: ` },
  days: {
    title: 'День за днем', lede: 'Що ми знали кожного дня цієї історії, спершу найновіші дні. Також як', digestFeed: 'стрічка-дайджест', ledeEnd: 'і електронною поштою.', none: 'Днів поки немає.', description: (site) => `Що ми знали кожного дня в брифінгу «${site}», спершу найновіші.`,
    headline: (day) => `Що ми знаємо станом на ${day}`, headlineBefore: 'Що ми знаємо станом на ', takeaways: 'Підсумки', source: 'Джерело', items: 'Матеріали', changes: 'Зміни статусів заяв', by: 'Автор заяви:', in: 'у матеріалі', history: 'Історія', events: 'Події', corrections: 'Виправлення',
    byEmail: 'Цей день поштою:', emailEdition: 'випуск для пошти', plainText: 'простий текст', follow: 'Стежте за днями:', pager: 'Попередній і наступний дні', previous: 'Попередній день', next: 'Наступний день',
    summary: { item: 'матеріал', items: 'матеріали', change: 'зміна статусу заяви', changes: 'зміни статусів заяв', event: 'подія', events: 'події', correction: 'виправлення', corrections: 'виправлення', empty: 'День у брифінгу.' },
  },
  corrections: { title: 'Виправлення', lede: 'Коли ми помиляємося, ми виправляємо помилку й пишемо про це в матеріалі. Тут зібрано всі виправлення, спершу найновіші.', see: 'Див.', policy: 'наші правила виправлень', follow: 'Стежити за виправленнями (стрічка RSS)', none: 'Досі жоден матеріал не потребував виправлень.', description: (site) => `Усі виправлення в брифінгу «${site}», спершу найновіші.` },
  authors: { pageDescription: (name, role) => `${name}, ${role}: біографія й матеріали.`, title: 'Автори', lede: 'Люди, які пишуть і перевіряють брифінг. У кожному опублікованому матеріалі названо авторів і того, хто його затвердив.', written: 'написано', reviewed: 'перевірено', itemsBy: (name) => `Матеріали автора: ${name}`, reviewedBy: (name) => `Матеріали, перевірені: ${name}`, none: 'Поки немає.', description: (site) => `Люди, які пишуть і перевіряють брифінг «${site}».` },
  page: { searchTitle: (title) => `Сторінка: ${title}` },
  withdrawn: { kicker: 'Відкликано', title: (title) => `Відкликано: ${title}`, on: 'Цей матеріал відкликано', first: 'Уперше опубліковано', gone: 'Його текст більше не показується.', ledger: 'Заяви з нього залишаються в', ledgerLink: 'реєстрі заяв', ledgerEnd: ' з позначкою, що вони походять із відкликаного матеріалу.' },
  search: {
    title: 'Пошук', lede: 'Матеріали, теми, дійові особи, сторінки й реєстр заяв; кожен результат показує, що це.', noscript: 'Для пошуку потрібен JavaScript, а в цьому браузері його вимкнено. До кожного матеріалу можна дістатися через теми та хронологію.',
    browse: 'Переглянути інакше', timeline: 'Хронологія подій і матеріалів', allItems: 'Усі матеріали', description: (site) => `Пошук матеріалів брифінгу «${site}».`,
    box: 'Пошук у брифінгу', button: 'Шукати',
    topicFilter: 'тема', actorFilter: 'дійова особа',
  },
  notFound: { title: 'Сторінку не знайдено', description: 'За цією адресою нічого немає.', lede: 'За цією адресою нічого немає. Можливо, сторінку перенесено або в посиланні помилка. Скористайтеся пошуком або почніть з однієї з цих сторінок.', home: 'Головна: стан справ', topics: 'Теми', items: 'Усі матеріали', claims: 'Заяви' },
  map: {
    controls: { ukraine: 'Під контролем України', russia: 'Під контролем Росії', contested: 'Спірна: через неї проходить лінія фронту', unknown: 'Невідомо' },
    basis: { assessed: 'Оцінка незалежних аналітиків', claimed: 'Заява однієї зі сторін, не підтверджена' },
    svgTitle: (day) => `Карта контролю над регіонами України станом на ${day}`, svgDesc: (summary) => `${summary} Кожен регіон із його контролем і джерелом наведено в таблиці під картою.`,
    legend: 'Умовні позначення', assessedSwatch: 'Без пунктирного контуру: контроль оцінено незалежними аналітиками', claimedSwatch: 'Пунктирна межа: контроль лише заявлено однією зі сторін, не підтверджено',
    law: 'Показано фактичний контроль над територією на цю дату. Кожен регіон на цій карті за міжнародним правом є територією України, хоч би хто його утримував.',
    asOf: 'Дані станом на', boundaries: 'Межі: Natural Earth (суспільне надбання).', sources: 'Джерела:', assessment: ' — оцінка', document: ' — документ',
    tableLabel: (day) => `Усі регіони станом на ${day}`, caption: 'Усі регіони: контроль станом на', region: 'Регіон', territoryOf: 'Територія держави', control: 'Контроль', basisHeading: 'Підстава', note: 'Примітка та джерело', ukraine: 'Україна', by: 'заявник:', source: 'Джерело',
  },
  edition: {
    switcher: 'Мова', other: 'Читати мовою', untranslatedTitle: 'Перекладу ще немає', untranslated: 'Цієї сторінки ще немає цією мовою.', readOriginal: 'Читати оригінал',
    stale: 'Оригінал цього матеріалу змінився після перекладу', staleUpdated: 'оновлено', staleCorrections: 'виправлення відтоді:', readStaleOriginal: 'Читати актуальний оригінал',
    inOriginal: 'англійською',
  },
};
