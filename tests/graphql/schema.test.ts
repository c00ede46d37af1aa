import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printGraphSchema } from '../../src/graphql/print-schema';

test('schema/schema.graphql is the schema the code builds (run npm run schema:emit when this fails)', async () => {
  const committed = readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8');
  expect(committed).toBe(await printGraphSchema());
});
