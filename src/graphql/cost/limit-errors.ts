import { GraphQLError } from 'graphql';
import type { ShapeViolation } from './document-shape';

/**
 * Public codes of the server's own limits. Their extensions say the limit
 * and what was found, so errors.ts shows them whole.
 */
export const LIMIT_ERROR_CODES: ReadonlySet<string> = new Set([
  'QUERY_TOO_COSTLY',
  'RESPONSE_TOO_LARGE',
  'SHUTTING_DOWN',
]);

const SHAPE_ADVICE: Record<ShapeViolation['limit'], string> = {
  aliases: 'aliased fields',
  fieldsPerSelection: 'fields in one selection set (fragments expanded)',
  fieldsPerDefinition: 'fields in one operation or fragment (fragments expanded)',
  fieldComparisons:
    'comparisons of fields sharing a response name, which validation makes pairwise (repeat fields less)',
};

/** Refused before validation: the document is larger than validation can check quickly. */
export function documentTooLarge(violation: ShapeViolation): GraphQLError {
  const found = Math.min(violation.found, Number.MAX_SAFE_INTEGER);
  return new GraphQLError(
    `The operation has ${found} ${SHAPE_ADVICE[violation.limit]}; at most ${violation.allowed} are allowed. Split it into several requests.`,
    {
      extensions: {
        code: 'QUERY_TOO_COSTLY',
        limit: violation.limit,
        allowed: violation.allowed,
        found,
      },
    },
  );
}

export function overBudget(estimated: number, budget: number): GraphQLError {
  return new GraphQLError(
    `The operation could cost ${estimated}, over the budget of ${budget} per request. The cost counts the objects the page sizes allow (first, limit, maxHops) times what each nests, plus graph walks; ask for smaller pages or fewer nested lists.`,
    {
      extensions: { code: 'QUERY_TOO_COSTLY', cost: estimated, budget },
    },
  );
}

export function responseTooLarge(maxBytes: number): GraphQLError {
  return new GraphQLError(
    `The answer would be larger than ${maxBytes} bytes. Ask for fewer items (first) or leave out long fields such as article text.`,
    { extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes } },
  );
}

export function shuttingDown(): GraphQLError {
  return new GraphQLError(
    'The server is shutting down and stopped this request; send it again (another instance, or this one once restarted, will answer).',
    { extensions: { code: 'SHUTTING_DOWN' } },
  );
}
