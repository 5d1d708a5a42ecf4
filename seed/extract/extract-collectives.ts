// Membership by enumeration: in 海关、出入境边防检查、金融、税务、民航、邮政管理等中央驻疆单位 every
// item before 等<collective> is a member of the collective. Inside such an enumeration bare words that
// mean something else elsewhere (金融, 民航) name their agency, so the items come back as forced spans
// for the mention finder. An item the registry does not know becomes an actor of the collective's kind.
import type { EntitySpan } from './find-mentions.ts';
import { MARKER_WORDS } from './detect-modality.ts';
import { addMembers, ensureActor, type Registry } from './registry.ts';
import type { TextUnit } from './text-units.ts';

const BOUNDARY = /[，。；：（）《》“”]/;
const LEADING_WORDS = [...MARKER_WORDS, '由', '对', '向', '为', '与', '在', '将', '会同', '按照', '根据', '组织', '协调'];
/** An unknown item longer than this is more likely a phrase than a name. */
const MAX_NEW_NAME = 10;

/** Finds 等<collective> enumerations in one unit, records the members and returns the item spans. */
export function extractCollectiveMembers(unit: TextUnit, spans: readonly EntitySpan[], registry: Registry): EntitySpan[] {
  const forced: EntitySpan[] = [];
  for (const span of spans) {
    const collective = registry.actors.get(span.target);
    if (span.kind !== 'actor' || collective === undefined || !collective.collective || unit.norm[span.start - 1] !== '等') continue;
    const listEnd = span.start - 1;
    let listStart = listEnd;
    while (listStart > 0 && !BOUNDARY.test(unit.norm[listStart - 1]!)) listStart--;
    const items = splitItems(unit.norm, listStart, listEnd);
    if (items.length < 2) continue;
    const members: string[] = [];
    items.forEach(([start, end], index) => {
      const item = matchItem(unit, start, end, index === 0, registry, collective.kind);
      if (item === null) return;
      forced.push(item);
      members.push(item.target);
    });
    addMembers(registry, collective.id, members);
  }
  return forced;
}

function splitItems(norm: string, start: number, end: number): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (norm[i] === '、') {
      items.push([from, i]);
      from = i + 1;
    }
  }
  items.push([from, end]);
  return items.filter(([a, b]) => b > a);
}

function matchItem(
  unit: TextUnit,
  start: number,
  end: number,
  first: boolean,
  registry: Registry,
  kind: Parameters<typeof ensureActor>[2],
): EntitySpan | null {
  const form = unit.norm.slice(start, end);
  const exact = registry.actorForms.get(form);
  if (exact !== undefined) return { start, end, target: exact, kind: 'actor' };
  if (first) {
    // The first item may carry the words before the list (鼓励海关、…): take the longest known suffix.
    for (let from = start + 1; from < end; from++) {
      const target = registry.actorForms.get(unit.norm.slice(from, end));
      if (target !== undefined) return { start: from, end, target, kind: 'actor' };
    }
    // Unknown first item: a name only if no verb or preposition leads into the list.
    if (LEADING_WORDS.some((word) => form.startsWith(word))) return null;
  }
  if (form.length > MAX_NEW_NAME) return null;
  return { start, end, target: ensureActor(registry, unit.text.slice(start, end), kind), kind: 'actor' };
}
