// The web editor's own Content-Security-Policy, for /admin/ only (public/_headers and
// netlify.toml send it; a test keeps both in step). The site's policy stays as strict as it
// is: this page runs one script, Sveltia CMS from our own origin, which needs
// - inline styles: its Svelte components set style attributes and inject <style>;
// - blob: and data: images (previews of files read from the repository, its inlined icons);
// - GitHub's API, which it reads and commits through, and GitHub's status feed;
// - avatars from GitHub for the signed-in editor.
// No third-party script, frame or CDN: code widgets and maps (which load from unpkg) are
// not configured, and the policy would block them.
import { META_IGNORED, serializeCsp } from './csp.ts';

export const ADMIN_CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com'],
  'media-src': ["'self'", 'blob:'],
  'font-src': ["'self'", 'data:'],
  // data: and blob: for files it already holds (its logo, previews), read through fetch().
  'connect-src': ["'self'", 'data:', 'blob:', 'https://api.github.com', 'https://www.githubstatus.com'],
  'frame-src': ["'none'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export function adminCspHeader(): string {
  return serializeCsp(ADMIN_CSP_DIRECTIVES).join('; ');
}

/** The same policy for the page's own <meta> (hosts without headers, GitHub Pages), less
 * frame-ancestors, which browsers ignore there. */
export function adminCspMeta(): string {
  return serializeCsp(ADMIN_CSP_DIRECTIVES, META_IGNORED).join('; ');
}

/** The other headers /admin/ gets. The OAuth sign-in opens GitHub in a pop-up that reports
 * back with postMessage, which `same-origin` would cut off. */
export const ADMIN_HEADERS: Record<string, string> = {
  'Content-Security-Policy': adminCspHeader(),
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'X-Robots-Tag': 'noindex, nofollow',
  'Cache-Control': 'no-cache',
};
