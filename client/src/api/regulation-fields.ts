// What the picker, the header, the reader's front matter and the exports say about a regulation: shared by the
// catalog query (operations.ts) and the reader's text query (text-operations.ts).
import { graphql } from './graphql.ts';

export const RegulationMetaFields = graphql(`
  fragment RegulationMetaFields on Regulation @_unmask {
    key
    title
    issuer
    adopted
    promulgated
    noticeNumber
    effective
  }
`);
