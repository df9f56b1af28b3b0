// Ukrainian text for the benchmark corpus's second edition: names of the fixed cast and
// sentences assembled from a small phrase bank, so that translations have Cyrillic text
// of realistic length (the cards, fonts and search index of the edition see real glyphs).
import { Random, y } from './random.ts';

export const UK_TOPICS: Record<string, string> = {
  guarantees: 'Гарантії безпеки',
  territory: 'Території',
  sanctions: 'Санкції',
  actors: 'Хто є хто',
};

/** Actor id → [name, role]; a few actors are left untranslated on purpose. */
export const UK_ACTORS: Record<string, [string, string]> = {
  witkoff: ['Стів Віткофф', 'Спецпосланець США'],
  putin: ['Володимир Путін', 'Президент Росії'],
  trump: ['Дональд Трамп', 'Президент США'],
  zelenskyy: ['Володимир Зеленський', 'Президент України'],
  'von-der-leyen': ['Урсула фон дер Ляєн', 'Президентка Європейської комісії'],
  rubio: ['Марко Рубіо', 'Державний секретар США'],
  nato: ['НАТО', 'Військовий альянс'],
  eu: ['Європейський Союз', 'Політичний і економічний союз'],
  lavrov: ['Сергій Лавров', 'Міністр закордонних справ Росії'],
  peskov: ['Дмитро Пєсков', 'Речник Кремля'],
  sybiha: ['Андрій Сибіга', 'Міністр закордонних справ України'],
  umerov: ['Рустем Умєров', 'Секретар РНБО'],
  rutte: ['Марк Рютте', 'Генеральний секретар НАТО'],
  kallas: ['Кая Каллас', 'Верховна представниця ЄС'],
  macron: ['Емманюель Макрон', 'Президент Франції'],
  merz: ['Фрідріх Мерц', 'Канцлер Німеччини'],
  starmer: ['Кір Стармер', "Прем'єр-міністр Великої Британії"],
  tusk: ['Дональд Туск', "Прем'єр-міністр Польщі"],
  guterres: ['Антоніу Гутерреш', 'Генеральний секретар ООН'],
  un: ["Організація Об'єднаних Націй", 'Міжнародна організація'],
  yermak: ['Андрій Єрмак', 'Керівник Офісу Президента України'],
};

const WHO = ['Переговірники', 'Дипломати', 'Посланці', 'Радники', 'Міністри', 'Аналітики', 'Делегації'];
const PLACES = ['у Женеві', 'у Стамбулі', 'в Ер-Ріяді', 'у Брюсселі', 'у Вашингтоні', 'у Парижі', 'у Варшаві', 'у Відні', 'в Анкориджі'];
const WHAT = [
  'припинення вогню',
  'гарантії безпеки',
  'лінію зіткнення',
  'заморожені активи',
  'обмін полоненими',
  'енергетичну інфраструктуру',
  'експорт зерна',
  "пом'якшення санкцій",
  'місію спостерігачів',
  'повернення депортованих дітей',
];
const DID = ['обговорили', 'знову відклали', 'не змогли узгодити', 'частково погодили', 'винесли на наступний раунд', 'пов’язали з іншими питаннями'];
const TAIL = [
  'але спільного тексту досі немає',
  'і жодна сторона не оприлюднила документів',
  'хоча деталі залишаються невідомими',
  'а наступну зустріч призначили на кінець місяця',
  'проте Москва цього не підтвердила',
  'і Київ наполягає на своїй участі',
];
const HEADINGS = ['Що сталося', 'Що відомо', 'Що не встановлено', 'Контекст', 'Реакції', 'Що далі'];

function sentence(rng: Random): string {
  return `${rng.pick(WHO)} ${rng.pick(PLACES)} ${rng.pick(DID)} ${rng.pick(WHAT)}, ${rng.pick(TAIL)}.`;
}

/** A quoted YAML line of `sentences` sentences, between min and max characters. */
export function ukLine(rng: Random, min: number, max = 400, sentences = 1): string {
  let text = Array.from({ length: sentences }, () => sentence(rng)).join(' ');
  while (text.length < min) text += ` ${sentence(rng)}`;
  if (text.length > max) text = `${text.slice(0, max - 1).replace(/[\s,]+\S*$/, '')}.`;
  return y(text);
}

/** A translated body: headings and paragraphs, a few links to topics and actors. */
export function ukBody(rng: Random): string {
  const parts: string[] = [];
  for (const heading of rng.sample(HEADINGS, rng.int(3, 5))) {
    parts.push(`## ${heading}`);
    const paragraph = Array.from({ length: rng.int(3, 5) }, () => sentence(rng));
    if (rng.chance(0.4)) {
      const [id, [name]] = rng.pick(Object.entries(UK_ACTORS));
      paragraph.push(`Позицію сторони докладно описує сторінка [${name}](/actors/${id}/).`);
    }
    if (rng.chance(0.3)) {
      const [id, title] = rng.pick(Object.entries(UK_TOPICS));
      paragraph.push(`Див. також розділ [${title.toLowerCase()}](/topics/${id}/).`);
    }
    parts.push(paragraph.join(' '));
  }
  return `${parts.join('\n\n')}\n`;
}
