// The fixed list of regions a territory snapshot describes: Ukraine's first-level units
// (24 oblasts, Kyiv city, the Autonomous Republic of Crimea and Sevastopol) with their
// ISO 3166-2:UA codes. The map's boundary file is keyed by the same codes; a briefing
// about another country replaces this module and `npm run map-data` together.

export interface RegionInfo {
  /** The id editors write in `regions[].id`. */
  id: string;
  /** ISO 3166-2:UA code: the key of the boundary data. */
  iso: string;
  /** Name shown in the legend table. */
  name: string;
}

function region(id: string, iso: string, name: string): RegionInfo {
  return { id, iso, name };
}

/** Every region, in ISO code order; every one is Ukrainian territory in law. */
export const REGIONS = [
  region('vinnytsia', 'UA-05', 'Vinnytsia Oblast'),
  region('volyn', 'UA-07', 'Volyn Oblast'),
  region('luhansk', 'UA-09', 'Luhansk Oblast'),
  region('dnipropetrovsk', 'UA-12', 'Dnipropetrovsk Oblast'),
  region('donetsk', 'UA-14', 'Donetsk Oblast'),
  region('zhytomyr', 'UA-18', 'Zhytomyr Oblast'),
  region('zakarpattia', 'UA-21', 'Zakarpattia Oblast'),
  region('zaporizhzhia', 'UA-23', 'Zaporizhzhia Oblast'),
  region('ivano-frankivsk', 'UA-26', 'Ivano-Frankivsk Oblast'),
  region('kyiv-city', 'UA-30', 'Kyiv (city)'),
  region('kyiv-oblast', 'UA-32', 'Kyiv Oblast'),
  region('kirovohrad', 'UA-35', 'Kirovohrad Oblast'),
  region('sevastopol', 'UA-40', 'Sevastopol (city)'),
  region('crimea', 'UA-43', 'Autonomous Republic of Crimea'),
  region('lviv', 'UA-46', 'Lviv Oblast'),
  region('mykolaiv', 'UA-48', 'Mykolaiv Oblast'),
  region('odesa', 'UA-51', 'Odesa Oblast'),
  region('poltava', 'UA-53', 'Poltava Oblast'),
  region('rivne', 'UA-56', 'Rivne Oblast'),
  region('sumy', 'UA-59', 'Sumy Oblast'),
  region('ternopil', 'UA-61', 'Ternopil Oblast'),
  region('kharkiv', 'UA-63', 'Kharkiv Oblast'),
  region('kherson', 'UA-65', 'Kherson Oblast'),
  region('khmelnytskyi', 'UA-68', 'Khmelnytskyi Oblast'),
  region('cherkasy', 'UA-71', 'Cherkasy Oblast'),
  region('chernivtsi', 'UA-74', 'Chernivtsi Oblast'),
  region('chernihiv', 'UA-77', 'Chernihiv Oblast'),
] as const satisfies readonly RegionInfo[];

export type RegionId = (typeof REGIONS)[number]['id'];

export const REGION_IDS = REGIONS.map((r) => r.id) as [RegionId, ...RegionId[]];

export const REGION_BY_ID: ReadonlyMap<string, RegionInfo> = new Map(REGIONS.map((r) => [r.id, r]));

// Older or Russian-derived spellings editors meet in wire copy, for the did-you-mean.
const SPELLINGS: Record<string, RegionId> = {
  kiev: 'kyiv-city',
  kyiv: 'kyiv-city',
  'kiev-oblast': 'kyiv-oblast',
  odessa: 'odesa',
  kharkov: 'kharkiv',
  lugansk: 'luhansk',
  zaporozhye: 'zaporizhzhia',
  zaporizhia: 'zaporizhzhia',
  nikolaev: 'mykolaiv',
  dnepropetrovsk: 'dnipropetrovsk',
  dnipro: 'dnipropetrovsk',
  chernigov: 'chernihiv',
  krym: 'crimea',
  'autonomous-republic-of-crimea': 'crimea',
  sevastopol: 'sevastopol',
};

/** The region an ISO code (`UA-43`), a name or an old spelling stands for. */
export function regionAlias(value: string): RegionId | undefined {
  const folded = value.trim().toLowerCase();
  const byCode = REGIONS.find((r) => r.iso.toLowerCase() === folded || r.name.toLowerCase() === folded);
  return byCode?.id ?? SPELLINGS[folded.replace(/[\s_]+/g, '-')];
}
