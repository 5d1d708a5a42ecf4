// Industries found in the text: the items of an enumeration that a development verb or a ranked level phrase
// governs (重点发展A、B以及C等新兴产业; 鼓励A、B、C等新型贸易发展; 在A、B和C等领域扩大开放). Each gets the GB/T
// 4754-2017 code its name matches, exactly or by its head word (纺织服装制造 → 18, 生物医药 → 27 医药制造业,
// 金融服务 → J), or none: never a guess. English names are composed from industry words, pinyin otherwise.
import type { IndustryClass, Vocabulary } from '../vocabulary.ts';
import { normalizeScript } from './normalize-script.ts';
import { readConjunct } from './read-actor-phrase.ts';
import { addIndustryAlias, ensureIndustry, findIndustry, type Registry } from './registry.ts';
import { nestingDepths, splitSegments } from './split-clauses.ts';
import { pinyinName } from './slug.ts';
import type { TextUnit } from './text-units.ts';
import { MARKER_WORDS } from './detect-modality.ts';
import { tokenAt } from './phrase-tokens.ts';
import { cutWords, mayBeNamePart } from './word-tags.ts';

/** The set phrases that open the list of an Area's industries (重点发展…, 积极培育…), in vocabulary order. */
export function listLevelPhrases(vocabulary: Vocabulary): string[] {
  return vocabulary.developmentLevels.filter((level) => level.opensList).map((level) => level.word);
}

/** Rank and English gloss of a level as written (traditional characters too); rank 1 and no gloss for one the vocabulary lacks. */
export function describeLevel(level: string, vocabulary: Vocabulary): { rank: number; levelEn: string | null } {
  const form = normalizeScript(level);
  const known = vocabulary.developmentLevels.find((l) => l.word === form);
  return known === undefined ? { rank: 1, levelEn: null } : { rank: known.rank, levelEn: known.en };
}

/** Verbs that develop what they govern. */
const developmentVerbs = (vocabulary: Vocabulary): string[] => [...listLevelPhrases(vocabulary), '鼓励发展', '支持发展', '发展', '培育', '壮大'];
/** What may follow an enumeration closed by 等<tail> to make it developed (…等新型贸易发展, …等领域扩大开放). */
const DEVELOPED_AFTER = ['发展', '扩大开放', '开放', '转型升级', '集聚', '创新发展', '融合发展', '协同发展'];
const MAX_NAME = 12;
const SUFFIXES_STRIPPED = /(产业|行业)$/;

// Classification ---------------------------------------------------------------------------------------------

interface ClassName {
  code: string;
  form: string;
  /** May serve as a head word: a product a manufacturing division makes (医药 of 医药制造业), or three characters or more. */
  head: boolean;
}

const classNamesCache = new WeakMap<Vocabulary, ClassName[]>();

/** The names a class answers to: its name without 业/制造业/服务业, and each part of a 、-list. */
function classNames(vocabulary: Vocabulary): ClassName[] {
  const cached = classNamesCache.get(vocabulary);
  if (cached !== undefined) return cached;
  const names: ClassName[] = [];
  const add = (code: string, form: string, product: boolean): void => {
    if (form.length < 2) return;
    const head = form.length >= 3 || product;
    const known = names.find((n) => n.code === code && n.form === form);
    if (known !== undefined) known.head ||= head;
    else names.push({ code, form, head });
  };

  for (const cls of vocabulary.industryClasses) {
    const bare = stripClassSuffix(cls.name);
    // 商务, 租赁 as heads would file 电子商务 under business services and 融资租赁 under leasing: short heads
    // are only what a manufacturing division makes (医药, 纺织, 纺织服装, 金属制品) and a section's own name
    // (金融, 制造, 教育).
    const product = cls.section === 'C' && !/修理业$/.test(cls.name);
    const section = cls.section === null && !/[、和]/.test(cls.name);
    add(cls.code, cls.name, false);
    add(cls.code, cls.name.replace(/业$/, ''), false);
    add(cls.code, bare, section);
    if (product) {
      const made = cls.name.replace(/(制造业|业)$/, '');
      add(cls.code, made, true);
      add(cls.code, made.split(/[、和]/)[0]!, true);
    }
    for (const part of bare.split(/[、和及与]/)) add(cls.code, stripClassSuffix(part), false);
  }

  // Longest first: 软件和信息技术服务 before 服务.
  names.sort((a, b) => b.form.length - a.form.length);
  classNamesCache.set(vocabulary, names);
  return names;
}

