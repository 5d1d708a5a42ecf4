// Industries: lists, the zones that develop them, and the obligations that concern them.
import type { Modality } from '../../seed/types.ts';
import { NAME_MATCHES, ZONE_INDUSTRY, type ZoneIndustryRow } from './actors.ts';
import { defineQuery, PAGE_TAIL, type PageParams, type PageRow } from './named-query.ts';
import { INDUSTRY, OBLIGATION, OBLIGATION_ORDER, type IndustryRow, type ObligationRow } from './rows.ts';

type Keys = { keys: readonly string[] };

export const INDUSTRIES_PAGE = defineQuery<PageParams & { search: string | null }, PageRow<IndustryRow>>(
  'industriesPage',
  `MATCH (i:Industry) WHERE ${NAME_MATCHES('i')}
   WITH i ORDER BY i.id
   WITH collect(${INDUSTRY('i')}) AS items
   ${PAGE_TAIL}`,
);

export const ZONES_DEVELOPING_INDUSTRIES = defineQuery<Keys, { key: string; link: ZoneIndustryRow }>(
  'zonesDevelopingIndustries',
  `UNWIND $keys AS key
   MATCH (z:Actor)-[d:DEVELOPS]->(i:Industry {id: key})
   RETURN key, ${ZONE_INDUSTRY('z', 'd', 'i')} AS link ORDER BY z.id, d.article, d.paragraph`,
);

export const OBLIGATIONS_CONCERNING_INDUSTRIES = defineQuery<
  Keys & PageParams & { modalities: Modality[] | null },
  { key: string } & PageRow<ObligationRow>
>(
  'obligationsConcerningIndustries',
  `UNWIND $keys AS key
   OPTIONAL MATCH (o:Obligation)-[:CONCERNS]->(:Industry {id: key})
   WHERE $modalities IS NULL OR o.modality IN $modalities
   WITH key, o ORDER BY ${OBLIGATION_ORDER('o')}
   WITH key, collect(${OBLIGATION('o')}) AS items
   RETURN key, size(items) AS total, items[$offset..($offset + $limit)] AS page`,
);
