// Feeds are read away from the site, so every link in them is absolute: site origin,
// deploy base path, then the site path from routes.ts.
import { absoluteUrl as absoluteSiteUrl } from '../pipeline/routes.ts';

export interface SiteLocation {
  /** Public origin (and only the origin is used), e.g. `https://briefing.example.org`. */
  site: string;
  /** Deploy base path, `/` or `/briefing/`. */
  base: string;
}

/** Absolute URL for a site path such as `/articles/x/` (without the base), at the feed's location. */
export function absoluteUrl(location: SiteLocation, path: string): string {
  return absoluteSiteUrl(location.site, location.base, path);
}
