import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeScaleGraph } from '../../bench/scale/scale-graph';
import { importGraph } from '../../src/cli/import-command';
import { SeenIds } from '../../src/cli/ndjson/seen-ids';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { SqliteStaging } from '../../src/store/sqlite/sqlite-staging';

describe('SeenIds', () => {
  it('says no id came twice when none did, among the 30,000 of a 10 MB file', () => {
    const seen = new SeenIds(10_000_000);
    for (let n = 0; n < 15_000; n += 1) {
      seen.add('claim', `claim:${n.toString(16).padStart(24, '0')}`);
      // The same id under another kind is another key.
      seen.add('mention', `claim:${n.toString(16).padStart(24, '0')}`);
    }
    expect(seen.maybeRepeated).toBe(false);
  });

  it('always says so when an id came twice', () => {
    const seen = new SeenIds(1_000_000);
    seen.add('claim', 'claim:a');
    seen.add('claim', 'claim:b');
    expect(seen.maybeRepeated).toBe(false);
    seen.add('claim', 'claim:a');
    expect(seen.maybeRepeated).toBe(true);
  });
});

describe('kg import and repeated ids', () => {
  const folder = mkdtempSync(join(tmpdir(), 'kg-seen-ids-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function importCheckingIds(lines: readonly string[]): Promise<number> {
    const file = join(folder, 'graph.ndjson');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const sorts = jest.spyOn(SqliteStaging.prototype, 'repeatedId');
    const counts = jest.spyOn(SqliteStaging.prototype, 'groupCount');
    const store = new SqliteGraphStore(':memory:');
    try {
      await store.migrate();
      await importGraph(store, file, new PassThrough()).catch(() => undefined);
      return sorts.mock.calls.length + counts.mock.calls.length;
    } finally {
      sorts.mockRestore();
      counts.mockRestore();
      await store.close();
    }
  }

  it('sorts the ids (the exact check) and counts the articles by sorting them only when an id may repeat', async () => {
    const file = join(folder, 'scale.ndjson');
    writeScaleGraph(file, 300, 5);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(await importCheckingIds(lines)).toBe(0);
    const claim = lines.find((line) => line.startsWith('{"type":"claim"'))!;
    expect(await importCheckingIds([...lines, claim])).toBe(1);
    const article = lines.find((line) => line.startsWith('{"type":"article"'))!;
    expect(await importCheckingIds([...lines, article])).toBe(2);
  });
});
