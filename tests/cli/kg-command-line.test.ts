import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { writeScaleGraph } from '../../bench/scale/scale-graph';
import { runKg } from '../../src/cli/kg-main';
import { hashAccessKey } from '../../src/domain/access-key';
import { SqliteGraphStore } from '../../src/store/sqlite/sqlite-graph-store';
import { TYPESCRIPT_HOOK } from '../support/serve-process';

/** Runs `kg <argv>` in this process and collects what it wrote. */
async function kg(argv: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const collect = () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
    return { stream, text: () => chunks.join('') };
  };
  const out = collect();
  const err = collect();
  const code = await runKg(argv, { stdout: out.stream, stderr: err.stream });
  return { code, out: out.text(), err: err.text() };
}

const COMMANDS = ['serve', 'ingest', 'eval', 'export', 'import', 'schema', 'keys'] as const;

describe('kg command lines', () => {
  let dataDir: string;
  const savedDataDir = process.env['KG_DATA_DIR'];
  const savedNeo4j = process.env['NEO4J_URI'];
  beforeEach(() => {
    // A store folder that does not exist: no command below may create it.
    dataDir = join(mkdtempSync(join(tmpdir(), 'kg-cli-')), 'data');
    process.env['KG_DATA_DIR'] = dataDir;
    delete process.env['NEO4J_URI'];
  });
  afterEach(() => {
    rmSync(resolve(dataDir, '..'), { recursive: true, force: true });
    if (savedDataDir === undefined) delete process.env['KG_DATA_DIR'];
    else process.env['KG_DATA_DIR'] = savedDataDir;
    if (savedNeo4j !== undefined) process.env['NEO4J_URI'] = savedNeo4j;
  });

  test.each(COMMANDS)('kg %s --help prints its own usage and does nothing else', async (name) => {
    for (const help of ['--help', '-h']) {
      const { code, out, err } = await kg([name, help]);
      expect({ code, err }).toEqual({ code: 0, err: '' });
      expect(out).toMatch(new RegExp(`^Usage: kg ${name}\\b`, 'u'));
    }
    expect(existsSync(dataDir)).toBe(false);
  });

  test.each(COMMANDS)(
    'kg %s refuses an unknown option with its usage and exit code 2, touching no store',
    async (name) => {
      const { code, out, err } = await kg([name, '--no-such-option', 'x']);
      expect({ code, out }).toEqual({ code: 2, out: '' });
      expect(err).toContain("'--no-such-option'");
      expect(err).toMatch(new RegExp(`Usage: kg ${name}\\b`, 'u'));
      expect(existsSync(dataDir)).toBe(false);
    },
  );

  test.each([
    [['serve', 'now'], 'kg serve takes no argument'],
    [['schema', 'x'], 'kg schema takes no argument'],
    [['import'], 'kg import needs 1 argument'],
    [['import', 'a', 'b'], 'kg import takes at most 1 argument'],
    [['ingest'], 'kg ingest needs at least 1 argument'],
    [['ingest', '--extractor'], "Option '--extractor <value>' argument missing"],
    [['export', 'a', 'b'], 'kg export takes at most 1 argument'],
    [['export', '--format=svg'], '--format is "svg"; use ndjson, graphml, neo4j-csv'],
    [['export', '--format', 'neo4j-csv'], 'kg export --format neo4j-csv needs a folder'],
    [['eval', '--split', 'train'], '--split is "train"'],
    [['keys'], 'kg keys needs at least 1 argument'],
    [['keys', 'create', '--name', 'Ada'], 'kg keys create needs --name and --role'],
    [['keys', 'revoke'], 'kg keys revoke needs the id or the name of a key'],
    [['keys', 'list', 'x'], 'kg keys list takes no argument and no option'],
    [['keys', 'rotate'], 'kg keys has no subcommand "rotate"'],
  ])('kg %j is refused with exit code 2: %s', async (argv, reason) => {
    const { code, err } = await kg(argv);
    expect(code).toBe(2);
    expect(err).toContain(reason);
    expect(err).toContain(`Usage: kg ${argv[0]}`);
    expect(existsSync(dataDir)).toBe(false);
  });

  test('kg alone and kg --help list every command; an unknown command exits with 2', async () => {
    for (const argv of [[], ['--help'], ['help']]) {
      const { code, out } = await kg(argv);
      expect(code).toBe(0);
      for (const name of COMMANDS) expect(out).toContain(`\n  ${name} `);
    }
    const unknown = await kg(['exprot']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('kg: no command "exprot"');
  });

  test('kg export from a store that is not there says where it looked, and creates nothing', async () => {
    const { code, err } = await kg(['export', '--format=graphml']);
    expect(code).toBe(1);
    expect(err).toContain(`No kg store at ${join(dataDir, 'kg.sqlite')}`);
    expect(existsSync(dataDir)).toBe(false);
  });

  test('kg keys create prints the key once and stores only its hash; list and revoke find it by name or id', async () => {
    const created = await kg(['keys', 'create', '--name', 'Ada Analyst', '--role', 'editor']);
    expect(created.code).toBe(0);
    const key = /^ {2}(kg_\S+)$/mu.exec(created.out)?.[1];
    expect(key).toBeDefined();
    const id = /^(key:\S+)/u.exec(created.out)?.[1];
    const store = new SqliteGraphStore(join(dataDir, 'kg.sqlite'));
    try {
      expect(JSON.stringify(await store.accessKeys())).not.toContain(key);
      expect(await store.accessKeyByHash(hashAccessKey(key!))).toMatchObject({
        id,
        name: 'Ada Analyst',
        role: 'EDITOR',
        revokedAt: null,
      });
    } finally {
      await store.close();
    }
    const taken = await kg(['keys', 'create', '--name', 'Ada Analyst', '--role', 'reader']);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('A key named "Ada Analyst" exists already');
    const badName = await kg(['keys', 'create', '--name', '<script>', '--role', 'reader']);
    expect(badName.code).toBe(1);
    expect(badName.err).toContain('A key name is 1 to 64 letters');
    const badRole = await kg(['keys', 'create', '--name', 'Bob', '--role', 'admin']);
    expect(badRole.code).toBe(1);
    expect(badRole.err).toContain('A role is editor or reader; got "admin"');
    const listed = await kg(['keys', 'list']);
    expect(listed.out).toMatch(/Ada Analyst {2}editor {2}created \S+ {2}active\n$/u);
    expect(listed.out).not.toContain(key);
    const revoked = await kg(['keys', 'revoke', id!]);
    expect(revoked.code).toBe(0);
    expect((await kg(['keys', 'list'])).out).toContain('revoked ');
    const unknown = await kg(['keys', 'revoke', 'nobody']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No key (id or name) has id "nobody"');
  }, 120_000); // Each command opens the store with its worker processes: slow on a busy machine.

  test('kg import writes the file into the SQLite store, and importing it again changes nothing', async () => {
    const file = join(resolve(dataDir, '..'), 'graph.ndjson');
    const { articles, claims } = writeScaleGraph(file, 60, 12);
    const first = await kg(['import', file]);
    expect(first.code).toBe(0);
    expect(first.err).toContain(`imported ${articles} articles from ${file}: ${articles} changed`);
    const again = await kg(['import', file]);
    expect(again.err).toContain(`${articles} articles from ${file}: 0 changed`);
    const store = new SqliteGraphStore(join(dataDir, 'kg.sqlite'));
    try {
      expect((await store.stats(0)).claims).toBe(claims);
    } finally {
      await store.close();
    }
  }, 120_000);

  test('kg keys list on a store that is not there creates nothing', async () => {
    const { code, err } = await kg(['keys', 'list']);
    expect(code).toBe(1);
    expect(err).toContain(`No kg store at ${join(dataDir, 'kg.sqlite')}`);
    expect(existsSync(dataDir)).toBe(false);
  });

  test('kg export to a folder that is not there says it cannot write there, with exit code 1', async () => {
    mkdirSync(dataDir);
    const store = new SqliteGraphStore(join(dataDir, 'kg.sqlite'));
    await store.migrate();
    await store.close();
    const target = join(dataDir, 'missing', 'graph.graphml');
    const { code, err } = await kg(['export', '--format', 'graphml', target]);
    expect(code).toBe(1);
    expect(err).toContain(`kg: Cannot write ${target}: ENOENT`);
  });

  test('the kg process exits with 2 on a bad option and writes no file named after it', () => {
    const folder = resolve(dataDir, '..');
    const hook = join(folder, 'typescript-hook.js');
    writeFileSync(hook, TYPESCRIPT_HOOK);
    const kgSource = resolve(__dirname, '../../src/cli/kg.ts');
    const result = spawnSync(
      process.execPath,
      ['-r', hook, kgSource, 'export', '--fromat=graphml'],
      {
        cwd: folder,
        env: { PATH: process.env['PATH'] ?? '', KG_DATA_DIR: dataDir },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--fromat'");
    expect(existsSync(join(folder, '--fromat=graphml'))).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  });
});
