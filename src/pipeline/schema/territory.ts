// A territory snapshot (`content/territory/<yyyy-mm-dd>.md`): who holds which of the
// fixed regions on one date, and on what basis. Control is de facto ground control;
// every region stays the country's territory in law, whatever a snapshot says.
import { z } from 'zod';
import { suggestion } from '../did-you-mean.ts';
import { httpsUrl, id, isoDate, plainText } from './fields.ts';
import { REGION_BY_ID, REGIONS, regionAlias, type RegionId } from './regions.ts';

/** Who holds a region on the ground. */
export const CONTROL = ['ukraine', 'russia', 'contested', 'unknown'] as const;
/** `assessed`: by independent analysts or observers; `claimed`: only a party says so. */
export const BASIS = ['assessed', 'claimed'] as const;

function regionHint(value: string): string {
  const ids = REGIONS.map((r) => r.id);
  const alias = regionAlias(value);
  return alias ? `did you mean "${alias}"? ${suggestion(alias, ids, 6).replace(/^did you mean "[^"]+"\? /, '')}` : suggestion(value, ids, 6);
}

/** One of the fixed region ids (src/pipeline/schema/regions.ts), with a did-you-mean. */
const regionId = z.string().superRefine((value, ctx) => {
  if (REGION_BY_ID.has(value)) return;
  ctx.addIssue({
    code: 'custom',
    message: `unknown region "${value}"`,
    params: { rule: 'unknown-region', hint: regionHint(value) },
  });
}) as unknown as z.ZodType<RegionId>;

export const regionControlSchema = z.strictObject({
  /** Region id from the fixed list, e.g. `crimea` (UA-43) or `kyiv-city` (UA-30). */
  id: regionId,
  /** De facto ground control: `ukraine`, `russia`, `contested` or `unknown`. */
  control: z.enum(CONTROL),
  /** `assessed` (independent assessment) or `claimed` (only a party's word). */
  basis: z.enum(BASIS),
  /** Actor id of whoever makes the claim; required when `basis` is `claimed`. */
  claimedBy: id.optional(),
  /** The exact document the entry rests on; https only. */
  source: httpsUrl,
  /** A line of context shown in the table, e.g. "about 70 % held" (optional). */
  note: plainText(3, 280).optional(),
});

// Duplicates, coverage and claimedBy are checked in checks/territory.ts, on the raw
// fields: zod skips object refinements once any field fails, and all errors show at once.
export const territorySchema = z.strictObject({
  /** Headline of the snapshot, e.g. `Who controls what, mid-August 2025`. */
  title: plainText(10, 160),
  /** The date (or date-time with offset) the snapshot describes; the file is named after its date. */
  asOf: isoDate,
  /** One or two sentences on what changed or what stands out. */
  summary: plainText(40, 320),
  /** Every region of the fixed list, once each. */
  regions: z.array(regionControlSchema).min(1),
});

export type Territory = z.infer<typeof territorySchema>;
export type RegionControl = z.infer<typeof regionControlSchema>;
export type Control = (typeof CONTROL)[number];
export type Basis = (typeof BASIS)[number];
