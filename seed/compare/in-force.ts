// Which version of each regulation is in force on a date: of the texts with the same work (seed/graph-keys.ts
// workOf), the one that took effect last on or before the date. A text without dates counts as in force from
// the beginning, so a regulation known in one undated text is always in force.

export interface DatedVersion {
  id: string;
  work: string | null;
  effective: string | null;
  promulgated: string | null;
  adopted: string | null;
}

/** When a version starts to apply: its effective date, else promulgation, else adoption ('' when none). */
export const startOf = (v: DatedVersion): string => v.effective ?? v.promulgated ?? v.adopted ?? '';

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Ids of the versions in force on `date` (YYYY-MM-DD): at most one per work. */
export function inForceOn(versions: readonly DatedVersion[], date: string): Set<string> {
  const current = new Map<string, DatedVersion>();
  for (const v of versions) {
    if (startOf(v) > date) continue;
    const work = v.work ?? v.id;
    const held = current.get(work);
    if (!held || startOf(v) > startOf(held) || (startOf(v) === startOf(held) && v.id > held.id)) current.set(work, v);
  }
  return new Set([...current.values()].map((v) => v.id));
}
