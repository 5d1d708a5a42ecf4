// Splits a clause's text into runs for the reader: which run names an actor or industry (a mention, with
// offsets from the API) and which belongs to an obligation (located by its exact text). Pure, so that the
// marking of the regulation text is tested without a browser.
export interface MentionMark {
  key: string;
  start: number;
  end: number;
}

export interface ObligationMark {
  key: string;
  modality: string;
  text: string;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  mention: MentionMark | null;
  obligation: (ObligationMark & { start: number; end: number }) | null;
}

/** Where each obligation's text sits in the clause; obligations whose text is not found are left out. */
export function locateObligations(text: string, obligations: readonly ObligationMark[]): (ObligationMark & { start: number; end: number })[] {
  const located: (ObligationMark & { start: number; end: number })[] = [];
  let from = 0;
  // Obligations come in reading order; searching on from the previous one keeps repeated phrases apart.
  for (const o of obligations) {
    if (!o.text) continue;
    let at = text.indexOf(o.text, from);
    if (at < 0) at = text.indexOf(o.text);
    if (at < 0) continue;
    located.push({ ...o, start: at, end: at + o.text.length });
    from = at + o.text.length;
  }
  return located;
}

export function segmentClause(text: string, mentions: readonly MentionMark[], obligations: readonly ObligationMark[]): Segment[] {
  const valid = mentions.filter((m) => m.start >= 0 && m.end <= text.length && m.end > m.start);
  const spans = locateObligations(text, obligations);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) cuts.add(m.start).add(m.end);
  for (const o of spans) cuts.add(o.start).add(o.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      mention: valid.find((m) => m.start <= start && m.end >= end) ?? null,
      obligation: spans.find((o) => o.start <= start && o.end >= end) ?? null,
    });
  }
  return segments;
}
