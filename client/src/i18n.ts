// Interface text in 中文 and English. The language itself is app state (store + URL); it is also remembered
// in localStorage so that a bare URL opens in the language the researcher chose last time.
import type { ActorKind, Modality, NodeType } from './model.ts';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
const STORAGE_KEY = 'regatlas.lang';

const ZH = {
  appTitle: '法规图谱 RegAtlas',
  searchLabel: '搜索主体、产业、条文',
  searchPlaceholder: '搜索：人民政府、海关、customs…',
  searchNoResults: '没有匹配结果',
  searchFailed: '搜索失败',
  language: '语言',
  switchLanguage: 'English',
  viewGraph: '关系图',
  viewMatrix: '责任矩阵',
  viewZones: '片区 × 产业',
  viewReader: '条文阅读',
  views: '视图',
  layout: '布局',
  layoutFcose: '力导向',
  layoutConcentric: '同心圆',
  layoutHierarchical: '层级',
  expand: '展开',
  expandHint: '展开所选节点的相邻节点（或双击节点）',
  hide: '隐藏',
  hideHint: '隐藏所选节点',
  undo: '撤销',
  redo: '重做',
  resetView: '重置',
  resetHint: '回到总览：清除展开、隐藏和筛选',
  fit: '适应窗口',
  legend: '图例（点击筛选）',
  nodeTypes: '节点',
  edgeModalities: '义务类型',
  showAll: '全部显示',
  details: '详情',
  nothingSelected: '点击图中的节点或边查看详情，或使用搜索。',
  loading: '加载中…',
  apiDown: '无法连接数据服务（API）。请确认服务器已启动，然后重试。',
  retry: '重试',
  emptyGraph: '当前筛选下没有可显示的节点。',
  truncated: '部分展开已按上限截断（每个节点最多 {n} 个相邻节点）。',
  kind: '类型',
  aliases: '别称',
  gbCode: '国标行业代码',
  obligationsBorne: '承担的义务',
  obligationsBenefiting: '受益的条款',
  noObligations: '没有记录的义务。',
  zones: '片区',
  articles: '条文',
  level: '程度',
  bearers: '义务主体',
  beneficiaries: '受益主体',
  industries: '产业',
  modality: '情态',
  source: '出处',
  openInReader: '在条文中查看',
  chapters: '章节目录',
  readerEmpty: '从目录中选择一条条文。',
  showInGraph: '在图中显示',
  matrixTitle: '主体 × 义务类型（计数）',
  matrixHint: '点击单元格查看对应义务。',
  matrixActor: '主体',
  matrixTotal: '合计',
  cellObligations: '{actor}：{modality}（{n}）',
  zonesTitle: '片区与重点产业',
  zonesHint: '点击产业查看所有提及它的片区和条文。',
  industry: '产业',
  export: '导出',
  exportPng: 'PNG 图片',
  exportSvg: 'SVG 矢量图',
  exportCsv: 'CSV 表格',
  exportGraphml: 'GraphML（Gephi）',
  exportJson: 'JSON',
  exportNothing: '当前视图没有可导出的表格。',
  graphLabel: '法规关系图',
  mentionedActors: '提及的主体',
  mentionedIndustries: '提及的产业',
  statesObligations: '规定的义务',
  cites: '引用文件',
  edge: '关系',
  relatedActors: '相关主体',
  from: '从',
  to: '到',
  paragraph: '款',
  item: '项',
  nodeCount: '{n} 个节点，{m} 条边',
} as const;

export type MessageKey = keyof typeof ZH;

