import type { SentenceReading } from '../sentence-reading';

/** The first token from `from` on that is not part of a mention of entity `id`. */
export function pastMention(reading: SentenceReading, from: number, id: string): number {
  let at = from;
  while (at <= reading.graph.size && reading.mentionAt(at)?.entity.id === id) at += 1;
  return at;
}

/**
 * The token a name of several words hangs on the parse by ("Gwoza Local Government Area" by its
 * last word): up the compound and flat arcs while they stay inside the mention of entity `id`.
 */
export function nameHead(reading: SentenceReading, token: number, id: string): number {
  const { graph } = reading;
  let head = token;
  while (
    graph.is(head, 'compound', 'flat') &&
    reading.mentionAt(graph.head(head))?.entity.id === id
  )
    head = graph.head(head);
  return head;
}
