import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { invariant } from '../../domain/errors';
import { run } from './neo4j-cypher';
import type { Runner } from './neo4j-cypher';
import { isEquivalentSchemaRule } from './neo4j-errors';
import { fillRelationRanks } from './neo4j-ranks';
import { fillClaimKeys } from './neo4j-claim-order';
import { fillClaimPeriods } from './neo4j-claim-periods';
import { fillDegrees } from './neo4j-entity-degrees';
import { fillNameHeads } from './neo4j-name-heads';
import { fillStrengthKeys } from './neo4j-strength-keys';
import { text } from './neo4j-records';

/** schema/neo4j at the repository root, found from here in src/ and in dist/. */
function schemaFolder(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'schema', 'neo4j'))) {
    const parent = dirname(folder);
    invariant(parent !== folder, `schema/neo4j not found above ${__dirname}`);
    folder = parent;
  }
  return join(folder, 'schema', 'neo4j');
}

/**
 * The statements of every `NNN_name.cypher` file, in file order: `//`
 * comment lines dropped, statements ended by a `;` at the end of a line.
 */
function fileStatements(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => /^\d{3}_.+\.cypher$/.test(file))
    .sort()
    .flatMap((file) =>
      readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('//'))
        .join('\n')
        .split(/;\s*$/m)
        .map((statement) => statement.trim())
        .filter((statement) => statement !== ''),
    );
}

/** A later migration's `DROP INDEX|CONSTRAINT name IF EXISTS`, giving the name. */
const DROP = /^DROP\s+(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF EXISTS$/i;

/** The schema's indexes and constraints: every `CREATE` of the schema files, in file order. */
export function schemaStatements(folder = schemaFolder()): string[] {
  return fileStatements(folder).filter((statement) => !DROP.test(statement));
}

/**
 * The indexes and constraints a later migration drops (`DROP … IF EXISTS`), by name: a
 * graph started before still has them, and every write would keep their entries.
 */
export function droppedSchemaRules(folder = schemaFolder()): Map<string, string> {
  return new Map(
    fileStatements(folder).flatMap((statement) => {
      const name = DROP.exec(statement)?.[1];
      return name === undefined ? [] : [[name, statement] as const];
    }),
  );
}

/** The name a schema statement gives its index or constraint; every statement must name one. */
export function schemaRuleName(statement: string): string {
  const name = /^CREATE\s+(?:\w+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)\s+IF NOT EXISTS\b/i.exec(
    statement,
  )?.[1];
  invariant(name !== undefined, `schema statement without a name and IF NOT EXISTS: ${statement}`);
  return name;
}

async function existingRuleNames(session: Runner): Promise<Set<string>> {
  const constraints = await run(session, { text: 'SHOW CONSTRAINTS YIELD name', params: {} });
  const indexes = await run(session, { text: 'SHOW INDEXES YIELD name', params: {} });
  return new Set([...constraints, ...indexes].map((row) => text(row, 'name')));
}

/**
 * Drops the indexes and constraints a later migration drops where they
 * still exist, then creates the schema's indexes and constraints that do
 * not exist yet (of those `only` keeps) and waits until every index is online.
 */
export async function createMissingRules(
  session: Runner,
  only: (statement: string) => boolean = () => true,
): Promise<void> {
  const existing = await existingRuleNames(session);
  for (const [name, statement] of droppedSchemaRules())
    if (existing.has(name)) await run(session, { text: statement, params: {} });
  for (const statement of schemaStatements().filter(only)) {
    if (existing.has(schemaRuleName(statement))) continue;
    try {
      await run(session, { text: statement, params: {} });
    } catch (error) {
      if (!isEquivalentSchemaRule(error)) throw error;
    }
  }
  await run(session, { text: 'CALL db.awaitIndexes(300)', params: {} });
}

/**
 * Creates the indexes and constraints that do not exist yet, each in its
 * own auto-commit transaction (schema and data changes cannot share one),
 * then waits until every index is online, so that the first search after
 * a start finds what is stored (Cypher Manual, "Full-text indexes";
 * Operations Manual, procedure `db.awaitIndexes`), and gives name heads
 * and degrees to entities, ranks and strength keys to relations, and their place in article-date
 * order, their roles' entity ids and their period to claims stored before they existed
 * (neo4j-name-heads.ts, neo4j-entity-degrees.ts, neo4j-ranks.ts,
 * neo4j-strength-keys.ts, neo4j-claim-order.ts, neo4j-claim-periods.ts), each once, as a :StoreUpgrade records
 * (neo4j-store-upgrades.ts). Rules are matched by
 * name, which spares a round trip per rule on every start; each statement
 * also says IF NOT EXISTS, and a replica creating the same rule at the
 * same moment is told it exists, which is what it wanted.
 */
export async function applySchema(session: Runner): Promise<void> {
  await createMissingRules(session);
  await fillNameHeads(session);
  await fillDegrees(session);
  await fillRelationRanks(session);
  await fillStrengthKeys(session);
  await fillClaimKeys(session);
  await fillClaimPeriods(session);
}
