import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { Role } from '../domain/access-key';
import { ForbiddenError, invariant, UnauthenticatedError } from '../domain/errors';
import type { GraphContext } from './context';
import { ArticleResolver } from './resolvers/article.resolver';
import { ClaimResolver } from './resolvers/claim.resolver';
import { EntityResolver } from './resolvers/entity.resolver';
import { CurationResolver } from './resolvers/curation.resolver';
import { MergeResolver } from './resolvers/merge.resolver';
import { HistoryResolver } from './resolvers/history.resolver';
import { ImportResolver } from './resolvers/import.resolver';
import { MentionResolver } from './resolvers/mention.resolver';
import { QueryResolver } from './resolvers/query.resolver';
import { RelationResolver } from './resolvers/relation.resolver';
import { AttributionResolver } from './resolvers/attribution.resolver';
import { SourceResolver } from './resolvers/source.resolver';
import { SubscriptionResolver } from './resolvers/subscription.resolver';

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
      HistoryResolver,
      CurationResolver,
      MergeResolver,
      SubscriptionResolver,
    ],
    // type-graphql insists on a PubSub, yet every subscription here brings its own `subscribe`
    // (the live feed); topics would only ever reach this one process, not the other replicas.
    pubSub: {
      publish: () => invariant(false, 'subscriptions publish through the live feed'),
      subscribe: () => {
        throw new Error('invariant: subscriptions subscribe through the live feed');
      },
    },
    // Arguments are checked by the resolvers, with messages naming the limit.
    validate: false,
    authChecker: ({ context }: { context: GraphContext }, roles: Role[]) => {
      const { editor } = context;
      if (!editor) {
        throw new UnauthenticatedError(
          'This mutation needs an editor key: send the header "Authorization: Bearer <key>" with a key from `kg keys create --role editor`, or the configured one (KG_EDITOR_KEY, or the file editor-key in the data folder). Unknown and revoked keys count as none.',
        );
      }
      if (roles.length > 0 && !roles.includes(editor.role)) {
        throw new ForbiddenError(
          `The key "${editor.name}" is ${withArticle(editor.role)} key; this needs ${roles.map(withArticle).join(' or ')} key.`,
        );
      }
      return true;
    },
  });
}

/** "a reader", "an editor": a role's name with its article, for messages. */
function withArticle(role: string): string {
  const name = role.toLowerCase();
  return `${/^[aeiou]/u.test(name) ? 'an' : 'a'} ${name}`;
}
