// The settings file's name, apart from its loader (site-settings.ts) so that file
// discovery knows it without loading the YAML and schema libraries.

/** The settings file's name inside the content folder; no other spelling is read. */
export const SETTINGS_FILE = 'site.yaml';

/** Names that look like a settings file (site.yml, site.md, Site.yaml, config.yaml) but are not read. */
export function isSettingsVariant(name: string): boolean {
  return name !== SETTINGS_FILE && /^_?site\b|^settings\.|^config\./i.test(name);
}
