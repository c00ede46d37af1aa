import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildGraphSchema } from './schema';

const HEADER =
  '# Generated from the code by `npm run schema:emit`; do not edit. A test fails when it drifts.\n\n';

/** The schema as committed in schema/schema.graphql: sorted, so that diffs are meaningful. */
export async function printGraphSchema(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildGraphSchema())) + '\n';
}
