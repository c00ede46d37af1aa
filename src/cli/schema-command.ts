import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { KgError } from '../domain/errors';
import { printGraphSchema } from '../graphql/print-schema';
import { defineCommand } from './command-args';

export const SCHEMA_COMMAND = defineCommand({
  name: 'schema',
  usage: `Usage: kg schema [--check]

Writes schema/schema.graphql from the code (run it from the repository's root).

Options:
  --check  only check that schema/schema.graphql is up to date (exit code 1 if not)
  --help   show this message
`,
  options: { check: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
});

/** `kg schema [--check]`. */
export async function schemaCommand(check: boolean): Promise<void> {
  const file = resolve('schema', 'schema.graphql');
  const printed = await printGraphSchema();
  if (!check) {
    writeFileSync(file, printed);
    process.stdout.write(`wrote ${file}\n`);
    return;
  }
  if (readFileSync(file, 'utf8') !== printed) {
    throw new KgError(
      'BAD_USER_INPUT',
      `${file} is out of date; run npm run schema:emit and commit it.`,
    );
  }
  process.stdout.write(`${file} is up to date\n`);
}