const EN: Record<MessageKey, string> = {
  appTitle: 'RegAtlas',
  searchLabel: 'Search actors, industries, articles',
  searchPlaceholder: 'Search: 人民政府, customs, trade…',
  searchNoResults: 'No matches',
  searchFailed: 'Search failed',
  language: 'Language',
  switchLanguage: '中文',
  viewGraph: 'Graph',
  viewMatrix: 'Responsibility matrix',
  viewZones: 'Zones × industries',
  viewReader: 'Article reader',
  views: 'Views',
  layout: 'Layout',
  layoutFcose: 'Force-directed',
  layoutConcentric: 'Concentric',
  layoutHierarchical: 'Hierarchical',
  expand: 'Expand',
  expandHint: 'Add the neighbours of the selected node (or double-click a node)',
  hide: 'Hide',
  hideHint: 'Hide the selected node',
  undo: 'Undo',
  redo: 'Redo',
  resetView: 'Reset',
  resetHint: 'Back to the overview: clear expansions, hidden nodes and filters',
  fit: 'Fit',
  legend: 'Legend (click to filter)',
  nodeTypes: 'Nodes',
  edgeModalities: 'Obligation types',
  showAll: 'Show all',
  details: 'Details',
  nothingSelected: 'Click a node or edge in the graph to see its details, or use the search.',
  loading: 'Loading…',
  apiDown: 'Cannot reach the data service (API). Check that the server is running, then retry.',
  retry: 'Retry',
  emptyGraph: 'Nothing to show with the current filters.',
  truncated: 'Some expansions were cut at the limit ({n} neighbours per node).',
  kind: 'Kind',
  aliases: 'Also called',
  gbCode: 'GB/T 4754 code',
  obligationsBorne: 'Obligations borne',
  obligationsBenefiting: 'Benefits from',
  noObligations: 'No recorded obligations.',
  zones: 'Zones',
  articles: 'Articles',
  level: 'Level',
  bearers: 'Bearers',
  beneficiaries: 'Beneficiaries',
  industries: 'Industries',
  modality: 'Modality',
  source: 'Source',
  openInReader: 'Open in the text',
  chapters: 'Chapters',
  readerEmpty: 'Pick an article from the table of contents.',
  showInGraph: 'Show in graph',
  matrixTitle: 'Actors × obligation type (counts)',
  matrixHint: 'Click a cell to list its obligations.',
  matrixActor: 'Actor',
  matrixTotal: 'Total',
  cellObligations: '{actor}: {modality} ({n})',
  zonesTitle: 'Zones and the industries they are to develop',
  zonesHint: 'Click an industry to see every zone and article that names it.',
  industry: 'Industry',
  export: 'Export',
  exportPng: 'PNG image',
  exportSvg: 'SVG vector',
  exportCsv: 'CSV table',
  exportGraphml: 'GraphML (Gephi)',
  exportJson: 'JSON',
  exportNothing: 'This view has no table to export.',
  graphLabel: 'Regulation graph',
  mentionedActors: 'Actors mentioned',
  mentionedIndustries: 'Industries mentioned',
  statesObligations: 'Obligations stated',
  cites: 'Documents cited',
  edge: 'Relation',
  relatedActors: 'Related actors',
  from: 'From',
  to: 'To',
  paragraph: 'para.',
  item: 'item',
  nodeCount: '{n} nodes, {m} edges',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh: ZH, en: EN };

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export const ACTOR_KIND_LABELS: Record<ActorKind, Record<Lang, string>> = {
  LEGISLATURE: { zh: '人大及其常委会', en: 'Legislature' },
  LEADING_GROUP: { zh: '领导小组', en: 'Leading group' },
  OFFICE: { zh: '办公室', en: 'Office' },
  ZONE: { zh: '区域', en: 'Zone' },
  REGIONAL_GOVERNMENT: { zh: '省级政府', en: 'Regional government' },
  LOCAL_GOVERNMENT: { zh: '地方政府', en: 'Local government' },
  DEPARTMENT: { zh: '政府部门', en: 'Department' },
  CENTRAL_AGENCY: { zh: '中央机关', en: 'Central agency' },
  ZONE_AUTHORITY: { zh: '区域管理机构', en: 'Zone authority' },
  JUDICIARY: { zh: '司法机关', en: 'Judiciary' },
  INSTITUTION: { zh: '机构', en: 'Institution' },
  ENTERPRISE: { zh: '企业', en: 'Enterprise' },
  PERSON: { zh: '个人', en: 'Person' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const MODALITY_LABELS: Record<Modality, Record<Lang, string>> = {
  SHALL: { zh: '应当', en: 'Shall' },
  RESPONSIBLE: { zh: '负责', en: 'Responsible for' },
  MAY: { zh: '可以', en: 'May' },
  SUPPORT: { zh: '支持', en: 'Supports' },
  ENCOURAGE: { zh: '鼓励', en: 'Encourages' },
  MUST_NOT: { zh: '不得', en: 'Must not' },
};

export const NODE_TYPE_LABELS: Record<NodeType, Record<Lang, string>> = {
  ACTOR: { zh: '主体', en: 'Actor' },
  INDUSTRY: { zh: '产业', en: 'Industry' },
  OBLIGATION: { zh: '义务', en: 'Obligation' },
  ARTICLE: { zh: '条文', en: 'Article' },
  PARAGRAPH: { zh: '款', en: 'Paragraph' },
  ITEM: { zh: '项', en: 'Item' },
  CHAPTER: { zh: '章', en: 'Chapter' },
  DOCUMENT: { zh: '引用文件', en: 'Cited document' },
  REGULATION: { zh: '法规', en: 'Regulation' },
};

export const EDGE_TYPE_LABELS: Record<string, Record<Lang, string>> = {
  BEARS: { zh: '承担', en: 'bears' },
  BENEFITS: { zh: '惠及', en: 'benefits' },
  CONCERNS: { zh: '涉及产业', en: 'concerns' },
  DEVELOPS: { zh: '发展', en: 'develops' },
  MEMBER_OF: { zh: '属于', en: 'member of' },
  MENTIONS: { zh: '提及', en: 'mentions' },
  STATES: { zh: '规定', en: 'states' },
  CITES: { zh: '引用', en: 'cites' },
  DEFINES: { zh: '定义', en: 'defines' },
  HAS_ARTICLE: { zh: '包含', en: 'contains' },
  HAS_CHAPTER: { zh: '包含', en: 'contains' },
};

export function edgeTypeLabel(type: string, lang: Lang): string {
  return EDGE_TYPE_LABELS[type]?.[lang] ?? type.toLowerCase().replace(/_/g, ' ');
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/** The remembered language, or Chinese (the language of the regulation). Storage may be unavailable (privacy mode). */
export function loadSavedLang(storage: Pick<Storage, 'getItem'> | undefined): Lang {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return isLang(saved) ? saved : 'zh';
  } catch {
    return 'zh';
  }
}

export function saveLang(storage: Pick<Storage, 'setItem'> | undefined, lang: Lang): void {
  try {
    storage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage full or disabled: the URL still carries the language.
  }
}
