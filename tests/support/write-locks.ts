import Database from 'better-sqlite3';
import neo4j from 'neo4j-driver';
import { entityId } from '../../src/domain/ids';
import type { Neo4jTarget } from './neo4j';

/** Releases a lock a test holds. */
export type ReleaseLock = () => Promise<void>;

/**
 * Another connection's write transaction on the SQLite file: the store's
 * writer waits for it, however fast the machine is.
 */
export function holdSqliteWriteLock(file: string): Promise<ReleaseLock> {
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  return Promise.resolve(() => {
    other.exec('ROLLBACK');
    other.close();
    return Promise.resolve();
  });
}

/**
 * An open Neo4j transaction that wrote Sylvania (whom the SECOND fixture
 * names): the store's write of SECOND waits for its entity lock.
 */
export async function holdNeo4jWriteLock(target: Neo4jTarget): Promise<ReleaseLock> {
  const { uri, user, password, database } = target;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  await tx.run('MATCH (e:Entity {id: $id}) SET e.heldByTest = true', {
    id: entityId('COUNTRY', 'Sylvania'),
  });
  return async () => {
    await tx.rollback();
    await session.close();
    await driver.close();
  };
}