/** 软件和信息技术服务(业) is one class, not two industries. */
function isClassName(name: string, vocabulary: Vocabulary): boolean {
  return classNames(vocabulary).some((n) => n.form === name || n.form === name.replace(/业$/, ''));
}

function stripClassSuffix(name: string): string {
  return name.replace(/(制造业|服务业|工业|制品业|业)$/, '').replace(/(制造|服务)$/, '');
}

/** GB/T 4754-2017 code of an industry name: exact, without a generic suffix, or by its head word. */
export function classifyIndustry(name: string, vocabulary: Vocabulary): string | null {
  const names = classNames(vocabulary);
  const form = normalizeScript(name);
  const candidates = [form, form.replace(SUFFIXES_STRIPPED, ''), form.replace(/(产业|行业|业)$/, ''), stripClassSuffix(form.replace(SUFFIXES_STRIPPED, ''))];
  for (const candidate of candidates) {
    const exact = names.find((n) => n.form === candidate);
    if (exact !== undefined) return exact.code;
  }
  const stripped = candidates.at(-1)!;
  // The head word: the longest class name the industry's name ends with (生物医药 → 医药).
  const head = names.find((n) => n.head && stripped.length > n.form.length && stripped.endsWith(n.form));
  return head?.code ?? null;
}

export function industryClass(code: string, vocabulary: Vocabulary): IndustryClass | undefined {
  return vocabulary.industryClasses.find((c) => c.code === code);
}

/** Words that qualify an industry without naming one (特色优势产业 stays whole). */
const MODIFIERS_ONLY = /^(特色|优势|传统|新兴|战略性|主导|支柱|重点|现代|高端|先进|绿色|高新技术)+$/;

/** English from industry words, longest first; words the vocabulary lacks in pinyin. */
export function industryEnglish(name: string, vocabulary: Vocabulary): string {
  const words = [...vocabulary.industryWords].sort((a, b) => b.word.length - a.word.length);
  const form = normalizeScript(name);
  const out: string[] = [];
  let unknown = '';
  let p = 0;
  while (p < form.length) {
    const word = words.find((w) => form.startsWith(w.word, p));
    if (word === undefined) {
      if (!'和、及与'.includes(form[p]!)) unknown += form[p]!;
      else {
        if (unknown !== '') out.push(pinyinName(unknown));
        unknown = '';
        out.push('and');
      }
      p++;
      continue;
    }
    if (unknown !== '') out.push(pinyinName(unknown));
    unknown = '';
    out.push(word.en);
    p += word.word.length;
  }
  if (unknown !== '' && !/^(产业|行业|业)$/.test(unknown)) out.push(pinyinName(unknown));
  // 生物医药产业 is Biomedicine; 特色优势产业, all qualities, are Specialty competitive industries.
  const stem = form.replace(/(产业|行业)$/, '');
  if (stem !== form && MODIFIERS_ONLY.test(stem)) out.push('industries');
  const text = out.join(' ').replace(/\s+/g, ' ').trim();
  return text === '' ? name : text[0]!.toUpperCase() + text.slice(1);
}

// Discovery --------------------------------------------------------------------------------------------------

/** Registers the industries of every enumeration the rules accept; returns how many were found. */
export function discoverIndustries(units: readonly TextUnit[], registry: Registry): number {
  let found = 0;
  for (const unit of units) {
    for (const segment of splitSegments(unit.norm, 0, unit.norm.length)) {
      for (const item of industryItems(unit.norm, segment.start, segment.end, registry)) {
        registerIndustry(registry, unit.text.slice(item.start, item.end));
        found++;
      }
    }
  }
  return found;
}

/** Qualities that stand before an industry's name without being part of it (高质量棉纺织业). */
const QUALITIES = /^(高质量|高水平|高附加值)/;


