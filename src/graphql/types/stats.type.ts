import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityKind } from '../../domain/entity';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { EntityKindEnum, ModalityEnum, PredicateEnum } from '../enums';
import { EntityType } from './entity.type';

@ObjectType()
export class KindCount {
  @Field(() => EntityKindEnum)
  key!: EntityKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class PredicateCount {
  @Field(() => PredicateEnum)
  key!: Predicate;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ModalityCount {
  @Field(() => ModalityEnum)
  key!: Modality;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class PublisherCount {
  @Field(() => String, {
    nullable: true,
    description:
      'The publisher, as articles give it (Article.publisher); null for articles without one.',
  })
  key!: string | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ConnectedEntity {
  @Field(() => EntityType)
  entity!: EntityType;

  @Field(() => Int, { description: 'Relations touching the entity.' })
  degree!: number;
}

@ObjectType('GraphStats', { description: 'Aggregates for dashboards.' })
export class GraphStatsType {
  @Field(() => Int)
  articles!: number;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  claims!: number;

  @Field(() => Int)
  relations!: number;

  @Field(() => [KindCount])
  entitiesByKind!: KindCount[];

  @Field(() => [PredicateCount])
  claimsByPredicate!: PredicateCount[];

  @Field(() => [ModalityCount])
  claimsByModality!: ModalityCount[];

  @Field(() => [PublisherCount], {
    description:
      'Articles per publisher, most first, ties by name, articles without a publisher last; with a filter, the articles holding a matching claim. Counted by the store.',
  })
  articlesByPublisher!: PublisherCount[];

  @Field(() => [ConnectedEntity], { description: 'Most relations first.' })
  mostConnected!: ConnectedEntity[];
}
