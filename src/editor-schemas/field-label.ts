// How both editors' forms name a field: the schema key in words (`reviewedBy` → `Reviewed
// By`), so Sveltia CMS and Front Matter CMS label the same field the same way.

export function fieldLabel(name: string): string {
  return name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}
