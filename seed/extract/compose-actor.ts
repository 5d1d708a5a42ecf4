// What a name read by the grammar (read-actor-phrase.ts) denotes: its canonical name, kind, English name and
// jurisdiction, all composed from its parts. 市人民政府 in a Shanghai regulation is 上海市人民政府, the
// regional government, "Shanghai Municipal People's Government"; 省商务主管部门 in a Zhejiang one is
// 浙江省商务主管部门, "Zhejiang Provincial commerce authority"; 国务院有关部门 is a national body whatever
// the text; 企业 is a role, one actor in every jurisdiction.
import type { ActorKind } from '../types.ts';
import type { HeadWord, Vocabulary } from '../vocabulary.ts';
import { NATIONAL, ownTierWords, tierAdjective, type Jurisdiction } from './jurisdiction.ts';
import { tokenAt, type PhraseLexicon } from './phrase-tokens.ts';
import type { PhrasePart } from './read-actor-phrase.ts';
import { pinyinName } from './slug.ts';

export interface ActorSpec {
  /** Canonical name: with the jurisdiction's name where the words mean it (市人民政府 → 上海市人民政府). */
  name: string;
  /** The name as the text composes it (市人民政府), kept as an alias. */
  written: string;
  nameEn: string;
  kind: ActorKind;
  /** The jurisdiction a local body belongs to; null for national bodies and roles shared by all. */
  jurisdiction: Jurisdiction | null;
  national: boolean;
  /** The words of the name after the jurisdiction's own name, for the id. */
  idWords: string[];
}

export type Denotation =
  | { type: 'actor'; spec: ActorSpec }
  /** A defined term: the actor it was defined for. */
  | { type: 'term'; actor: string }
  /** A bare zone word: the regulation's own zone (自贸试验区) or its Areas (各片区). */
  | { type: 'zone'; tier: 'zone' | 'area' };

export interface ComposeContext {
  vocabulary: Vocabulary;
  lexicon: PhraseLexicon;
  jurisdiction: Jurisdiction;
  /** English name of a known actor (for names built on a defined term). */
  englishOf: (actorId: string) => string | undefined;
}

const STATE_KINDS: ReadonlySet<string> = new Set(['GOVERNMENT', 'DEPARTMENT', 'OFFICE', 'LEADING_GROUP', 'ZONE_AUTHORITY', 'LEGISLATURE', 'JUDICIARY', 'CENTRAL_AGENCY']);
const core = (parts: readonly PhrasePart[]): PhrasePart[] => parts.filter((p) => p.type !== 'DET' && p.type !== 'LOC' && p.type !== 'ALT' && p.type !== 'OF');

export function composeActor(parts: readonly PhrasePart[], ctx: ComposeContext): Denotation | null {
  const substantive = core(parts);
  if (substantive.length === 0) return null;
  const only = substantive.length === 1 ? substantive[0]! : null;
  if (only?.token?.type === 'TERM' && only.token.entry.actor !== null) return { type: 'term', actor: only.token.entry.actor };
  if (only?.type === 'ZONE' && only.token?.type === 'ZONE') return { type: 'zone', tier: only.token.zone.tier };
  if (only?.token?.type === 'BODY') {
    const { body } = only.token;
    return { type: 'actor', spec: { name: body.name, written: only.word, nameEn: body.en, kind: body.kind, jurisdiction: null, national: true, idWords: words(body.name, ctx) } };
  }
  if (substantive.every((p) => p.type === 'LEVEL' || p.type === 'PLACE')) return composeJurisdiction(parts, ctx);
  return { type: 'actor', spec: composeBody(parts, ctx) };
}

interface Placing {
  national: boolean;
  /** The province-level jurisdiction named or meant, if any. */
  jurisdiction: Jurisdiction | null;
  /** The LEVEL part that means the regulation's own jurisdiction (本市, 市 in Shanghai), if the name opens with it. */
  ownLevel: PhrasePart | null;
  lower: boolean;
}

