// A territory snapshot (`content/territory/<yyyy-mm-dd>.md`): who holds which of the
// fixed regions on one date, and on what basis. Control is de facto ground control;
// every region stays the country's territory in law, whatever a snapshot says.
import { z } from 'zod';
import { suggestion } from '../did-you-mean.ts';
import { httpsUrl, id, isoDate, plainText } from './fields.ts';
import { REGION_BY_ID, REGIONS, type RegionId } from './regions.ts';

/** Who holds a region on the ground. */
export const CONTROL = ['ukraine', 'russia', 'contested', 'unknown'] as const;
/** `assessed`: by independent analysts or observers; `claimed`: only a party says so. */
export const BASIS = ['assessed', 'claimed'] as const;

/** One of the fixed region ids (src/pipeline/schema/regions.ts), with a did-you-mean. */
const regionId = z.string().superRefine((value, ctx) => {
  if (REGION_BY_ID.has(value)) return;
  ctx.addIssue({
    code: 'custom',
    message: `unknown region "${value}"`,
    params: { rule: 'unknown-region', hint: suggestion(value, REGIONS.map((r) => r.id), 6) },
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

export const territorySchema = z
  .strictObject({
    /** Headline of the snapshot, e.g. `Who controls what, mid-August 2025`. */
    title: plainText(10, 160),
    /** The date (or date-time with offset) the snapshot describes; the file is named after its date. */
    asOf: isoDate,
    /** One or two sentences on what changed or what stands out. */
    summary: plainText(40, 320),
    /** Every region of the fixed list, once each. */
    regions: z.array(regionControlSchema).min(1),
  })
  .superRefine((snapshot, ctx) => {
    const seen = new Map<string, number>();
    snapshot.regions.forEach((region, index) => {
      const first = seen.get(region.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['regions', index, 'id'], message: `region "${region.id}" is listed twice (also regions[${first}])`, params: { rule: 'duplicate' } });
      } else {
        seen.set(region.id, index);
      }
      if (region.basis === 'claimed' && !region.claimedBy) {
        ctx.addIssue({ code: 'custom', path: ['regions', index, 'basis'], message: 'a claimed control needs claimedBy: the actor who claims it', params: { rule: 'territory-claim' } });
      }
    });
    const missing = REGIONS.filter((r) => !seen.has(r.id)).map((r) => r.id);
    if (missing.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['regions'], message: `leaves out ${missing.length} region${missing.length === 1 ? '' : 's'}: ${missing.join(', ')}`, params: { rule: 'territory-coverage', hint: 'list every region; use control: unknown where nothing is known' } });
    }
  });

export type Territory = z.infer<typeof territorySchema>;
export type RegionControl = z.infer<typeof regionControlSchema>;
export type Control = (typeof CONTROL)[number];
export type Basis = (typeof BASIS)[number];
