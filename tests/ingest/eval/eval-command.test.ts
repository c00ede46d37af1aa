import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EVAL_FOLDERS, parseEvalArgs } from '../../../src/cli/eval-args';
import { evalCommand } from '../../../src/cli/eval-command';
import type { Extractor } from '../../../src/ingest/extractor';
import { entity, fact, factsFile, handBatch } from './hand-batch';

describe('parseEvalArgs', () => {
  test('with no argument: the annotated folders, and eval/real when it is there', () => {
    expect(parseEvalArgs([])).toMatchObject({
      folders: DEFAULT_EVAL_FOLDERS,
      real: { folder: 'eval/real', required: false, split: 'all', language: null },
      verbose: false,
      help: false,
    });
  });

  test('--real alone scores only that folder; named folders alone only those', () => {
    expect(parseEvalArgs(['--real', 'r', '--split', 'dev', '--language', 'de'])).toMatchObject({
      folders: [],
      real: { folder: 'r', required: true, split: 'dev', language: 'de' },
    });
    expect(parseEvalArgs(['seed'])).toMatchObject({ folders: ['seed'], real: null });
    expect(parseEvalArgs(['seed', '--real=r'])).toMatchObject({
      folders: ['seed'],
      real: { folder: 'r' },
    });
  });

  test('--judgements-from alone scores only that file; with --real or folders, those too', () => {
    expect(parseEvalArgs(['--judgements-from', 'j.ndjson'])).toMatchObject({
      folders: [],
      real: null,
      judgementsFrom: 'j.ndjson',
    });
    expect(parseEvalArgs(['seed', '--judgements-from=j.ndjson', '--real', 'r'])).toMatchObject({
      folders: ['seed'],
      real: { folder: 'r', required: true },
      judgementsFrom: 'j.ndjson',
    });
    expect(parseEvalArgs([]).judgementsFrom).toBeNull();
  });

  test('a real-articles option alone makes eval/real required', () => {
    expect(parseEvalArgs(['--unjudged', 'u.json']).real).toMatchObject({
      folder: 'eval/real',
      required: true,
      unjudgedFile: 'u.json',
    });
  });

  test('keeps --extractor=name and takes --extractor name', () => {
    expect(parseEvalArgs(['--extractor=rules-v1']).extractor).toBe('rules-v1');
    expect(parseEvalArgs(['--extractor', 'parse-v1', '--verbose'])).toMatchObject({
      extractor: 'parse-v1',
      verbose: true,
    });
  });

  test.each([
    [['--frobnicate'], /Unknown option '--frobnicate'/u],
    [['--split', 'test'], /--split is "test"; use dev, holdout or all/u],
    [['--language', 'German'], /two-letter code/u],
    [['--real'], /argument missing/u],
    [['seed', '--split', 'dev'], /--split applies to real articles: add --real <folder>/u],
    [
      ['--judgements-from', 'j.ndjson', '--language', 'de'],
      /--language applies to real articles: add --real <folder>/u,
    ],
  ])('refuses %j with the reason and the usage', (argv, reason) => {
    expect(() => parseEvalArgs(argv)).toThrow(reason);
    expect(() => parseEvalArgs(argv)).toThrow(/Usage: kg eval/u);
  });

  test('--help', () => {
    expect(parseEvalArgs(['--help']).help).toBe(true);
    expect(parseEvalArgs(['-h']).help).toBe(true);
  });
});

const KP = entity('COUNTRY', 'North Korea');
const RU = entity('COUNTRY', 'Russia');
const SENT = 'North Korea sent troops to Russia.';
const OIL = 'Russia supplied oil to North Korea.';
const claims = [
  { subjectId: KP.id, predicate: 'DEPLOYED_TO' as const, objectId: RU.id, sentence: SENT },
  { subjectId: KP.id, predicate: 'AT_WAR_WITH' as const, objectId: RU.id, sentence: SENT },
];

