import type { EntityEdit } from '../../domain/entity-review';
import { InvalidInputError } from '../../domain/errors';
import type { EntityReviewInput } from '../inputs/entity-review.input';

/** Longest name or alias kept, and most aliases added at once: names, not documents. */
const MAX_NAME_LENGTH = 200;
const MAX_ALIASES = 50;

function checkName(argument: string, text: string): string {
  const trimmed = text.trim();
  if (trimmed.length > MAX_NAME_LENGTH || !/[\p{L}\p{N}]/u.test(trimmed)) {
    throw new InvalidInputError(
      `${argument} is "${trimmed.slice(0, 40)}"; give a name with letters or digits, at most ${MAX_NAME_LENGTH} characters.`,
      { argument },
    );
  }
  return trimmed;
}

/** A review input from GraphQL, checked, as the store port takes it. */
export function entityEdit(input: EntityReviewInput): EntityEdit {
  const aliases = input.aliases ?? [];
  if (aliases.length > MAX_ALIASES) {
    throw new InvalidInputError(
      `${aliases.length} aliases at once; add at most ${MAX_ALIASES} per review.`,
      { argument: 'aliases' },
    );
  }
  return {
    ...(input.name != null ? { name: checkName('name', input.name) } : {}),
    ...(input.kind != null ? { kind: input.kind } : {}),
    aliases: aliases.map((label, i) => {
      if (!/^([a-z]{2}|und)$/u.test(label.lang)) {
        throw new InvalidInputError(
          `aliases[${i}].lang is "${label.lang.slice(0, 10)}"; use a two-letter code such as fr, or und.`,
          { argument: 'aliases' },
        );
      }
      return { lang: label.lang, text: checkName(`aliases[${i}].text`, label.text) };
    }),
    accept: input.accept === true,
  };
}