export function registerIndustry(registry: Registry, surface: string): string {
  // Suffixes are stripped on the simplified copy and cut from the text as written (紡織服裝業 → 紡織服裝).
  const name = surface.trim();
  const norm = normalizeScript(name);
  const quality = QUALITIES.exec(norm)?.[0].length ?? 0;
  let end = norm.length;
  const suffix = SUFFIXES_STRIPPED.exec(norm);
  if (suffix !== null) {
    if (!MODIFIERS_ONLY.test(norm.slice(quality, suffix.index))) end = suffix.index;
  } else if (/业$/.test(norm) && norm.length - quality > 3 && !/^.业$/.test(cutWords(norm).at(-1) ?? '')) {
    // 纺织服装业 → 纺织服装, but 农业 of 热带特色高效农业 is a word of its own.
    end = norm.length - 1;
  }
  let canonical = name.slice(quality, end);
  // 纺织服装制造 is the 纺织服装 already found: a generic activity word adds nothing to an industry's identity.
  const stemLength = normalizeScript(canonical).replace(/(制造|服务|产品)$/, '').length;
  if (stemLength < canonical.length && stemLength >= 2 && findIndustry(registry, canonical.slice(0, stemLength)) !== null) canonical = canonical.slice(0, stemLength);
  const id = ensureIndustry(
    registry,
    canonical,
    (n) => classifyIndustry(n, registry.vocabulary),
    (n) => industryEnglish(n, registry.vocabulary),
  );
  if (canonical !== name) addIndustryAlias(registry, id, name);
  return id;
}

interface Item {
  start: number;
  end: number;
}

/** Industry items of one segment: after a development verb, or before 等<tail> that something develops. */
export function industryItems(norm: string, start: number, end: number, registry: Registry): Item[] {
  const items: Item[] = [];
  const depths = nestingDepths(norm);
  const levelPhrases = listLevelPhrases(registry.vocabulary);
  const verbs = developmentVerbs(registry.vocabulary);
  for (let p = start; p < end; p++) {
    if (depths[p]! > 0) continue;
    const verb = verbs.find((v) => norm.startsWith(v, p));
    if (verb === undefined) continue;
    const listStart = p + verb.length;
    const list = splitEnumeration(norm, listStart, end, registry);
    // A single object counts only when it names an industry by its tail (棉纺织业, 石油化工产业); after a bare
    // 发展 (发展规划, 发展所需的资金) every item must look like an industry; any item that is no name spoils the list.
    const ranked = levelPhrases.includes(verb);
    const names = list.map((item) => norm.slice(item.start, item.end));
    const accepted =
      (list.length >= 2 || names.some((name) => /(产业|业)$/.test(name))) &&
      names.every((name) => isIndustryName(name, registry)) &&
      (ranked || names.every((name) => looksLikeIndustry(name, registry.vocabulary)))
        ? list
        : [];
    items.push(...accepted);
    if (accepted.length > 0) p = accepted.at(-1)!.end;
  }
  // …A、B、C等新型贸易发展 / 在A、B等领域扩大开放: the tail and what follows make the items developed.
  const tails = registry.vocabulary.industryTails;
  for (let p = start; p < end; p++) {
    if (norm[p] !== '等' || depths[p]! > 0) continue;
    const tailEnd = tails.map((tail) => norm.indexOf(tail, p + 1)).filter((at) => at !== -1 && at <= p + 8 && at < end).sort((a, b) => a - b)[0];
    if (tailEnd === undefined) continue;
    const tail = tails.find((t) => norm.startsWith(t, tailEnd))!;
    const after = norm.slice(tailEnd + tail.length, end);
    // …等领域扩大开放 needs what follows to develop the items; …等特色产品加工业 names them industries itself.
    // What stands between 等 and the tail qualifies it (新型, 特色产品); a verb there (等设立企业) or a head noun
    // after it (等公用企事业单位) makes the items places or actors.
    const between = norm.slice(p + 1, tailEnd);
    if (between !== '' && (!mayBeNamePart(between) || registry.vocabulary.clause.predicate.some((w) => w.length > 1 && between.includes(w)))) continue;
    if (tokenAt(norm, tailEnd + tail.length, end, registry.lexicon).type === 'HEAD') continue;
    const industryTail = /业$/.test(norm.slice(p + 1, tailEnd + tail.length));
    if (!industryTail && !DEVELOPED_AFTER.some((word) => after.startsWith(word))) continue;
    let from = p;
    while (from > start && !/[，。；：（）]/.test(norm[from - 1]!) && !['在', '鼓励', '支持', '推动', '促进', '发展'].some((w) => norm.startsWith(w, from - w.length) && from - w.length >= start)) from--;
    // 提升林果、葡萄酒…: a verb that opens the clause governs the list and is no part of its first item.
    const verb = registry.vocabulary.clause.predicate.filter((w) => w.length > 1 && norm.startsWith(w, from)).sort((a, b) => b.length - a.length)[0];
    if (verb !== undefined) from += verb.length;
    const list = splitEnumeration(norm, from, p, registry);
    if (list.length < 2 || !list.every((item) => isIndustryName(norm.slice(item.start, item.end), registry))) continue;
    for (const item of list) if (!items.some((i) => i.start === item.start)) items.push(item);
  }
  // 推动棉花产业和化纤产业耦合发展, 推进清洁能源、节能环保等绿色产业发展: what is driven to develop.
  for (const match of norm.slice(start, end).matchAll(PROMOTED)) {
    const from = start + match.index + match[1]!.length;
    const to = from + match[2]!.length;
    const list = splitEnumeration(norm, from, to, registry, true);
    const names = list.map((item) => norm.slice(item.start, item.end));
    if (list.length === 0 || !names.every((name) => isIndustryName(name, registry) && looksLikeIndustry(name, registry.vocabulary))) continue;
    for (const item of list) if (!items.some((i) => i.start === item.start)) items.push(item);
  }
  return items;
}

