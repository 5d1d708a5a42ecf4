// Keys of the nodes a regulation owns (its chapters, articles, paragraphs, items and obligations), scoped by
// the regulation's slug so that many regulations share one graph: article:xinjiang-ftz-2025/28. Bodies,
// industries and cited documents are shared by every regulation that names them and keep unscoped keys.

/** regulation:xinjiang-ftz-2025 → xinjiang-ftz-2025. */
export const regulationSlug = (regulationId: string): string => regulationId.replace(/^regulation:/, '');

export const chapterKey = (regulationId: string, chapter: number) => `chapter:${regulationSlug(regulationId)}/${chapter}`;
export const articleKey = (regulationId: string, article: number) => `article:${regulationSlug(regulationId)}/${article}`;
export const paragraphKey = (regulationId: string, article: number, paragraph: number) =>
  `paragraph:${regulationSlug(regulationId)}/${article}-${paragraph}`;
export const itemKey = (regulationId: string, article: number, paragraph: number, item: number) =>
  `item:${regulationSlug(regulationId)}/${article}-${paragraph}-${item}`;
/** n counts the obligations of one text (paragraph, or item); item 0 is the paragraph's own text. */
export const obligationKey = (regulationId: string, article: number, paragraph: number, item: number | null, n: number) =>
  `obligation:${regulationSlug(regulationId)}/${article}-${paragraph}-${item ?? 0}-${n}`;

const OWNED_KEY = /^(chapter|article|paragraph|item|obligation):([a-z0-9-]+)\/(\d+)(?:-\d+)*$/;

/** The regulation id a scoped key belongs to, and its first number (the article, or the chapter); null otherwise. */
export function parseOwnedKey(key: string): { kind: string; regulation: string; number: number } | null {
  const match = OWNED_KEY.exec(key);
  return match ? { kind: match[1]!, regulation: `regulation:${match[2]!}`, number: Number(match[3]) } : null;
}

/**
 * What a text is a version of: its title without spacing, book-title marks and an amendment note
 * (中华人民共和国对外贸易法（2022年修正） → 中华人民共和国对外贸易法). Texts with the same work are versions of one
 * regulation, told apart by their dates.
 */
export function workOf(title: string): string {
  return title
    .replace(/[\s\u3000]+/gu, '')
    .replace(/[《》]/gu, '')
    .replace(/[（(][^（）()]*(?:修正|修订|修改|修正本|修订本)[^（）()]*[）)]$/u, '');
}
