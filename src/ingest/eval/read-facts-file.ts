import { readFileSync } from 'node:fs';
import type { Quantity } from '../../domain/claim';
import { InvalidInputError } from '../../domain/errors';
import { MODALITIES } from '../../domain/modality';
import { PREDICATES, predicateDefinition } from '../../domain/predicates';
import { JsonFields } from './json-fields';
import type { ExpectedFact, FactsFile } from './real-article';
import { SPLITS } from './real-article';

/** Reads and checks `<slug>.<lang>.facts.json`; throws InvalidInputError naming the file and field. */
export function readFactsFile(file: string): FactsFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InvalidInputError(`${file} is not valid JSON (${(error as Error).message}).`, {
      file,
    });
  }
  return parseFactsFile(file, json);
}

export function parseFactsFile(file: string, json: unknown): FactsFile {
  const fields = new JsonFields(file, '', json);
  const publishedAt = fields.string('publishedAt');
  if (!/^\d{4}-\d{2}-\d{2}/u.test(publishedAt))
    throw fields.error('publishedAt', `is "${publishedAt}"; write an ISO date such as 2024-12-17`);
  const facts = fields.raw('facts');
  if (!Array.isArray(facts) || facts.length === 0)
    throw fields.error('facts', 'must be a non-empty list of the facts the article states');
  return {
    url: fields.string('url'),
    query: fields.string('query'),
    title: fields.string('title'),
    publisher: fields.string('publisher'),
    language: fields.string('language'),
    publishedAt,
    dateNote: fields.optionalString('dateNote'),
    topic: fields.string('topic'),
    split: fields.choice('split', SPLITS),
    facts: facts.map((fact, index) => parseFact(new JsonFields(file, `facts[${index}]`, fact))),
  };
}

function parseFact(fields: JsonFields): ExpectedFact {
  const subject = fields.stringList('subject');
  if (subject.length === 0)
    throw fields.error(fields.at('subject'), 'is missing; list the names the subject may have');
  const predicate = fields.choice('predicate', PREDICATES);
  const object = fields.stringList('object');
  // A predicate with no object kinds takes a value; every other one needs object names.
  const takesValue = predicateDefinition(predicate).range.length === 0;
  if (takesValue && object.length > 0)
    throw fields.error(fields.at('object'), `must be empty: ${predicate} takes an objectValue`);
  if (!takesValue && object.length === 0)
    throw fields.error(fields.at('object'), `is missing; ${predicate} needs object names`);
  return {
    subject,
    predicate,
    object,
    objectValue: fields.optionalString('objectValue'),
    modality: fields.choice('modality', MODALITIES),
    speaker: fields.stringList('speaker'),
    quantity: parseQuantity(fields, fields.raw('quantity')),
    summary: fields.string('summary'),
  };
}

function parseQuantity(fact: JsonFields, value: unknown): Quantity | null {
  if (value === undefined || value === null) return null;
  const fields = new JsonFields(fact.file, fact.at('quantity'), value);
  const bound = (name: string): number | null => {
    const n = fields.raw(name);
    if (n === undefined || n === null) return null;
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw fields.error(fields.at(name), 'must be a number or null');
    return n;
  };
  const min = bound('min');
  const max = bound('max');
  if (min === null && max === null)
    throw fields.error(fields.at('min'), 'and max are both null; give a bound or drop quantity');
  return { min, max, unit: fields.string('unit') };
}
