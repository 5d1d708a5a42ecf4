// Interface text of the actors-only view (actors linked by what they share), in 中文 and English. Spread into
// i18n.ts's messages, kept apart so that each file reads in one sitting.

export const ACTOR_NETWORK_ZH = {
  actorsOnly: '仅显示主体',
  actorsOnlyHint: '只画主体，按共担的义务、会同、对另一主体的支持和隶属关系相连，边上标出义务数',
  actorLinkCoBears: '共担 {n}',
  actorLinkJointly: '（会同 {n}）',
  actorLinkBenefits: '惠及 {n}',
  actorLinkMember: '属于',
  actorLinkTitleCoBears: '共同承担义务',
  actorLinkTitleBenefits: '承担惠及对方的义务',
  actorLinkTitleMember: '隶属',
  actorLinkDuties: '这条边背后的义务',
  actorLinkJointlyNote: '其中 {n} 项以“会同”规定',
  actorLinkMemberNote: '隶属关系本身不附带义务。',
} as const;

export const ACTOR_NETWORK_EN: Record<keyof typeof ACTOR_NETWORK_ZH, string> = {
  actorsOnly: 'Actors only',
  actorsOnlyHint: 'Draw only actors, linked by the duties they share, 会同 (jointly with), support of another and membership, with counts',
  actorLinkCoBears: 'co-bear {n}',
  actorLinkJointly: ' (jointly {n})',
  actorLinkBenefits: 'benefits {n}',
  actorLinkMember: 'member of',
  actorLinkTitleCoBears: 'Share duties',
  actorLinkTitleBenefits: 'Bears duties that benefit the other',
  actorLinkTitleMember: 'Member of',
  actorLinkDuties: 'The duties behind this link',
  actorLinkJointlyNote: '{n} of them stated with 会同 (jointly with)',
  actorLinkMemberNote: 'Membership carries no duty of its own.',
};
