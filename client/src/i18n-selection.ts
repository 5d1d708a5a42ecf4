// Interface text of selecting and acting on graph nodes (the node menu, several selected, what hiding took), in
// 中文 and English. Spread into i18n.ts's messages, kept apart so that each file reads in one sitting.

export const SELECTION_ZH = {
  menuLabel: '节点操作：{name}',
  menuExpand: '展开相邻节点',
  menuExpandSelected: '展开所选的 {n} 个节点',
  menuExpandOptions: '展开选项…',
  menuHide: '隐藏',
  menuHideSelected: '隐藏所选的 {n} 个节点',
  menuDetails: '查看详情',
  menuReadClause: '阅读该款项原文',
  menuReadArticle: '阅读该条原文',
  menuSelectNeighbours: '选择相邻节点',
  menuPathFrom: '从此处查找路径',
  menuPathTo: '查找到此处的路径',
  expandSelected: '展开所选（{n}）',
  expandSelectedHint: '一次展开所选的全部节点（E）',
  hideSelectedHint: '隐藏所选的全部节点（H）',
  selectedCount: '已选 {n} 个节点',
  hidOrphans: '隐藏了 {n} 个节点，包括 {m} 个只与它相连的节点（撤销可全部恢复）',
  obligationsHiddenNote: '义务已隐藏：主体之间大多经由义务相连，因此现在显示为 {n} 个互不相连的主体。',
} as const;

export const SELECTION_EN: Record<keyof typeof SELECTION_ZH, string> = {
  menuLabel: 'Actions: {name}',
  menuExpand: 'Expand neighbours',
  menuExpandSelected: 'Expand the {n} selected',
  menuExpandOptions: 'Expand options…',
  menuHide: 'Hide',
  menuHideSelected: 'Hide the {n} selected',
  menuDetails: 'Show details',
  menuReadClause: 'Read the clause',
  menuReadArticle: 'Read the article',
  menuSelectNeighbours: 'Select neighbours',
  menuPathFrom: 'Find a path from here',
  menuPathTo: 'Find a path to here',
  expandSelected: 'Expand selected ({n})',
  expandSelectedHint: 'Expand every selected node at once (E)',
  hideSelectedHint: 'Hide every selected node (H)',
  selectedCount: '{n} nodes selected',
  hidOrphans: 'Hid {n} nodes, {m} of them linked only to it (Undo brings all back)',
  obligationsHiddenNote: 'Obligations hidden: actors are linked mostly through their duties, so {n} actors now stand unconnected.',
};
