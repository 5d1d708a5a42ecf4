// What a body several regulations share is called: chosen from every regulation's view of it (its NAMES links),
// inside the loader's write transaction whenever a regulation comes or goes.
import { KEYED_LABEL } from './graph-rows.ts';
import type { CypherRunner } from './graph-store.ts';

/**
 * A shared body's aliases are those of every regulation that names it (自贸办 is one regulation's short form).
 * Its English name, kind and GB/T code are one regulation's view, kept on each NAMES link: a regulation whose
 * notes curated them wins over rules, then the first by key, so the name does not depend on which text was
 * loaded last and comes back when the regulation that changed it is removed.
 */
export async function recomputeSharedNames(tx: CypherRunner, ids: readonly string[]): Promise<void> {
  await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${KEYED_LABEL} {id: id}) WHERE n:Actor OR n:Industry
     MATCH (reg:Regulation)-[r:NAMES]->(n)
     WITH n, r ORDER BY reg.id
     WITH n, collect(r) AS links
     WITH n, links, [r IN links WHERE r.curated] + [r IN links WHERE NOT coalesce(r.curated, false)] AS preferred,
          reduce(acc = [], r IN links | acc + [a IN coalesce(r.aliases, []) WHERE NOT a IN acc]) AS aliases
     SET n.aliases = aliases, n.aliasesText = reduce(text = '', a IN aliases | text + CASE text WHEN '' THEN '' ELSE ' ' END + a),
         n.nameEn = coalesce(head([r IN preferred WHERE r.nameEn IS NOT NULL | r.nameEn]), n.nameEn)
     WITH n, preferred
     CALL (n, preferred) {
       WITH n, preferred WHERE n:Actor
       SET n.kind = coalesce(head([r IN preferred WHERE r.kind IS NOT NULL | r.kind]), n.kind)
     }
     CALL (n, preferred) {
       WITH n, preferred WHERE n:Industry
       SET n.gbCode = coalesce(head([r IN preferred WHERE r.gbCode IS NOT NULL | r.gbCode]), n.gbCode)
     }`,
    { ids },
  );
}
