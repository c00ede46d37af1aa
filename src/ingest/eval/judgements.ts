import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { compareText } from '../../domain/entity';
import { InvalidInputError } from '../../domain/errors';
import type { Verdict } from '../../domain/review';
import { VERDICTS } from '../../domain/review';
import { JsonFields } from './json-fields';

export interface Judgement {
  /** Whether the sentence states the claim's subject, predicate and object (and item). */
  readonly verdict: Verdict;
  readonly note: string;
}

/** Judgements by claim key (judgement-key.ts), as kept in `eval/real/judgements.json`. */
export type Judgements = ReadonlyMap<string, Judgement>;

/** The judgements file; a missing file is no judgement yet. */
export function readJudgements(file: string): Map<string, Judgement> {
  const json = readJson(file, {});
  const fields = new JsonFields(file, '', json);
  return new Map(
    Object.keys(json as object).map((key) => {
      const entry = new JsonFields(file, key, fields.raw(key));
      return [key, { verdict: entry.choice('verdict', VERDICTS), note: noteOf(entry) }];
    }),
  );
}

/** Sorted keys, two-space indents, a final newline: the same judgements give the same bytes. */
export function writeJudgements(file: string, judgements: Judgements): void {
  const sorted = [...judgements.keys()].sort(compareText);
  const json = Object.fromEntries(sorted.map((key) => [key, judgements.get(key)]));
  writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** A claim to judge, as `kg eval --unjudged` writes it and a person fills it in. */
export interface VerdictEntry {
  readonly key: string;
  /** Empty until someone judges it. */
  readonly verdict: Verdict | '';
  readonly note: string;
}

/** Reads a filled `--unjudged` file: a list of entries whose verdict is CORRECT, WRONG or empty. */
export function readVerdictEntries(file: string): VerdictEntry[] {
  const json = readJson(file, undefined);
  if (!Array.isArray(json))
    throw new InvalidInputError(
      `${file} must be the list of claims that kg eval --unjudged writes, with verdicts filled in.`,
      { file },
    );
  return json.map((value, index) => {
    const entry = new JsonFields(file, `[${index}]`, value);
    const verdict = entry.optionalString('verdict')?.trim().toUpperCase() ?? '';
    if (verdict !== '' && !(VERDICTS as readonly string[]).includes(verdict))
      throw entry.error(entry.at('verdict'), `is "${verdict}"; write CORRECT, WRONG or leave ""`);
    return { key: entry.string('key'), verdict: verdict as Verdict | '', note: noteOf(entry) };
  });
}

/** Filled verdicts over the kept ones (a later verdict corrects an earlier one); blanks are left out. */
export function mergeVerdicts(
  judgements: Judgements,
  entries: readonly VerdictEntry[],
): { judgements: Map<string, Judgement>; added: number; changed: number; blank: number } {
  const merged = new Map(judgements);
  let added = 0;
  let changed = 0;
  for (const { key, verdict, note } of entries) {
    if (verdict === '') continue;
    const previous = merged.get(key);
    if (previous === undefined) added += 1;
    else if (previous.verdict !== verdict || previous.note !== note) changed += 1;
    merged.set(key, { verdict, note });
  }
  const blank = entries.filter((e) => e.verdict === '').length;
  return { judgements: merged, added, changed, blank };
}

function noteOf(entry: JsonFields): string {
  return entry.optionalString('note') ?? '';
}

function readJson(file: string, whenMissing: unknown): unknown {
  if (!existsSync(file)) {
    if (whenMissing !== undefined) return whenMissing;
    throw new InvalidInputError(`${file} does not exist.`, { file });
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidInputError(`${file} is not valid JSON (${(error as Error).message}).`, {
      file,
    });
  }
}
