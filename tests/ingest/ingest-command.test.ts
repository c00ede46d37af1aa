import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestCommand } from '../../src/cli/ingest-command';
import { readArticleFile } from '../../src/ingest/read-article-files';
import { KgError } from '../../src/domain/errors';
import { openMemorySqlite } from '../support/sqlite';

describe('kg ingest', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
    writeFileSync(
      join(folder, 'a.txt'),
      'Le Pentagone a confirmé que des soldats nord-coréens ont été tués dans la région de Koursk.',
    );
    writeFileSync(
      join(folder, 'a.json'),
      JSON.stringify({ title: 'Pertes', language: 'fr', publishedAt: '2024-12-17' }),
    );
    writeFileSync(join(folder, 'b.txt'), 'Russia supplied oil to North Korea.\nMore text.');
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('stores each article once and says "unchanged" when the same texts come again', async () => {
    const store = await openMemorySqlite();
    const output: string[] = [];
    const first = await ingestCommand([folder], store, (text) => output.push(text));
    expect(first).toMatchObject({ files: 2, changed: 2, unchanged: 0, failed: 0 });
    expect(output.join('')).toMatch(/\[1\/2\] .*a\.txt: \d+ entities, \d+ claims/u);
    const second = await ingestCommand([folder], store, (text) => output.push(text));
    expect(second).toMatchObject({ changed: 0, unchanged: 2 });
    expect(output.slice(-3).join('')).toMatch(/a\.txt: unchanged[\s\S]*b\.txt: unchanged/u);
    expect((await store.stats(0)).articles).toBe(2);
    await store.close();
  });

  test('defaults the title to the first line and the date to the file’s, and says so', () => {
    const file = join(folder, 'b.txt');
    utimesSync(file, new Date('2025-03-02T10:00:00Z'), new Date('2025-03-02T10:00:00Z'));
    const { input, note } = readArticleFile(file);
    expect([input.title, input.publishedAt, input.language]).toEqual([
      'Russia supplied oil to North Korea.',
      '2025-03-02',
      null,
    ]);
    expect(note).toMatch(/using the file date 2025-03-02/u);
  });

  test('skips a file whose sidecar is broken, names it, and goes on', async () => {
    writeFileSync(join(folder, 'b.json'), '{ not json');
    const store = await openMemorySqlite();
    const output: string[] = [];
    const summary = await ingestCommand([folder], store, (text) => output.push(text));
    expect(summary).toMatchObject({ changed: 1, failed: 1 });
    expect(output.join('')).toMatch(/b\.txt: skipped: .*b\.json is not valid JSON/u);
    await store.close();
  });

  test('rejects a path that is not a text file', async () => {
    const store = await openMemorySqlite();
    await expect(ingestCommand([join(folder, 'a.json')], store, () => undefined)).rejects.toThrow(
      KgError,
    );
    await expect(ingestCommand([join(folder, 'nope')], store, () => undefined)).rejects.toThrow(
      /does not exist/u,
    );
    await store.close();
  });
});
