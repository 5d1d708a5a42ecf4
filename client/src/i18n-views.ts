// Interface text of the tables (responsibility matrix, zones × industries) and of the figures the exports draw,
// in 中文 and English. Kept apart from i18n.ts so that each stays a file one can read in one sitting.
import type { Lang } from './i18n.ts';

const ZH = {
  unnamedRow: '未明确主体',
  unnamedHint: '条文未写明由谁承担',
  totalsRow: '合计',
  totalsHint: '每项义务计一次',
  matrixFootnote: '“合计”行按义务计数，每项义务只计一次，等于该类义务的总数；几个主体共同承担的义务在每个主体的行中各计一次，所以各行相加会大于合计。“未明确主体”一行是条文没有写明承担者的义务（如无主语的“支持……”“鼓励……”）。',
  unnamedObligations: '未明确主体：{modality}（{n}）',
  zoneGroupWhole: '自贸试验区整体',
  zoneGroupAreas: '片区',
  zoneGroupOther: '片区合称及其他区域',
  zoneRoleCollective: '各片区合称',
  zoneRoleOther: '其他区域',
  zoneCounts: '{whole} 个整体区域 · {areas} 个片区',
  zoneCountsOther: ' · {other} 个片区合称或其他区域',
  rankLegend: '程度（颜色越深越强）',
  rankLegendHint: '点击筛选',
  rank3: '重点',
  rank2: '积极',
  rank1: '一般',
  rank3Hint: '优先、重点发展',
  rank2Hint: '积极、大力、加快……',
  rank1Hint: '发展、推动、培育……',
  zoneSort: '排序',
  zoneSortLevel: '按程度（各区域合计）',
  zoneSortName: '按名称',
  zoneSortZone: '按{zone}的程度',
  zoneFilter: '显示的区域',
  zoneFilterAll: '全部区域',
  zoneShown: '显示 {n} / {m} 个产业',
  zoneReset: '清除筛选',
  gbUncoded: '无国标行业代码',
  gbSection: '门类 {code}',
  gbDivisions: '大类 {codes}',
  figureNodes: '节点',
  figureEdges: '关系',
  figureSource: '来源：{regulations} · RegAtlas · 导出于 {date}',
  figureInForce: '{date} 施行',
  developsEdge: '发展（产业）',
  memberEdge: '属于',
} as const;

export type ViewTextKey = keyof typeof ZH;

const EN: Record<ViewTextKey, string> = {
  unnamedRow: 'not named',
  unnamedHint: 'the text names no bearer',
  totalsRow: 'Total',
  totalsHint: 'each obligation once',
  matrixFootnote:
    'The Total row counts obligations, each once: it is the number of obligations of each type. An obligation several actors share counts in each of their rows, so the rows add up to more than the total. "not named" holds the obligations whose text names no bearer (支持… or 鼓励… without a subject).',
  unnamedObligations: 'Not named: {modality} ({n})',
  zoneGroupWhole: 'Whole zone',
  zoneGroupAreas: 'Areas',
  zoneGroupOther: 'Areas together and other zone-like bodies',
  zoneRoleCollective: 'all Areas together',
  zoneRoleOther: 'other zone',
  zoneCounts: '{whole} whole zone · {areas} Areas',
  zoneCountsOther: ' · {other} other',
  rankLegend: 'Level (darker is stronger)',
  rankLegendHint: 'click to filter',
  rank3: 'priority',
  rank2: 'emphatic',
  rank1: 'plain',
  rank3Hint: 'focus on, prioritise',
  rank2Hint: 'actively, vigorously, accelerate…',
  rank1Hint: 'develop, promote, foster…',
  zoneSort: 'Sort',
  zoneSortLevel: 'By level (all zones)',
  zoneSortName: 'By name',
  zoneSortZone: 'By level in {zone}',
  zoneFilter: 'Zones shown',
  zoneFilterAll: 'All zones',
  zoneShown: '{n} of {m} industries shown',
  zoneReset: 'Clear filters',
  gbUncoded: 'No GB/T 4754 code',
  gbSection: 'Section {code}',
  gbDivisions: 'Divisions {codes}',
  figureNodes: 'Nodes',
  figureEdges: 'Links',
  figureSource: 'Source: {regulations} · RegAtlas · exported {date}',
  figureInForce: 'in force {date}',
  developsEdge: 'develops (industry)',
  memberEdge: 'member of',
};

const TEXT: Record<Lang, Record<ViewTextKey, string>> = { zh: ZH, en: EN };

export function viewText(lang: Lang, key: ViewTextKey, params: Record<string, string | number> = {}): string {
  return TEXT[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** What each development rank means (the API's ZoneIndustry.rank: 3 a priority, 2 emphatic, 1 plain). */
export const RANKS = [3, 2, 1] as const;
export type Rank = (typeof RANKS)[number];
export const RANK_TEXT: Record<Rank, { label: ViewTextKey; hint: ViewTextKey }> = {
  3: { label: 'rank3', hint: 'rank3Hint' },
  2: { label: 'rank2', hint: 'rank2Hint' },
  1: { label: 'rank1', hint: 'rank1Hint' },
};

/** The stylesheet shades three strengths; a vocabulary with more ranks shades the strongest alike. */
export function clampRank(rank: number): Rank {
  return rank >= 3 ? 3 : rank <= 1 ? 1 : 2;
}
