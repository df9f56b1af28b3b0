// Hrefs under the deploy base (`/` or `/briefing/`), for every internal link and asset.
import { linker } from '../site/page-meta.ts';

export const href = linker(import.meta.env.BASE_URL);