/** 推动/促进/推进/加快 + what + (创新|融合|协同|耦合|高质量)发展. */
const PROMOTED = /(推动|促进|推进|加快)([^，。；：]{2,40}?)(?:等[^，。；：、]{0,8}?)?(?:创新|融合|协同|耦合|高质量|健康|集聚)?发展/g;

/** Items of an enumeration split on 、 and 以及 (and a last 和/及 unless the whole is one class name). */
function splitEnumeration(norm: string, start: number, end: number, registry: Registry, splitAnd = false): Item[] {
  let stop = end;
  const cut = norm.slice(start, end).search(/[，。；：（）《》“”]/);
  if (cut !== -1) stop = start + cut;
  const items: Item[] = [];
  let from = start;
  for (let i = start; i < stop; i++) {
    const separator = norm[i] === '、' ? 1 : norm.startsWith('以及', i) ? 2 : 0;
    if (separator === 0) continue;
    items.push({ start: from, end: i });
    from = i + separator;
    i = from - 1;
  }
  items.push({ start: from, end: stop });
  const last = items.at(-1)!;
  // The group tail closes the list: …以及生物医药、新能源等新兴产业.
  const etc = norm.slice(last.start, last.end).lastIndexOf('等');
  if (etc > 0) last.end = last.start + etc;
  const andAt = norm.slice(last.start, last.end).search(/[和及]/);
  if ((items.length >= 2 || splitAnd) && andAt > 1 && !isClassName(norm.slice(last.start, last.end), registry.vocabulary)) {
    items.pop();
    items.push({ start: last.start, end: last.start + andAt }, { start: last.start + andAt + 1, end: last.end });
  }
  return items.filter((item) => item.end - item.start >= 2);
}

/** Industry tails (…产业, …制造, …服务) and words of industry names covering the whole name. */
const INDUSTRY_TAIL = /(产业|行业|业|制造|服务|经济|贸易|物流|旅游|金融|医药|能源|材料|装备|加工|电商|商务)$/;

export function looksLikeIndustry(name: string, vocabulary: Vocabulary): boolean {
  if (INDUSTRY_TAIL.test(name) || classifyIndustry(name, vocabulary) !== null) return true;
  const words = [...vocabulary.industryWords].sort((a, b) => b.word.length - a.word.length);
  let p = 0;
  while (p < name.length) {
    const word = words.find((w) => name.startsWith(w.word, p));
    if (word === undefined) return false;
    p += word.word.length;
  }
  return true;
}

/** Words that name no industry on their own: 推动经济高质量发展 is about the economy. */
const GENERIC_ALONE = /^(经济|产业|行业|业务|服务|领域|业态|贸易业务)$/;

function isIndustryName(name: string, registry: Registry): boolean {
  if (name.length < 2 || name.length > MAX_NAME || GENERIC_ALONE.test(name)) return false;
  if (/[的在对为由将把被从是不未也均还应即已都所其之于以按依凭就该每各另等，。；：、（）《》“”]/.test(name)) return false;
  const { clause } = registry.vocabulary;
  if ([...MARKER_WORDS, ...clause.governing.filter((w) => w.length >= 2), ...clause.topic.filter((w) => w.length >= 2)].some((w) => name.includes(w))) return false;
  // A name of an actor (金融机构) is no industry.
  const conjunct = readConjunct(name, 0, name.length, registry.grammar, true);
  if (conjunct !== null && conjunct.complete && conjunct.end === name.length) return false;
  const verbs = clause.predicate.filter((w) => w.length >= 2 && !['发展', '服务', '建设', '创新', '开发', '组装', '加工', '制造', '研发', '设计', '维修', '交易', '融资', '运输'].includes(w));
  return !verbs.some((w) => name.startsWith(w));
}
