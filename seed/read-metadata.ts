// Metadata read from the text around the body: the title line and adoption note before it, the promulgation
// notice after it; the date of entry into force also from the articles.
import { parseChineseNumeral } from './chinese-numerals.ts';
import { DATE, DATE_LINE_RE, DATE_RE, KINDS, NOTICE_NUMBER_LINE_RE, SENTENCE_PUNCTUATION, TITLE_LINE_RE } from './regulation-patterns.ts';
import type { SourceLine } from './source-lines.ts';
import { isStrongTrailerLine } from './trailer-lines.ts';
import type { Article, RegulationMeta } from './types.ts';

const PROMULGATE = '(?:公布|公佈|发布|發布|發佈|颁布|頒布|頒佈)';
const DATE_GLOBAL_RE = new RegExp(DATE, 'gu');
const DATED_PREFIX_RE = new RegExp(`^.*${DATE}`, 'u');
const IN_FORCE_ON_DATE_RE = new RegExp(`本(?:${KINDS})自${DATE}起?施行`, 'u');
const IN_FORCE_ON_PROMULGATION_RE = new RegExp(`本(?:${KINDS})自${PROMULGATE}之日起施行`, 'u');
const NOTICE_IN_FORCE_ON_DATE_RE = new RegExp(`自${DATE}起施行`, 'u');
const NOTICE_IN_FORCE_ON_PROMULGATION_RE = new RegExp(`自${PROMULGATE}之日起施行`, 'u');
const PROMULGATE_RE = new RegExp(PROMULGATE, 'u');
const NOTICE_TITLE_RE = new RegExp(`《([^《》]{2,80}?(?:${KINDS}))》(?:已由|已经|已經|业经|業經|经|經)`, 'u');
const CITED_TITLE_RE = new RegExp(`《([^《》]{2,80}?(?:${KINDS}))》`, 'u');
const ORGAN_END_RE =
  /(?:常务委员会|常務委員會|人民代表大会|人民代表大會|人民政府|委员会|委員會|办公厅|辦公廳|办公室|辦公室|政府|部|局|署|院|厅|廳)$/u;
const SESSION_RE = /第[零〇一二三四五六七八九十百0-9]+[届屆]/gu;
/** The body that met: …于 / 2025年5月28日 <body> 第二十一次会议. */
const MEETING_RE =
  /(?:日|已由|已经|已經|业经|業經|经|經)([^。，；（）()《》]{2,60}?)第[零〇一二三四五六七八九十百0-9]+次(?:全体|全體|常务|常務)?(?:会议|會議)/u;

function toIsoDate(year: string, month: string, day: string): string | null {
  try {
    const y = parseChineseNumeral(year.replace(/[ＯO]/gu, '〇'));
    const m = parseChineseNumeral(month);
    const d = parseChineseNumeral(day);
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  } catch {
    return null;
  }
}

const isoOf = (match: RegExpExecArray | null): string | null =>
  match ? toIsoDate(match[1] ?? '', match[2] ?? '', match[3] ?? '') : null;

/** The date nearest before `keyword` in the same clause (no 。；， and no other date in between). */
function findDateBefore(text: string, keyword: RegExp): string | null {
  const dates = [...text.matchAll(DATE_GLOBAL_RE)];
  for (let i = 0; i < dates.length; i++) {
    const match = dates[i]!;
    const from = match.index + match[0].length;
    const until = Math.min(dates[i + 1]?.index ?? text.length, from + 60);
    const clause = text.slice(from, until).split(/[。；，]/u)[0] ?? '';
    if (keyword.test(clause)) return toIsoDate(match[1]!, match[2]!, match[3]!);
  }
  return null;
}

/** A bare title line before the body, else 《…》 in the notice, else a title line after the body, else any 《…条例》. */
function findTitle(preamble: readonly string[], trailer: readonly string[], joined: string): string {
  const isTitle = (line: string): boolean => TITLE_LINE_RE.test(line) && !/^第.+[章节節]/u.test(line);
  const titleLine = (lines: readonly string[]): string | null => {
    const single = lines.find(isTitle);
    if (single !== undefined) return single;
    // A long title can wrap onto a second line.
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      if (SENTENCE_PUNCTUATION.test(line) || isStrongTrailerLine(line)) continue;
      if (isTitle(line + lines[i + 1]!)) return line + lines[i + 1]!;
    }
    return null;
  };
  const notice = NOTICE_TITLE_RE.exec(joined);
  const anyCited = CITED_TITLE_RE.exec(joined);
  return titleLine(preamble) ?? notice?.[1] ?? titleLine(trailer) ?? anyCited?.[1] ?? '';
}

