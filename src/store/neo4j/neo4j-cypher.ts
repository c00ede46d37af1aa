import { int } from 'neo4j-driver';
import type { Integer, ManagedTransaction } from 'neo4j-driver';
import { invariant } from '../../domain/errors';

/**
 * A statement and its parameters, printable for debugging. Statement texts
 * are assembled only from constant fragments of this folder; every value
 * travels as a parameter.
 */
export interface Cypher {
  readonly text: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A record's fields by column name, still to be checked by neo4j-records.ts. */
export type Fields = Readonly<Record<string, unknown>>;

/** Anything that runs Cypher: a managed transaction, or a session in auto-commit mode. */
export type Runner = Pick<ManagedTransaction, 'run'>;

export async function run(runner: Runner, query: Cypher): Promise<Fields[]> {
  const result = await runner.run<Record<string, unknown>>(query.text, query.params);
  return result.records.map((record) => record.toObject());
}

/**
 * A JavaScript number reaches Neo4j as a FLOAT, which SKIP, LIMIT, list
 * indexes and slices refuse: whole numbers go as INTEGER (neo4j-driver
 * manual, "Data types" > "Integers").
 */
export function integer(value: number): Integer {
  invariant(Number.isSafeInteger(value), `${value} is not a whole number`);
  return int(value);
}

/**
 * Nodes or relationships a fill of kept counts changes per auto-commit
 * transaction (`CALL { ... } IN TRANSACTIONS`), so that filling a large graph
 * stays within Neo4j's transaction memory (`dbms.memory.transaction.total.max`).
 */
export const FILL_BATCH = 10_000;

/** SKIP and LIMIT parameters for a page. */
export function pageParams(page: { readonly first: number; readonly offset: number }): {
  readonly first: Integer;
  readonly offset: Integer;
} {
  return { first: integer(Math.max(0, page.first)), offset: integer(Math.max(0, page.offset)) };
}

/** Far beyond the API's own caps (3 for neighborhoods, 4 for paths); guards the literal below. */
const MAX_HOPS = 10;

/**
 * The bound of a quantified path pattern must be an integer literal, not a
 * parameter (Cypher Manual, "Patterns" > "Quantified path patterns"). This
 * is the one place a number is written into a statement, after checking it
 * is a small whole number.
 */
export function hops(value: number): string {
  invariant(
    Number.isSafeInteger(value) && value >= 0 && value <= MAX_HOPS,
    `hop count ${value} is not a whole number from 0 to ${MAX_HOPS}`,
  );
  return String(value);
}

/** Far beyond the API's cap on paths (20); guards the literal below. */
const MAX_SELECTED_PATHS = 1000;

/**
 * The k of `SHORTEST k` and `SHORTEST k GROUPS` must be an integer literal
 * in Neo4j 5 (parameters there came later): written into the statement,
 * like `hops`, after checking it is a small whole number.
 */
export function selectedPaths(value: number): string {
  invariant(
    Number.isSafeInteger(value) && value >= 1 && value <= MAX_SELECTED_PATHS,
    `path count ${value} is not a whole number from 1 to ${MAX_SELECTED_PATHS}`,
  );
  return String(value);
}

/**
 * A map literal `{k: <source>.k, …}` for constant property keys. CREATE
 * with a map literal tells the planner which properties it writes, where
 * `SET n = map` may write any: with unknown keys, a later read in the same
 * statement forces an Eager that holds every row in memory first (seen in
 * PROFILE of the bulk writes).
 */
export function propertyMap(source: string, keys: readonly string[]): string {
  for (const key of keys)
    invariant(/^[A-Za-z][A-Za-z0-9]*$/.test(key), `${key} is not a property key`);
  return `{${keys.map((key) => `${key}: ${source}.${key}`).join(', ')}}`;
}
