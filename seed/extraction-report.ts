// The review a researcher reads before trusting an extraction (`npm run extract -- FILE --report`): how many
// bearers each rule found, every obligation whose subject the rules could not place (with its words), and
// notes that named nothing. Pure: a graph in, text out.
import { BEARER_METHODS, type ExtractedGraph } from './types.ts';

export function describeExtraction(graph: ExtractedGraph, unusedNotes: readonly string[] = []): string {
  const lines: string[] = [`${graph.regulation.title}: ${graph.articles.length} articles, ${graph.obligations.length} obligations, ${graph.actors.length} actors, ${graph.industries.length} industries`, ''];
  lines.push('bearers found by');
  for (const method of BEARER_METHODS) {
    const count = graph.obligations.filter((o) => o.bearerMethod === method).length;
    if (count > 0) lines.push(`  ${method.padEnd(18)} ${count}`);
  }
  const unresolved = graph.obligations.filter((o) => o.bearerMethod === 'UNRESOLVED');
  lines.push('', `unresolved subjects (${unresolved.length}): the clause has a subject that names no actor; no bearer is guessed`);
  for (const o of unresolved) lines.push(`  第${o.article}条第${o.paragraph}款${o.item !== null ? `第${o.item}项` : ''}\t${o.modality}\t${o.subject ?? ''}`);
  const none = graph.obligations.filter((o) => o.bearerMethod === 'NONE');
  lines.push('', `obligations that name no bearer (${none.length})`);
  for (const o of none) lines.push(`  第${o.article}条第${o.paragraph}款${o.item !== null ? `第${o.item}项` : ''}\t${o.modality}\t${o.text.slice(0, 30)}`);
  if (unusedNotes.length > 0) lines.push('', `notes naming nothing the rules found (${unusedNotes.length}): ${unusedNotes.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
