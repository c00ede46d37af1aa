import { invariant } from '../domain/errors';
import { foldText } from '../domain/ids';
import type { GraphStore } from '../store/graph-store';
import { ENTITY_FIELDS } from './entity-fields';
import type { Field } from './relation-fields';
import { RELATION_FIELDS } from './relation-fields';
import { relationSummaries } from './relation-summaries';
import { storeItems } from './store-pages';

/**
 * The graph an analyst traverses, as GraphML (GraphML Primer, graphdrawing.org):
 * entities are nodes, relations are directed edges, each with the
 * properties of ENTITY_FIELDS and RELATION_FIELDS declared as typed keys.
 * A relation whose object is a value ("no comment" on something) ends on
 * a node of kind VALUE named by that value, one per folded value as in the
 * Neo4j store. Streamed: one page of the store at a time; `counted` hears
 * of each node and edge written.
 */
export async function* graphml(
  store: GraphStore,
  counted: (kind: 'nodes' | 'edges') => void = () => undefined,
): AsyncGenerator<string> {
  yield `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${keys('node', ENTITY_FIELDS)}${keys('edge', RELATION_FIELDS)}  <graph id="kg" edgedefault="directed">
`;
  for await (const entity of storeItems(store, 'entities')) {
    counted('nodes');
    yield element('node', { id: entity.id }, ENTITY_FIELDS, entity);
  }
  // Only relations to a value need it: a handful of distinct values (what
  // someone declined to comment on), far fewer than relations.
  const values = new Set<string>();
  for await (const summary of relationSummaries(store)) {
    const { relation } = summary;
    let target = relation.objectId;
    if (target === null) {
      invariant(relation.objectValue !== null, `relation ${relation.id} has no object`);
      target = `value:${foldText(relation.objectValue)}`;
      if (!values.has(target)) {
        values.add(target);
        counted('nodes');
        yield element('node', { id: target }, VALUE_FIELDS, relation.objectValue);
      }
    }
    counted('edges');
    yield element(
      'edge',
      { id: relation.id, source: relation.subjectId, target },
      RELATION_FIELDS,
      summary,
    );
  }
  yield '  </graph>\n</graphml>\n';
}

/** A value node has a kind and a name, under the same keys as an entity's. */
const VALUE_FIELDS: readonly Field<string>[] = [
  { name: 'kind', type: 'string', value: () => 'VALUE' },
  { name: 'name', type: 'string', value: (value) => value },
];

function keys<T>(domain: 'node' | 'edge', fields: readonly Field<T>[]): string {
  return fields
    .map(
      (f) =>
        `  <key id="${domain[0]}_${f.name}" for="${domain}" attr.name="${f.name}" attr.type="${f.type}"/>\n`,
    )
    .join('');
}

function element<T>(
  tag: 'node' | 'edge',
  attributes: Readonly<Record<string, string>>,
  fields: readonly Field<T>[],
  item: T,
): string {
  const open = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  const data = fields.flatMap((f) => {
    const value = f.value(item);
    return value === null
      ? []
      : [`<data key="${tag[0]}_${f.name}">${escapeXml(String(value))}</data>`];
  });
  return `    <${tag}${open}>${data.join('')}</${tag}>\n`;
}

/**
 * Escapes markup, and drops the characters XML 1.0 cannot hold at all
 * (C0 controls other than tab, newline and return; lone surrogates; U+FFFE/F).
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