function place(parts: readonly PhrasePart[], ctx: ComposeContext): Placing {
  const own = ctx.jurisdiction;
  const tierWords = ownTierWords(own);
  const first = core(parts)[0];
  let national = false;
  let jurisdiction: Jurisdiction | null = null;
  let ownLevel: PhrasePart | null = null;
  let lower = false;
  if (first?.token?.type === 'BODY' || (first?.token?.type === 'LEVEL' && first.token.level.level === 'national')) national = true;
  for (const part of parts) {
    const token = part.token;
    if (token?.type === 'PLACE' && jurisdiction === null) {
      jurisdiction = token.division.slug === own.slug ? own : { name: token.division.name, slug: token.division.slug, en: token.division.en, tier: token.division.tier, division: token.division };
    }
    if (part.type === 'ZONE_NAME') {
      const inside = /^中国（([^（）]+)）/.exec(part.word)?.[1] ?? part.word;
      const division = ctx.vocabulary.divisions.find((d) => inside.startsWith(d.name) || inside.startsWith(d.short));
      if (division !== undefined && jurisdiction === null) jurisdiction = division.slug === own.slug ? own : { name: division.name, slug: division.slug, en: division.en, tier: division.tier, division };
    }
    if (token?.type === 'LEVEL' && token.level.level !== 'national') {
      const isOwn = own !== NATIONAL && (token.level.self || tierWords.includes(token.word));
      if (isOwn && part === first && jurisdiction === null) ownLevel = part;
      else if (!isOwn) lower = true;
    }
  }
  return { national, jurisdiction, ownLevel, lower };
}

function composeJurisdiction(parts: readonly PhrasePart[], ctx: ComposeContext): Denotation | null {
  const placing = place(parts, ctx);
  const det = parts.find((p) => p.type === 'DET');
  if (placing.national) {
    return { type: 'actor', spec: { name: '国家', written: '国家', nameEn: 'The State', kind: 'CENTRAL_AGENCY', jurisdiction: null, national: true, idWords: ['国家'] } };
  }
  const where = placing.jurisdiction ?? (placing.ownLevel !== null ? ctx.jurisdiction : null);
  const written = parts.map((p) => p.word).join('');
  if (where !== null && det === undefined && where !== NATIONAL) {
    return {
      type: 'actor',
      spec: { name: where.name, written, nameEn: `${where.en} ${tierNoun(where)}`.trim(), kind: 'REGIONAL_GOVERNMENT', jurisdiction: where, national: false, idWords: [] },
    };
  }
  // 各区, 各县: every body of a lower tier, as one actor of the jurisdiction.
  const level = core(parts).at(-1)?.token;
  if (det === undefined || level?.type !== 'LEVEL') return null;
  const j = ctx.jurisdiction === NATIONAL ? null : ctx.jurisdiction;
  return {
    type: 'actor',
    spec: { name: written, written, nameEn: capitalise(`${det.token?.type === 'DET' ? det.token.determiner.en : ''} ${plural(level.level.en)}`.trim()), kind: 'LOCAL_GOVERNMENT', jurisdiction: j, national: j === null, idWords: words(written, ctx) },
  };
}

function composeBody(parts: readonly PhrasePart[], ctx: ComposeContext): ActorSpec {
  const placing = place(parts, ctx);
  const substantive = core(parts);
  const last = substantive.at(-1)!;
  const head = last.token?.type === 'HEAD' ? last.token.head : null;
  const zoned = parts.some((p) => p.type === 'ZONE' || p.type === 'ZONE_NAME' || (p.token?.type === 'TERM' && p.token.entry.actor !== null));
  const kind = refineKind(head, last, placing, zoned);

  const written = parts
    .filter((p) => !(p.type === 'DET' && p.token?.type === 'DET' && p.token.determiner.strip) && !(p.type === 'OF' && p.word === '其') && !(p.type === 'LOC' && p.word !== '所在'))
    // 各片区所在州…人民政府 is the 片区所在州…人民政府: a quantified term modifying a head loses its 各.
    .map((p, index, kept) => (p.type === 'TERM' && index < kept.length - 1 ? p.word.replace(/^各/, '') : p.word))
    .join('');
  let name = written;
  let jurisdiction: Jurisdiction | null;
  if (placing.national) jurisdiction = null;
  else if (placing.jurisdiction !== null) jurisdiction = placing.jurisdiction;
  else if (placing.ownLevel !== null || zoned || placing.lower || STATE_KINDS.has(head?.kind ?? kind) || last.type === 'ZONE_NAME') jurisdiction = ctx.jurisdiction;
  else jurisdiction = null;
  if (jurisdiction === NATIONAL) jurisdiction = null;
  const national = placing.national || (jurisdiction === null && ctx.jurisdiction === NATIONAL && STATE_KINDS.has(head?.kind ?? kind));
  if (placing.ownLevel !== null && jurisdiction !== null) name = jurisdiction.name + written.slice(written.indexOf(placing.ownLevel.word) + placing.ownLevel.word.length);

  return { name, written, nameEn: english(parts, placing, ctx), kind, jurisdiction, national, idWords: idWords(name, jurisdiction, ctx) };
}

