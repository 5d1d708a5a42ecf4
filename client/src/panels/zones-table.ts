// The zones × industries table as data: zones grouped by their role (the whole zone, the Areas, the rest),
// industries grouped by their GB/T 4754 section and division, filtered by zone and rank, ordered as the URL
// says, and the CSV. Pure, so the panel only draws what these functions decide.
import type { ResultOf } from '../api/graphql.ts';
import type { ZoneIndustryMatrixQuery } from '../api/operations.ts';
import type { Table } from '../export/csv.ts';
import type { Lang } from '../i18n.ts';
import { clampRank } from '../i18n-views.ts';

export type ZoneMatrixAnswer = ResultOf<typeof ZoneIndustryMatrixQuery>;
export type ZoneMatrix = ZoneMatrixAnswer['zoneIndustryMatrix'];
export type Zone = ZoneMatrix['zones'][number];
export type Industry = ZoneMatrix['industries'][number];
export type ZoneCell = ZoneMatrix['cells'][number];

/** Columns in three groups: a regulation's whole zone stands apart from its Areas, and the Areas from other bodies. */
export type ZoneGroupName = 'whole' | 'areas' | 'other';
export const ZONE_GROUPS: readonly ZoneGroupName[] = ['whole', 'areas', 'other'];

export function zoneGroupOf(zone: Pick<Zone, 'zoneRole'>): ZoneGroupName {
  if (zone.zoneRole === 'WHOLE_ZONE') return 'whole';
  if (zone.zoneRole === 'AREA') return 'areas';
  return 'other';
}

/** The zones by group, each in the API's order; empty groups left out. */
export function zoneColumns<Z extends Pick<Zone, 'zoneRole'>>(zones: readonly Z[]): { group: ZoneGroupName; zones: Z[] }[] {
  return ZONE_GROUPS.map((group) => ({ group, zones: zones.filter((z) => zoneGroupOf(z) === group) })).filter((g) => g.zones.length);
}

/** How many zones of each group: the Areas are only those the API calls AREA (not 各片区, not a cooperation centre). */
export function zoneCounts(zones: readonly Pick<Zone, 'zoneRole'>[]): Record<ZoneGroupName, number> {
  const counts: Record<ZoneGroupName, number> = { whole: 0, areas: 0, other: 0 };
  for (const zone of zones) counts[zoneGroupOf(zone)] += 1;
  return counts;
}

export interface TableFilter {
  zoneSort: string | null;
  zoneFilter: readonly string[];
  zoneRanks: readonly number[];
}

/** Is a link shown under the filter: its zone among those shown (or all), its rank among those shown (or all). */
export function cellShown(cell: Pick<ZoneCell, 'zone' | 'rank'>, filter: TableFilter): boolean {
  return (!filter.zoneFilter.length || filter.zoneFilter.includes(cell.zone.key)) && (!filter.zoneRanks.length || filter.zoneRanks.includes(clampRank(cell.rank)));
}

/** The zones shown: those the filter names, or all when it names none it knows. */
export function shownZones<Z extends Pick<Zone, 'key'>>(zones: readonly Z[], filter: TableFilter): Z[] {
  const picked = zones.filter((z) => filter.zoneFilter.includes(z.key));
  return picked.length ? picked : [...zones];
}

const strongest = (cells: readonly Pick<ZoneCell, 'rank'>[]) => Math.max(0, ...cells.map((c) => c.rank));

/**
 * Industries in the order asked for. By level (the default): named by more zones first, then by the strongest
 * level, so that shared priorities lead. By name: in the language shown. By a zone: its strongest level there,
 * the industries it does not name last, ties by level.
 */
export function sortIndustries<I extends Pick<Industry, 'key' | 'name' | 'nameEn'>>(industries: readonly I[], cells: readonly ZoneCell[], sort: string | null, lang: Lang): I[] {
  const byIndustry = new Map<string, ZoneCell[]>();
  for (const c of cells) byIndustry.set(c.industry.key, [...(byIndustry.get(c.industry.key) ?? []), c]);
  const cellsOf = (key: string) => byIndustry.get(key) ?? [];
  const levelScore = (key: string) => new Set(cellsOf(key).map((c) => c.zone.key)).size * 10 + strongest(cellsOf(key));
  const name = (i: I) => (lang === 'en' ? i.nameEn : i.name);
  const inZone = (key: string) => strongest(cellsOf(key).filter((c) => c.zone.key === sort));
  return [...industries].sort((a, b) => {
    if (sort === 'name') return name(a).localeCompare(name(b), lang === 'en' ? 'en' : 'zh-Hans-CN') || a.key.localeCompare(b.key);
    const zone = sort ? inZone(b.key) - inZone(a.key) : 0;
    return zone || levelScore(b.key) - levelScore(a.key) || a.key.localeCompare(b.key);
  });
}

