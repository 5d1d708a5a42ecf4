// The id a regulation is loaded under when it comes from a researcher's file: regulation:<slug of the file
// name>, so that re-seeding the same file replaces that regulation and links to it stay valid. Chinese is read
// as toneless pinyin the way entity ids are (seed/extract/slug.ts), so 对外贸易法.docx gets a readable id too.
import { slugWords } from './extract/slug.ts';

/** Ids stay short enough to read in a URL; longer names are cut at a word boundary. */
export const MAX_SLUG_LENGTH = 60;

export class RegulationIdError extends Error {
  override name = 'RegulationIdError';
}

/** `regulation:shanghai-ftz-regulations-2014` for `path/to/Shanghai FTZ Regulations (2014).txt`. */
export function regulationIdForFile(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const slug = cutAtWord(slugOf(stem), MAX_SLUG_LENGTH);
  if (slug === '') {
    throw new RegulationIdError(
      `cannot make a regulation id from the file name "${base}": it has no letters, digits or Chinese characters; ` +
        'rename the file or give --id regulation:<slug>',
    );
  }
  return `regulation:${slug}`;
}

function slugOf(stem: string): string {
  // NFKD turns full-width letters and digits (２０２２, ＦＴＺ) into ASCII and splits accents off letters.
  const plain = stem.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  const parts: string[] = [];
  for (const [, ascii, han] of plain.matchAll(/([a-z0-9]+)|(\p{Script=Han}+)/gu)) {
    const part = ascii ?? slugWords([han!]);
    if (part !== '') parts.push(part);
  }
  return parts.join('-');
}

/** The slug up to `max` characters, ending at a whole word (at a '-') unless one word alone is longer. */
function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const boundary = slug.lastIndexOf('-', max);
  return (boundary > 0 ? slug.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '');
}
