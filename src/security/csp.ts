// The Content-Security-Policy, written once: public/_headers sends it as a header
// (Netlify, Cloudflare Pages; a test keeps the file in step) and Astro's security.csp
// puts it in a <meta> on every page, for hosts that cannot set headers (GitHub Pages).
// Pagefind compiles its WebAssembly search, hence 'wasm-unsafe-eval'; nothing else runs.

import type { AstroUserConfig } from 'astro';

type AstroCspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type AstroCspDirective = NonNullable<AstroCspOptions['directives']>[number];

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  // Only honoured in a header: browsers ignore it in a <meta> policy.
  'frame-ancestors': ["'none'"],
};

/** Only honoured in a header: browsers ignore these in a <meta> policy. */
export const META_IGNORED: ReadonlySet<string> = new Set(['frame-ancestors']);
/** Astro writes these two itself, adding hashes of anything it inlines. */
const ASTRO_OWNED = new Set(['script-src', 'style-src']);

/** Directives as policy text (`name source source; …`), less any named in `omit`. */
export function serializeCsp(directives: Record<string, string[]>, omit: ReadonlySet<string> = new Set()): string[] {
  return Object.entries(directives)
    .filter(([name]) => !omit.has(name))
    .map(([name, sources]) => [name, ...sources].join(' '));
}

/** The policy as one header value. */
export function cspHeader(): string {
  return serializeCsp(CSP_DIRECTIVES).join('; ');
}

/** Astro's `security.csp` option: the same policy, less what a <meta> cannot carry. */
export function astroCsp(): AstroCspOptions {
  return {
    directives: serializeCsp(CSP_DIRECTIVES, new Set([...META_IGNORED, ...ASTRO_OWNED])) as AstroCspDirective[],
    scriptDirective: { resources: CSP_DIRECTIVES['script-src']! },
    styleDirective: { resources: CSP_DIRECTIVES['style-src']! },
  };
}