function refineKind(head: HeadWord | null, last: PhrasePart, placing: Placing, zoned: boolean): ActorKind {
  if (last.type === 'ZONE_NAME') return 'ZONE';
  if (head === null) return 'OTHER';
  switch (head.kind) {
    case 'GOVERNMENT':
      if (placing.national) return 'CENTRAL_AGENCY';
      return placing.lower ? 'LOCAL_GOVERNMENT' : placing.ownLevel !== null || placing.jurisdiction !== null ? 'REGIONAL_GOVERNMENT' : 'LOCAL_GOVERNMENT';
    case 'DEPARTMENT':
      return placing.national ? 'CENTRAL_AGENCY' : 'DEPARTMENT';
    case 'ZONE_AUTHORITY':
      return zoned ? 'ZONE_AUTHORITY' : placing.national ? 'CENTRAL_AGENCY' : 'DEPARTMENT';
    case 'INSTITUTION':
      if (zoned && /管理|管委/.test(head.word)) return 'ZONE_AUTHORITY';
      return placing.national ? 'CENTRAL_AGENCY' : 'INSTITUTION';
    case 'OTHER':
      // 中央驻疆单位: units of the central state.
      return placing.national ? 'CENTRAL_AGENCY' : 'OTHER';
    default:
      return head.kind;
  }
}

/** The name cut at vocabulary words, without the jurisdiction's own name, for the id. */
function idWords(name: string, jurisdiction: Jurisdiction | null, ctx: ComposeContext): string[] {
  let rest = name;
  if (jurisdiction?.division != null) {
    const { division } = jurisdiction;
    const bracketed = new RegExp(`^中国（(?:${division.name}|${division.short})）`);
    if (bracketed.test(rest)) rest = rest.replace(bracketed, '');
    else if (rest.startsWith(division.name)) rest = rest.slice(division.name.length);
    else if (rest.startsWith(division.short)) rest = rest.slice(division.short.length);
  }
  return words(rest, ctx);
}

/** A name cut into vocabulary words and runs of other text. */
export function words(text: string, ctx: Pick<ComposeContext, 'lexicon'>): string[] {
  const out: string[] = [];
  let run = '';
  let p = 0;
  while (p < text.length) {
    const token = tokenAt(text, p, text.length, ctx.lexicon, false);
    if (token.type === 'CHAR') {
      run += token.word;
    } else {
      if (run !== '') out.push(run);
      run = '';
      if (token.type !== 'PUNCT' && token.type !== 'OPEN' && token.type !== 'CLOSE') out.push(token.word);
    }
    p = token.end;
  }
  if (run !== '') out.push(run);
  return out;
}

// English ---------------------------------------------------------------------------------------------------

function tierNoun(jurisdiction: Jurisdiction): string {
  switch (jurisdiction.tier) {
    case 'municipality':
      return 'Municipality';
    case 'province':
      return 'Province';
    case 'autonomous-region':
      return 'Autonomous Region';
    case 'sar':
      return 'Special Administrative Region';
    default:
      return '';
  }
}

const plural = (word: string): string => (word.endsWith('s') ? word : `${word}s`);

