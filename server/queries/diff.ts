// What the version diff reads of two regulations: their articles, and their obligations with bearers.
import { defineQuery } from './named-query.ts';

export const VERSION_ARTICLES = defineQuery<{ keys: readonly string[] }, { regulation: string; number: number; heading: string | null; text: string }>(
  'versionArticles',
  `MATCH (a:Article) WHERE a.regulation IN $keys
   RETURN a.regulation AS regulation, a.number AS number, a.heading AS heading, a.text AS text ORDER BY a.regulation, a.number`,
);

export const VERSION_OBLIGATIONS = defineQuery<
  { keys: readonly string[] },
  { regulation: string; id: string; article: number; modality: string; text: string; bearers: string[] }
>(
  'versionObligations',
  `MATCH (o:Obligation) WHERE o.regulation IN $keys
   WITH o ORDER BY o.regulation, o.article, o.paragraph, coalesce(o.item, 0), o.id
   RETURN o.regulation AS regulation, o.id AS id, o.article AS article, o.modality AS modality, o.text AS text,
          COLLECT { MATCH (b:Actor)-[:BEARS]->(o) RETURN b.id ORDER BY b.id } AS bearers`,
);