export interface IndustryClassRef {
  code: string;
  name: string;
  nameEn: string;
}

export interface DivisionGroup extends IndustryClassRef {
  industries: Industry[];
}

export interface SectionGroup extends IndustryClassRef {
  /** Industries coded by the section itself or by a range of its divisions (17-18). */
  industries: Industry[];
  divisions: DivisionGroup[];
}

export interface IndustryGroups {
  sections: SectionGroup[];
  /** Industries without a GB/T code: last, in the order given. */
  uncoded: Industry[];
}

/**
 * Industries under their GB/T 4754 section (by letter) and division (by code), keeping the order given within
 * each group: an industry coded 17 and one coded 17-18 meet under C 制造业 instead of sitting apart as unrelated rows.
 */
export function groupIndustries(industries: readonly Industry[]): IndustryGroups {
  const sections = new Map<string, SectionGroup>();
  const uncoded: Industry[] = [];
  const sectionFor = (ref: IndustryClassRef) => {
    let section = sections.get(ref.code);
    if (!section) sections.set(ref.code, (section = { code: ref.code, name: ref.name, nameEn: ref.nameEn, industries: [], divisions: [] }));
    return section;
  };
  for (const industry of industries) {
    const cls = industry.classification;
    if (!cls) {
      uncoded.push(industry);
      continue;
    }
    const division = cls.section && industry.divisions.length <= 1 ? cls : null;
    const section = sectionFor(cls.section ?? cls);
    if (!division) {
      section.industries.push(industry);
      continue;
    }
    let group = section.divisions.find((d) => d.code === division.code);
    if (!group) section.divisions.push((group = { code: division.code, name: division.name, nameEn: division.nameEn, industries: [] }));
    group.industries.push(industry);
  }
  const ordered = [...sections.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const section of ordered) section.divisions.sort((a, b) => a.code.localeCompare(b.code));
  return { sections: ordered, uncoded };
}

/** Every link as a row: names in both languages, the level with its rank and gloss, the GB/T class, the clause and its citation. */
export function zonesTable(m: ZoneMatrix): Table {
  const zones = new Map(m.zones.map((z) => [z.key, z]));
  const industries = new Map(m.industries.map((i) => [i.key, i]));
  return {
    name: 'zones',
    header: ['regulation', 'zone', 'zoneName', 'zoneNameEn', 'zoneRole', 'industry', 'industryName', 'industryNameEn', 'gbCode', 'gbSection', 'gbClass', 'level', 'levelEn', 'rank', 'article', 'paragraph', 'citation'],
    rows: m.cells.map((c) => {
      const zone = zones.get(c.zone.key);
      const industry = industries.get(c.industry.key);
      const cls = industry?.classification;
      return [
        c.regulation.key,
        c.zone.key,
        zone?.name ?? null,
        zone?.nameEn ?? null,
        zone?.zoneRole ?? null,
        c.industry.key,
        industry?.name ?? null,
        industry?.nameEn ?? null,
        industry?.gbCode ?? null,
        cls ? (cls.section ?? cls).code : null,
        cls ? cls.name : null,
        c.level,
        c.levelEn,
        c.rank,
        c.article.number,
        c.clause?.paragraph ?? null,
        c.clause?.citation ?? null,
      ];
    }),
  };
}

const ALL_RANKS = [3, 2, 1];

/** The ranks shown after toggling one: never none (the last one stays), and all three is written as none. */
export function toggleRank(ranks: readonly number[], rank: number): number[] {
  const shown = ranks.length ? ranks : ALL_RANKS;
  const next = shown.includes(rank) ? shown.filter((r) => r !== rank) : [...shown, rank];
  if (!next.length) return [...ranks];
  return next.length === ALL_RANKS.length ? [] : ALL_RANKS.filter((r) => next.includes(r));
}

/** The zones shown after toggling one, in the table's order: never none, and all of them is written as none. */
export function toggleZone(filter: readonly string[], zone: string, all: readonly string[]): string[] {
  const shown = filter.length ? all.filter((k) => filter.includes(k)) : [...all];
  const next = shown.includes(zone) ? shown.filter((k) => k !== zone) : all.filter((k) => shown.includes(k) || k === zone);
  if (!next.length) return [...filter];
  return next.length === all.length ? [] : next;
}