/** An extractor that always returns the given claims: the scoring is under test, not extraction. */
function handExtractor(made: Parameters<typeof handBatch>[2]): Extractor {
  return {
    name: 'hand',
    extract: () =>
      Promise.resolve({ ...handBatch([SENT, OIL], [KP, RU], made), candidateEntityIds: [] }),
  };
}

describe('kg eval --real', () => {
  let folder: string;
  let output: string;
  const write = (text: string) => void (output += text);
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kg-eval-'));
    output = '';
    mkdirSync(join(folder, 'texts'));
    const deployed = fact({
      subject: ['North Korea'],
      predicate: 'DEPLOYED_TO',
      object: ['Russia'],
    });
    const supplies = fact({ subject: ['Russia'], predicate: 'SUPPLIES', object: ['North Korea'] });
    writeFileSync(
      join(folder, 'troops.en.facts.json'),
      JSON.stringify(factsFile([deployed, supplies])),
    );
    writeFileSync(join(folder, 'texts', 'troops.en.txt'), `${SENT} ${OIL}`);
    writeFileSync(
      join(folder, 'oil.de.facts.json'),
      JSON.stringify(factsFile([supplies], { language: 'de', split: 'holdout' })),
    );
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  test('lists unjudged claims to fill in, merges the verdicts, and keeps them for the next run', async () => {
    const unjudged = join(folder, 'unjudged.json');
    const first = await evalCommand(['--real', folder, '--unjudged', unjudged], {
      createExtractor: () => handExtractor(claims),
      write,
    });
    expect(output).toContain(
      'skipped oil.de: text missing — restore it as eval/real/README.md says',
    );
    expect(first.real.map((s) => [s.name, s.facts, s.found, s.unjudged])).toEqual([
      ['troops.en', 2, 1, 2],
    ]);
    const entries = JSON.parse(readFileSync(unjudged, 'utf8'));
    expect(
      entries.map((e: any) => [e.predicate, e.subject, e.object, e.sentence, e.verdict]),
    ).toEqual([
      ['DEPLOYED_TO', 'North Korea', 'Russia', SENT, ''],
      ['AT_WAR_WITH', 'North Korea', 'Russia', SENT, ''],
    ]);

    entries[0].verdict = 'CORRECT';
    entries[1].verdict = 'WRONG';
    writeFileSync(unjudged, JSON.stringify(entries));
    const second = await evalCommand(['--real', folder, '--judgements', unjudged], {
      createExtractor: () => handExtractor(claims),
      write,
    });
    expect(second.real[0]).toMatchObject({ correct: 1, wrong: 1, unjudged: 0 });
    expect(Object.keys(JSON.parse(readFileSync(join(folder, 'judgements.json'), 'utf8')))).toEqual(
      entries.map((e: any) => e.key).sort(),
    );

    const newClaim = {
      subjectId: RU.id,
      predicate: 'SUPPLIES' as const,
      objectId: KP.id,
      sentence: OIL,
    };
    const third = await evalCommand(['--real', folder], {
      createExtractor: () => handExtractor([newClaim, ...claims]),
      write,
    });
    expect(third.real[0]).toMatchObject({ found: 2, correct: 1, wrong: 1, unjudged: 1 });
  });

  test('without texts, lists every article as skipped and never makes the extractor', async () => {
    rmSync(join(folder, 'texts'), { recursive: true });
    const result = await evalCommand(['--real', folder, '--split', 'all'], {
      createExtractor: () => {
        throw new Error('no extractor is needed when no text is here');
      },
      write,
    });
    expect(result.real).toEqual([]);
    expect(output).toMatch(/skipped oil\.de: text missing/u);
    expect(output).toMatch(/skipped troops\.en: text missing/u);
  });

  test('--split and --language choose the articles', async () => {
    const run = (argv: string[]) =>
      evalCommand(['--real', folder, ...argv], {
        createExtractor: () => handExtractor(claims),
        write,
      });
    expect((await run(['--split', 'dev'])).real).toHaveLength(1);
    expect((await run(['--split', 'holdout'])).real).toHaveLength(0);
    expect((await run(['--language', 'de'])).real).toHaveLength(0);
  });
});
