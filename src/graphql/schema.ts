import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { UnauthenticatedError } from '../domain/errors';
import type { GraphContext } from './context';
import { ArticleResolver } from './resolvers/article.resolver';
import { ClaimResolver } from './resolvers/claim.resolver';
import { EntityResolver } from './resolvers/entity.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { MentionResolver } from './resolvers/mention.resolver';
import { QueryResolver } from './resolvers/query.resolver';
import { RelationResolver } from './resolvers/relation.resolver';
import { AttributionResolver } from './resolvers/attribution.resolver';
import { SourceResolver } from './resolvers/source.resolver';

/** Builds the executable schema; the server and `kg schema` both use it. */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      QueryResolver,
      EntityResolver,
      ClaimResolver,
      ArticleResolver,
      RelationResolver,
      SourceResolver,
      AttributionResolver,
      MentionResolver,
      ImportResolver,
    ],
    // Arguments are checked by the resolvers, with messages naming the limit.
    validate: false,
    authChecker: ({ context }: { context: GraphContext }) => {
      if (!context.isEditor) {
        throw new UnauthenticatedError(
          'This mutation needs the editor key: send the header "Authorization: Bearer <key>" (the key is in the data folder, file editor-key).',
        );
      }
      return true;
    },
  });
}
