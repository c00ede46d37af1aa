import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Judgement } from '../../../src/ingest/eval/judgements';
import {
  mergeVerdicts,
  readJudgements,
  readVerdictEntries,
  writeJudgements,
} from '../../../src/ingest/eval/judgements';

let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'kg-judgements-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const kept = new Map<string, Judgement>([
  ['b.en|SUPPLIES|country:russia|country:north-korea|0123456789', { verdict: 'WRONG', note: 'x' }],
  [
    'a.fr|DEPLOYED_TO|country:north-korea|country:russia|abcdef0123',
    { verdict: 'CORRECT', note: '' },
  ],
]);

describe('judgements.json', () => {
  test('is read as no judgement while it does not exist', () => {
    expect(readJudgements(join(folder, 'judgements.json')).size).toBe(0);
  });

  test('is written with sorted keys and reads back the same; rewriting gives the same bytes', () => {
    const file = join(folder, 'judgements.json');
    writeJudgements(file, kept);
    const bytes = readFileSync(file, 'utf8');
    expect(Object.keys(JSON.parse(bytes))).toEqual([...kept.keys()].sort());
    expect(bytes.endsWith('}\n')).toBe(true);
    expect(readJudgements(file)).toEqual(kept);
    writeJudgements(file, readJudgements(file));
    expect(readFileSync(file, 'utf8')).toBe(bytes);
  });

  test('refuses a verdict other than CORRECT or WRONG, naming the key', () => {
    const file = join(folder, 'judgements.json');
    writeFileSync(file, JSON.stringify({ 'a|b': { verdict: 'MAYBE', note: '' } }));
    expect(() => readJudgements(file)).toThrow(
      /"a\|b\.verdict" is "MAYBE"; use one of CORRECT, WRONG/u,
    );
  });
});

describe('merging filled verdicts', () => {
  const filled = (entries: unknown) => {
    const file = join(folder, 'unjudged.json');
    writeFileSync(file, JSON.stringify(entries));
    return readVerdictEntries(file);
  };

  test('adds new verdicts, corrects kept ones, and leaves blank ones out', () => {
    const [wrongKey, correctKey] = [...kept.keys()];
    const merged = mergeVerdicts(
      kept,
      filled([
        {
          key: 'c.de|SANCTIONS|country:united-states|country:russia|fedcba9876',
          verdict: 'correct',
          note: '',
        },
        { key: wrongKey, verdict: 'CORRECT', note: 'read again: it does say so' },
        { key: correctKey, verdict: 'CORRECT', note: '' },
        { key: 'd.es|CONTROLS|country:ukraine|location:sudzha|1111111111', verdict: '', note: '' },
      ]),
    );
    expect(merged).toMatchObject({ added: 1, changed: 1, blank: 1 });
    expect(merged.judgements.get(wrongKey!)?.verdict).toBe('CORRECT');
    expect(merged.judgements.size).toBe(3);
  });

  test('refuses an unknown verdict, naming the file and the entry', () => {
    expect(() => filled([{ key: 'k', verdict: 'yes' }])).toThrow(
      /unjudged\.json: "\[0\]\.verdict" is "YES"/u,
    );
  });
});
