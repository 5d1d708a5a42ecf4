// The words the synthetic regulations (synthetic-regulation.ts) are made of: chapter plan, places, bodies,
// verbs and objects, industries, cited documents. Data only.

/** The chapters of one block: theme and article count (the real regulation's 8, 9, 10, 7, 5, 9, 11, 3). */
export const CHAPTER_PLAN = [
  { theme: 'general', title: '总则', count: 8 },
  { theme: 'management', title: '管理体制', count: 9 },
  { theme: 'investment', title: '投资开放和贸易便利化', count: 10 },
  // The title must contain 产业: only there are region-wide development verbs read as zone → industry links.
  { theme: 'industry', title: '特色产业', count: 7 },
  { theme: 'finance', title: '金融服务', count: 5 },
  { theme: 'opening', title: '服务“一带一路”核心区建设与向西开放', count: 9 },
  { theme: 'environment', title: '营商环境与法治保障', count: 11 },
  { theme: 'final', title: '附则', count: 3 },
] as const;
export type Theme = (typeof CHAPTER_PLAN)[number]['theme'];

export const PLACES = [
  '伊宁', '哈密', '阿克苏', '库尔勒', '昌吉', '石河子', '克拉玛依', '吐鲁番', '博乐', '阿勒泰',
  '塔城', '和田', '阿图什', '五家渠', '奎屯', '北屯', '阿拉尔', '铁门关', '可克达拉', '双河',
  '昆玉', '胡杨河', '阿拉山口', '巴克图', '吉木乃', '红其拉甫', '伊尔克什坦', '吐尔尕特', '卡拉苏', '都拉塔',
  '木扎尔特', '乌拉斯台', '老爷庙', '塔克什肯', '红山嘴', '图木舒克', '精河', '伊吾', '若羌', '且末',
];
export const DIRECTIONS = ['', '东', '西', '南', '北', '中'];

/** Departments a block defines for its zone: full name after the zone, short name after the place. */
export const DEPARTMENTS = [
  '商务局', '发展改革委员会', '财政局', '科技局', '工业和信息化局', '交通运输局', '文化和旅游局', '市场监督管理局',
  '人力资源和社会保障局', '自然资源局', '生态环境局', '农业农村局', '卫生健康委员会', '口岸管理办公室', '投资促进局',
];

/** Duty bearers the name rules read (or that the definitions every text makes name). */
export const AUTHORITIES = [
  '自贸试验区', '各片区管理机构', '自治区人民政府', '自治区人民政府有关部门',
  '片区所在州、市（地）人民政府（行政公署）', '自贸办', '投资主管部门', '商务主管部门', '有关部门',
];
export const PARTIES = [
  '企业', '外商投资企业', '中小企业', '金融机构', '保险机构', '银行业金融机构', '高等学校', '科研机构',
  '律师事务所', '仲裁机构', '医疗机构', '认证检测检验机构',
];
export const VERBS = ['推进', '完善', '健全', '加强', '深化', '探索建立', '推动', '优化', '建立', '落实', '组织实施', '统筹推进'];
export const OBJECTS = [
  '跨境贸易便利化改革', '投资管理制度创新', '数字政务服务平台建设', '口岸通关监管模式创新', '知识产权保护体系',
  '企业信用信息共享机制', '国际物流通道建设', '人才引进和培养机制', '生态环境分区管控', '跨境人民币结算业务',
  '商事纠纷多元化解决机制', '营商环境评价制度', '风险防控体系建设', '改革试点任务落实', '统计监测和评估工作',
  '公共数据开放共享', '涉外法律服务', '国际科技合作交流', '边民互市贸易创新', '多式联运规则衔接',
  '外商投资服务体系', '对外投资综合服务', '首创性制度创新', '优质农产品进口', '跨境电子商务综合试验',
  '国际医疗服务合作', '文化旅游交流合作', '绿色低碳发展模式', '现代物流枢纽建设', '新能源装备出口',
];
export const PRINCIPLES = ['统筹管理、分级负责', '权责一致、精简高效', '依法行政、公开透明', '风险可控、包容审慎'];
export const FORBIDDEN = [
  '擅自改变片区规划确定的土地用途', '在负面清单之外对外商投资实施准入限制', '违法向企业收取费用',
  '泄露企业的商业秘密', '以任何形式设置市场准入壁垒', '擅自扩大行政许可的范围',
];
/** Industries the real regulation names, for region-wide and zone links. */
export const KNOWN_INDUSTRIES = [
  '国际贸易', '现代物流', '先进制造业', '纺织服装', '生物医药', '新能源', '新材料', '软件和信息技术服务',
  '文化创意', '会展经济', '农副产品精深加工', '电子产品组装', '国际物流', '跨境电商', '跨境旅游', '金融服务',
  '特色医药', '电子信息', '装备制造', '通用航空', '绿色算力', '棉纺织', '化纤', '林果', '葡萄酒', '乳制品',
  '石油化工', '有色金属', '数字经济', '清洁能源', '节能环保',
];
/** Industries of the blocks' own: a zone's enumeration after 重点发展 makes each one an industry of its own. */
export const INDUSTRY_PREFIXES = ['绿色', '智能', '高端', '特色', '现代', '数字', '低碳', '精细', '新型', '外向型'];
export const INDUSTRY_BASES = [
  '光伏制造', '风电装备', '锂电材料', '硅基材料', '煤化工', '冷链物流', '果蔬加工', '针织制造', '畜产品加工', '民族服饰',
  '康养服务', '航空物流', '检验检测', '工业设计', '节水农业', '种业', '氢能', '储能', '铝基材料', '茶叶加工',
];
export const DOCUMENTS = ['中华人民共和国外商投资法', '中华人民共和国对外贸易法', '优化营商环境条例', '中华人民共和国海关法'];
