// Radicals → the ideographs they look like, for text taken from a PDF. Fonts draw 一 (U+4E00) and the Kangxi
// radical ⼀ (U+2F00), or 门 and ⻔ (U+2ED4), with the same glyph, and a PDF writer that builds its ToUnicode
// map from the font's cmap may pick the radical (Chromium does for Noto CJK: ⼈⺠政府, 部⻔): the text then
// looks right but matches no word. Character for character, so lines and lengths are unchanged.

/**
 * CJK Radicals Supplement characters that are whole characters in running text, with the ideograph their
 * Unicode name says they are (as in Unicode's EquivalentUnifiedIdeograph.txt): the simplified standalone
 * forms (C-SIMPLIFIED SEE → 见) and the few others drawn exactly like a character. Component-only forms
 * (⺅ ⺡ ⻌ …) are left alone: no running text is made of them.
 */
const SUPPLEMENT: Readonly<Record<string, string>> = {
  '⺊': '卜', '⺟': '母', '⺠': '民', '⺩': '王', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车',
  '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马',
  '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻫': '斉',
  '⻬': '齐', '⻭': '歯', '⻮': '齿', '⻯': '竜', '⻰': '龙', '⻲': '亀', '⻳': '龟',
};

// Kangxi Radicals (U+2F00–U+2FD5) all have a compatibility decomposition to their ideograph: NFKC, applied to
// them alone (NFKC on the whole text would also turn full-width punctuation （：； into ASCII).
const RADICAL_RE = /[\u2E80-\u2EF3\u2F00-\u2FD5]/gu;

export function unifyRadicals(text: string): string {
  return text.replace(RADICAL_RE, (radical) => SUPPLEMENT[radical] ?? radical.normalize('NFKC'));
}
