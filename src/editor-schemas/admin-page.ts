// The web editor's page, public/admin/index.html: Sveltia CMS's own bundle (copied from
// node_modules at build time by src/editor-schemas/admin-integration.ts, never a CDN) and
// the generated configuration. Relative URLs, so it works under any base path. Its own
// policy rides along as a <meta>, for hosts that send no headers.
import { adminCspMeta } from '../security/admin-csp.ts';

export const ADMIN_SCRIPT = 'sveltia-cms.js';

export function adminPage(notice: string): string {
  return `<!doctype html>
<!-- ${notice} -->
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${adminCspMeta()}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="referrer" content="same-origin">
    <title>Briefing editor</title>
    <link rel="cms-config-url" type="application/json" href="config.json">
  </head>
  <body>
    <noscript>The web editor needs JavaScript. Without it, edit the Markdown files in content/ (docs/editing.md).</noscript>
    <script src="${ADMIN_SCRIPT}"></script>
  </body>
</html>
`;
}
