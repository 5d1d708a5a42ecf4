// Which annotated texts can be scored here: every test/annotations/<stem>.tsv whose text is found, the
// shipped regulation in seed/ or a corpus text in ../shared/corpus/ (REGATLAS_CORPUS_DIR overrides it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAnnotations, type AnnotatedObligation } from './annotations.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ANNOTATIONS_DIR = join(ROOT, 'test', 'annotations');
export const CORPUS_DIR = process.env.REGATLAS_CORPUS_DIR ?? join(ROOT, '..', 'shared', 'corpus');
const SEED_DIR = join(ROOT, 'seed');

export interface AnnotatedText {
  stem: string;
  /** Path of the regulation text, or null when it is not on this machine. */
  source: string | null;
  annotationFile: string;
  annotations: AnnotatedObligation[];
}

export function listAnnotatedTexts(): AnnotatedText[] {
  return readdirSync(ANNOTATIONS_DIR)
    .filter((name) => name.endsWith('.tsv'))
    .sort()
    .map((name) => {
      const stem = name.slice(0, -'.tsv'.length);
      const annotationFile = join(ANNOTATIONS_DIR, name);
      const source = [join(SEED_DIR, `${stem}.txt`), join(CORPUS_DIR, `${stem}.txt`)].find((path) => existsSync(path)) ?? null;
      return { stem, source, annotationFile, annotations: parseAnnotations(`test/annotations/${name}`, readFileSync(annotationFile, 'utf8')) };
    });
}
