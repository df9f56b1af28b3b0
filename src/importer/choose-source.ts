// Who the copy is from: the agency its dateline names, else one its furniture reveals
// (a copyright or trust line), else the Telegram channel it was forwarded from. The name
// goes into sources[0].name; without one the draft keeps a placeholder.
import type { Collected } from './collect-lines.ts';
import type { Dateline } from './dateline.ts';

export interface ChosenSource {
  agency?: string;
  /** sources[0].name of the draft. */
  sourceName?: string;
}

export function chooseSource(dateline: Dateline | undefined, collected: Pick<Collected, 'agencies' | 'channel'>): ChosenSource {
  const agency = dateline?.agency ?? collected.agencies[0];
  const sourceName = agency ?? (collected.channel ? `${collected.channel} (Telegram)` : undefined);
  return { ...(agency ? { agency } : {}), ...(sourceName ? { sourceName } : {}) };
}
