// Where the web editor at /admin/ reads and commits: the project's GitHub repository and
// the OAuth relay that signs editors in (docs/editing.md, "The web editor"). Set these
// once per deployment, then run `npm run schema` to write public/admin/config.json.

export const CMS_BACKEND = {
  name: 'github',
  /** `owner/name` of the repository holding content/. */
  repo: 'briefing-desk/news-briefing',
  /** The branch the site is built from; every save is a commit on it. */
  branch: 'main',
  /** The Sveltia CMS Authenticator (a Cloudflare Worker) that does GitHub's OAuth step. */
  base_url: 'https://sveltia-cms-auth.briefing-desk.workers.dev',
  /** Commit messages name the file, so the history reads like the rest of the project's. */
  commit_messages: {
    create: 'Create {{collection}} “{{slug}}” (web editor)',
    update: 'Update {{collection}} “{{slug}}” (web editor)',
    delete: 'Delete {{collection}} “{{slug}}” (web editor)',
    uploadMedia: 'Upload “{{path}}” (web editor)',
    deleteMedia: 'Delete “{{path}}” (web editor)',
  },
} as const;
