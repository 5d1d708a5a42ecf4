// PROVISIONAL until schema.graphql lands: replaced by types derived from the generated introspection.
export type ActorKind =
  | 'LEADING_GROUP'
  | 'OFFICE'
  | 'ZONE'
  | 'REGIONAL_GOVERNMENT'
  | 'LOCAL_GOVERNMENT'
  | 'DEPARTMENT'
  | 'CENTRAL_AGENCY'
  | 'ZONE_AUTHORITY'
  | 'INSTITUTION'
  | 'OTHER';
export type Modality = 'SHALL' | 'RESPONSIBLE' | 'MAY' | 'SUPPORT' | 'ENCOURAGE' | 'MUST_NOT';
