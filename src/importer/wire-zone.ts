// Wire copy often gives a time without a zone ("21:40"). The time is then read in the
// wire's own zone: the zone of the dateline's place, or Kyiv for Ukrainian-language copy
// (its agencies file in Kyiv time). Without either the date is kept and the time dropped.
import { splitDateline } from './dateline.ts';

const PLACES: Array<[RegExp, string]> = [
  [/^(?:kyiv|kiev|київ|lviv|львів|odesa|одеса|kharkiv|харків|dnipro|дніпро|zaporizhzhia|запоріжжя)$/iu, 'Europe/Kyiv'],
  [/^(?:moscow|москва)$/iu, 'Europe/Moscow'],
  [/^(?:washington|new york|вашингтон)$/iu, 'America/New_York'],
  [/^(?:anchorage|alaska)$/iu, 'America/Anchorage'],
  [/^(?:london|лондон)$/iu, 'Europe/London'],
  [/^(?:brussels|paris|berlin|rome|warsaw|geneva|the hague|брюссель|париж|берлін|варшава)$/iu, 'Europe/Brussels'],
];

export function wireZone(place: string | undefined, text: string): string | undefined {
  const city = place?.split(',')[0]!.trim();
  const found = city ? PLACES.find(([re]) => re.test(city))?.[1] : undefined;
  if (found) return found;
  const cyrillic = (text.match(/[\u0400-\u04ff]/gu) ?? []).length;
  return cyrillic > text.length / 4 ? 'Europe/Kyiv' : undefined;
}

/** The zone of raw copy: from the first agency dateline in its first 25 lines, or its script. */
export function copyZone(lines: string[], text: string): string | undefined {
  const early = lines
    .slice(0, 25)
    .map((l) => splitDateline(l.trim()).dateline)
    .find((d) => d?.agency);
  return wireZone(early?.place, text);
}
