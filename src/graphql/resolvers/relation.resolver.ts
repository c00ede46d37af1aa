import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Entity } from '../../domain/entity';
import { invariant } from '../../domain/errors';
import type { Relation } from '../../domain/relation';
import { isContested } from '../../domain/relation';
import { checkRange, LIMITS } from '../limits';
import { RelationSourceType } from '../types/source.type';
import type { SourceRoot } from './source.resolver';
import { PageArgs, pageRequest } from '../args/page.args';
import type { GraphContext } from '../context';
import { ClaimConnection, INCLUDE_REJECTED_DESCRIPTION } from '../types/claim.type';
import { toConnection } from '../types/connection.type';
import { EntityType } from '../types/entity.type';
import { RelationType } from '../types/relation.type';

@Resolver(() => RelationType)
export class RelationResolver {
  @FieldResolver(() => EntityType)
  async subject(@Root() relation: Relation, @Ctx() { loaders }: GraphContext): Promise<Entity> {
    const entity = await loaders.entity.load(relation.subjectId);
    invariant(entity, `relation ${relation.id} has no subject`);
    return entity;
  }

  @FieldResolver(() => EntityType, {
    nullable: true,
    description: 'null when the object is a value.',
  })
  object(@Root() relation: Relation, @Ctx() { loaders }: GraphContext): Promise<Entity | null> {
    return relation.objectId === null
      ? Promise.resolve(null)
      : loaders.entity.load(relation.objectId);
  }

  @FieldResolver(() => ClaimConnection, {
    description: 'The evidence: every claim behind this relation.',
  })
  async claims(
    @Root() relation: Relation,
    @Arg('includeRejected', () => Boolean, {
      defaultValue: false,
      description: INCLUDE_REJECTED_DESCRIPTION,
    })
    includeRejected: boolean,
    @Args() args: PageArgs,
    @Ctx() { loaders }: GraphContext,
  ) {
    const page = pageRequest(args);
    return toConnection(
      await loaders.claimsOfRelation.load({ id: relation.id, variant: { includeRejected }, page }),
      page.offset,
    );
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when some claims state it and others deny it (supporting > 0 and denying > 0).',
  })
  contested(@Root() relation: Relation): boolean {
    return isContested(relation);
  }

  @FieldResolver(() => [RelationSourceType], {
    description:
      "The distinct sources of its claims, most claims first: each claim's speaker when the text names one, else the agency relaying it, else the article's publisher. independentSources counts them with wire copies merged.",
  })
  async sources(
    @Root() relation: Relation,
    @Arg('first', () => Int, {
      defaultValue: LIMITS.defaultSources,
      description: `How many sources, at most ${LIMITS.pageSize}.`,
    })
    first: number,
    @Arg('claimsEach', () => Int, {
      defaultValue: LIMITS.defaultClaimsPerSource,
      description: `How many claims of each source, at most ${LIMITS.claimsPerSource}.`,
    })
    claimsEach: number,
    @Ctx() { loaders }: GraphContext,
  ): Promise<SourceRoot[]> {
    const request = {
      first: checkRange('first', first, 0, LIMITS.pageSize),
      claimsEach: checkRange('claimsEach', claimsEach, 0, LIMITS.claimsPerSource),
    };
    const page = await loaders.sourcesOfRelation.load({
      id: relation.id,
      variant: request,
      page: { first: request.first, offset: 0 },
    });
    return page.items.map((item) => ({
      ...item.source,
      claimCount: item.claimCount,
      claims: [...item.claims],
    }));
  }
}
