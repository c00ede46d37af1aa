import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Entity } from '../../domain/entity';
import { invariant } from '../../domain/errors';
import type { Attribution } from '../../store/graph-store';
import type { GraphContext } from '../context';
import { AttributionType } from '../types/graph.type';
import { EntityType } from '../types/entity.type';

@Resolver(() => AttributionType)
export class AttributionResolver {
  @FieldResolver(() => EntityType, { description: 'Who said it.' })
  async speaker(
    @Root() attribution: Attribution,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Entity> {
    const entity = await loaders.entity.load(attribution.speakerId);
    invariant(entity, `attribution ${attribution.id} has no speaker`);
    return entity;
  }

  @FieldResolver(() => EntityType, { description: 'What the speaker said something about.' })
  async entity(
    @Root() attribution: Attribution,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Entity> {
    const entity = await loaders.entity.load(attribution.entityId);
    invariant(entity, `attribution ${attribution.id} has no entity`);
    return entity;
  }
}
