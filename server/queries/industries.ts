// Industries: lists, the zone → industry links from either end, and the obligations that concern them.
import type { Modality } from '../../seed/types.ts';
import { NAME_MATCHES } from './actors.ts';
import { defineQuery, PAGE_OF, type PageParams, type PageRow } from './named-query.ts';
import {
  DEVELOPMENT,
  INDUSTRY,
  IN_REGULATIONS,
  NAMED_IN_REGULATIONS,
  OBLIGATION,
  OBLIGATION_ORDER,
  type DevelopmentRow,
  type IndustryRow,
  type ObligationRow,
  type RegulationScope,
} from './rows.ts';

type Keys = { keys: readonly string[] };

export const INDUSTRIES_PAGE = defineQuery<PageParams & RegulationScope & { search: string | null }, PageRow<IndustryRow>>(
  'industriesPage',
  `MATCH (i:Industry) WHERE ${NAME_MATCHES('i')} AND ${NAMED_IN_REGULATIONS('i')}
   WITH i ORDER BY i.id
   ${PAGE_OF('i', INDUSTRY('i'))}`,
);

/** Zone → industry links seen from either end: `match` binds the key to the zone or to the industry. */
const developmentsByKey = (name: string, match: string, order: string) =>
  defineQuery<Keys, { key: string; link: DevelopmentRow }>(
    name,
    `UNWIND $keys AS key
     MATCH ${match}
     RETURN key, ${DEVELOPMENT('z', 'd', 'i')} AS link ORDER BY ${order}`,
  );

export const ZONES_DEVELOPING_INDUSTRIES = developmentsByKey(
  'zonesDevelopingIndustries',
  '(z:Actor)-[d:DEVELOPS]->(i:Industry {id: key})',
  'z.id, d.regulation, d.article, d.paragraph',
);

export const INDUSTRIES_DEVELOPED_BY_ZONES = developmentsByKey(
  'industriesDevelopedByZones',
  '(z:Actor {id: key})-[d:DEVELOPS]->(i:Industry)',
  'd.regulation, d.article, d.paragraph, i.id',
);

export const OBLIGATIONS_CONCERNING_INDUSTRIES = defineQuery<
  Keys & PageParams & RegulationScope & { modalities: Modality[] | null },
  { key: string } & PageRow<ObligationRow>
>(
  'obligationsConcerningIndustries',
  `UNWIND $keys AS key
   OPTIONAL MATCH (o:Obligation)-[:CONCERNS]->(:Industry {id: key})
   WHERE ($modalities IS NULL OR o.modality IN $modalities) AND ${IN_REGULATIONS('o')}
   WITH key, o ORDER BY ${OBLIGATION_ORDER('o')}
   ${PAGE_OF('o', OBLIGATION('o'), ['key'])}`,
);