function capitalise(text: string): string {
  return text === '' ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** English of a zone name: 中国（上海）自由贸易试验区 → China (Shanghai) Pilot Free Trade Zone. */
export function zoneNameEnglish(part: PhrasePart, ctx: Pick<ComposeContext, 'vocabulary'>): string {
  const zone = part.token?.type === 'ZONE' ? part.token.zone : null;
  const zoneEn = zone?.en ?? '';
  const prefix = part.word.slice(0, part.word.length - (zone?.word.length ?? 0));
  const placeEn = (text: string): string => {
    const division = ctx.vocabulary.divisions.find((d) => text.startsWith(d.name) || text.startsWith(d.short));
    if (division === undefined) return pinyinName(text);
    const used = text.startsWith(division.name) ? division.name : division.short;
    const rest = text.slice(used.length);
    return rest === '' ? division.en.split(' ')[0]! : `${division.en.split(' ')[0]} ${pinyinName(rest)}`;
  };
  const bracketed = /^中国（([^（）]+)）$/.exec(prefix);
  if (bracketed !== null) return `China (${placeEn(bracketed[1]!)}) ${zoneEn}`;
  return `${placeEn(prefix)} ${zoneEn}`.trim();
}

function english(parts: readonly PhrasePart[], placing: Placing, ctx: ComposeContext): string {
  // Segments end at each head that more of the name follows: 市人民政府 | 其他有关部门.
  const segments: PhrasePart[][] = [[]];
  parts.forEach((part, index) => {
    segments.at(-1)!.push(part);
    // 市人民政府 | 其他有关部门: a head that more of the name follows; but 律师事务所, 第三方机构 (a head right
    // before another) is one name whose first head is a modifier.
    const next = parts[index + 1];
    if ((part.type === 'HEAD' || part.type === 'BODY') && next?.type !== 'HEAD' && parts.slice(index + 1).some((p) => p.type === 'HEAD')) segments.push([]);
  });
  const phrases = segments.filter((s) => core(s).length > 0).map((segment) => segmentEnglish(segment, placing, ctx));
  let text = phrases.at(-1) ?? '';
  for (let i = phrases.length - 2; i >= 0; i--) text = `${text} of the ${phrases[i]}`;
  return capitalise(text.replace(/\s+/g, ' ').trim());
}

function segmentEnglish(segment: readonly PhrasePart[], placing: Placing, ctx: ComposeContext): string {
  const own = ctx.jurisdiction;
  const mods: string[] = [];
  /** Determiners go first in English whatever stands before them in Chinese (本市有关部门 → Relevant …). */
  const dets: string[] = [];
  let named = false;
  let where: string | null = null;
  let isPlural = false;
  let head: HeadWord | null = null;
  let afterPlace = false;
  for (const part of segment) {
    const token = part.token;
    switch (part.type) {
      case 'DET':
        if (token?.type === 'DET') {
          if (token.determiner.en !== '') dets.push(token.determiner.en);
          isPlural ||= token.determiner.plural;
        }
        break;
      case 'LEVEL':
        if (token?.type === 'LEVEL') {
          if (afterPlace) break;
          const isOwn = own !== NATIONAL && (token.level.self || ownTierWords(own).includes(token.word));
          if (isOwn) mods.push(`${own.en} ${tierAdjective(own.tier)}`.trim());
          else {
            mods.push(token.level.en);
            // 区人民政府 is every district's; 浦东新区人民政府 is one.
            if (token.level.level !== 'national' && !named) isPlural = true;
          }
        }
        break;
      case 'PLACE':
        if (token?.type === 'PLACE') {
          // 上海市人民政府 → Shanghai Municipal …; 上海地区金融机构 → Shanghai financial institutions.
          const next = segment[segment.indexOf(part) + 1];
          mods.push(next?.type === 'HEAD' ? `${token.division.en} ${tierAdjective(token.division.tier)}`.trim() : token.division.en);
          afterPlace = true;
          named = true;
        }
        break;
      case 'PORTFOLIO':
        if (token?.type === 'PORTFOLIO') mods.push(token.portfolio.en);
        break;
      case 'FREE':
        mods.push(pinyinName(part.word));
        named = true;
        break;
      case 'ZONE_NAME':
        mods.push(zoneNameEnglish(part, ctx));
        break;
      case 'ZONE':
        if (token?.type === 'ZONE') mods.push(token.zone.en);
        break;
      case 'TERM':
        if (token?.type === 'TERM' && token.entry.actor !== null) mods.push(ctx.englishOf(token.entry.actor) ?? pinyinName(part.word));
        break;
      case 'BODY':
        if (token?.type === 'BODY') mods.push(token.body.en);
        break;
      case 'LOC':
        // 片区所在州…人民政府: what stands before 所在 says where; a leading 区内 says nothing here.
        if (part.word === '所在') where = mods.splice(0).join(' ');
        break;
      case 'HEAD':
        if (token?.type === 'HEAD') {
          if (head !== null) mods.push(head.en.replace('{}', '').trim().toLowerCase());
          head = token.head;
        }
        break;
      default:
        break;
    }
  }
  if (head === null) return [...dets, ...mods].join(' ');
  // Roles and institutions are classes (enterprises); a lower tier without a name is every body of it.
  const isClass = head.role || ['INSTITUTION', 'ENTERPRISE', 'PERSON', 'OTHER'].includes(head.kind);
  const template = isPlural || isClass || (placing.lower && !named) ? head.plural : head.en;
  const modifiers = [...dets, ...mods].join(' ');
  const filled = template.includes('{}') ? template.replace('{}', modifiers) : `${modifiers} ${template}`;
  return where === null ? filled : `${filled} where the ${where} is located`;
}
