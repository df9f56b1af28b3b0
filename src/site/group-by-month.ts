// Splits a dated list into months, keeping the list's own order inside and between them.
export interface MonthGroup<T> {
  key: string;
  label: string;
  items: T[];
}

export function groupByMonth<T>(items: readonly T[], monthOf: (item: T) => { key: string; label: string }): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  const byKey = new Map<string, MonthGroup<T>>();
  for (const item of items) {
    const { key, label } = monthOf(item);
    let group = byKey.get(key);
    if (!group) {
      group = { key, label, items: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}