/** A signature line naming an organ, else the notice heading (…公告, …令), else the body that met to adopt it. */
function findIssuer(lines: readonly string[], joined: string): string | null {
  const withoutSession = (name: string): string => name.replace(SESSION_RE, '');
  for (const line of lines) {
    const signature =
      line.length >= 4 && line.length <= 40 && !line.startsWith('第') && !/[。，；！？：、（）()《》“”"]/u.test(line);
    if (signature && ORGAN_END_RE.test(line)) return withoutSession(line);
  }
  for (const line of lines) {
    const heading = /^([^。，；！？：（）()《》]{4,40}?)(?:公告|令)(?:[（(]?第.+[号號][）)]?)?$/u.exec(line);
    if (heading && ORGAN_END_RE.test(withoutSession(heading[1]!))) return withoutSession(heading[1]!);
  }
  const meeting = MEETING_RE.exec(joined);
  if (meeting) {
    const name = withoutSession(meeting[1]!).replace(DATED_PREFIX_RE, '');
    if (ORGAN_END_RE.test(name)) return name;
  }
  return null;
}

/** The first date of a （…通过） note, else the date before 通过 in the notice. */
function findAdopted(joined: string): string | null {
  for (const note of joined.matchAll(/[（(]([^（）()]{4,300})[）)]/gu)) {
    if (/通[过過]/u.test(note[1]!)) {
      const date = isoOf(DATE_RE.exec(note[1]!));
      if (date) return date;
    }
  }
  return findDateBefore(joined, /通[过過]/u);
}

/** A bare date line (the notice is signed and dated), else the date before 公布/发布. */
function findPromulgated(lines: readonly string[], joined: string): string | null {
  for (const line of lines) {
    const date = isoOf(DATE_LINE_RE.exec(line));
    if (date) return date;
  }
  return findDateBefore(joined, PROMULGATE_RE);
}

/** A （第56号） line, else 第N号 after 公告/令. */
function findNoticeNumber(lines: readonly string[], joined: string): string | null {
  for (const line of lines) {
    const match = NOTICE_NUMBER_LINE_RE.exec(line);
    if (match) return match[1]!;
  }
  return /(?:公告|令)[（(]?(第[0-9０-９零〇一二三四五六七八九十百千]+[号號])/u.exec(joined)?.[1] ?? null;
}

/** 本条例自…起施行 in the articles (自公布之日起 → the promulgation date), else 自…起施行 in the notice. */
function findEffective(articlesText: string, joined: string, promulgated: string | null): string | null {
  const byArticle = isoOf(IN_FORCE_ON_DATE_RE.exec(articlesText));
  if (byArticle) return byArticle;
  if (IN_FORCE_ON_PROMULGATION_RE.test(articlesText)) return promulgated;
  const byNotice = isoOf(NOTICE_IN_FORCE_ON_DATE_RE.exec(joined));
  if (byNotice) return byNotice;
  return NOTICE_IN_FORCE_ON_PROMULGATION_RE.test(joined) ? promulgated : null;
}

/** FNV-1a, 32 bits: a short stable hash for default ids. */
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (const char of text) {
    h ^= char.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `regulation:` + a hash of the title, for when the caller gives no id. */
export function deriveRegulationId(title: string): string {
  return `regulation:${hash32(title)}`;
}

/** `id`: the caller's stable id; without one, derived from the title (or the first article's text). */
export function readMeta(
  preambleTokens: readonly SourceLine[],
  trailerTokens: readonly SourceLine[],
  articles: readonly Article[],
  id: string | undefined,
): RegulationMeta {
  const linesOf = (tokens: readonly SourceLine[]): string[] =>
    tokens.filter((t) => t.kind !== 'blank').map((t) => t.compact);
  const preamble = linesOf(preambleTokens);
  const trailer = linesOf(trailerTokens);
  const lines = [...preamble, ...trailer];
  // Joined without separators: OCR breaks lines inside names and dates.
  const joined = lines.join('');
  const title = findTitle(preamble, trailer, joined);
  const promulgated = findPromulgated(lines, joined);
  return {
    id: id ?? deriveRegulationId(title || (articles[0]?.text ?? '')),
    title,
    issuer: findIssuer(lines, joined),
    adopted: findAdopted(joined),
    promulgated,
    noticeNumber: findNoticeNumber(lines, joined),
    effective: findEffective(articles.map((a) => a.text).join('\n'), joined, promulgated),
  };
}
