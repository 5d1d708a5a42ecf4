// Patterns of the text around a regulation's body (title line, notes, notices, dates) that more than one parse
// step reads: where the body ends (trailer-lines.ts, walk-body.ts) and the metadata (read-metadata.ts).

/** Kinds of regulation as named in titles and in 本条例/本办法… (traditional forms included). */
export const KINDS = '条例|條例|办法|辦法|规定|規定|细则|細則|规则|規則|决定|決定|法';
/** A date with Arabic or Chinese numerals (二〇二五年六月三日); groups: year, month, day. */
export const DATE =
  '([0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})年([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日';
export const DATE_RE = new RegExp(DATE, 'u');
export const DATE_LINE_RE = new RegExp(`^${DATE}$`, 'u');

export const SENTENCE_PUNCTUATION = /[。，；！？：,;!?]/u;
export const TITLE_LINE_RE = new RegExp(`^[^。，；！？：,;!?]{2,80}(?:${KINDS})$`, 'u');
export const CONTINUED_FROM_RE = /^[（(](?:上接|下转|下轉|接第|转第|轉第|续第|續第)/u;
export const NOTICE_NUMBER_LINE_RE = /^[（(]?(第[0-9０-９零〇一二三四五六七八九十百千]+[号號])[）)]?$/u;
