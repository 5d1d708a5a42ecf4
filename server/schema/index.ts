import { builder } from './builder.ts';
import './regulation.ts';
import './article.ts';
import './document.ts';
import './actor.ts';
import './industry.ts';
import './obligation.ts';
import './matrix.ts';
import './search.ts';
import './graph-view.ts';
import './path.ts';
import './compare.ts';
import './diff.ts';
import './classification.ts';
import './actor-network.ts';

builder.queryType({
  description:
    'Read-only entry points into the knowledge graph of the seeded regulations (their 章/条/款/项, actors, zones, industries and obligations). Lists and matrices take `regulations:` to scope them. Arguments named `id`, `ids`, ' +
    '`bearer`, `beneficiary`, `industry`, `from` and `to` take stable keys (`actor:haiguan`, `industry:<pinyin-of-name>`); only `node`/`nodes` ' +
    'take Relay global ids.',
});

export const schema = builder.toSchema();
