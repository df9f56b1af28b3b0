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

const META_IGNORED = new Set(['frame-ancestors']);
/** Astro writes these two itself, adding hashes of anything it inlines. */
const ASTRO_OWNED = new Set(['script-src', 'style-src']);

/** The policy as one header value. */
export function cspHeader(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Astro's `security.csp` option: the same policy, less what a <meta> cannot carry. */
export function astroCsp(): AstroCspOptions {
  return {
    directives: Object.entries(CSP_DIRECTIVES)
      .filter(([name]) => !META_IGNORED.has(name) && !ASTRO_OWNED.has(name))
      .map(([name, sources]) => [name, ...sources].join(' ') as AstroCspDirective),
    scriptDirective: { resources: CSP_DIRECTIVES['script-src']! },
    styleDirective: { resources: CSP_DIRECTIVES['style-src']! },
  };
}
