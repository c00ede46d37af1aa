import { Field, ID, InputType } from 'type-graphql';
import type { EntityKind } from '../../domain/entity';
import type { Predicate } from '../../domain/predicates';
import { EntityKindEnum, PredicateEnum } from '../enums';

@InputType({
  description:
    'Narrows stats to the claims matching every field given, and to what they touch: their articles, relations, and subject and object entities. Without any field, stats count everything stored.',
})
export class StatsFilter {
  @Field(() => ID, { nullable: true, description: 'Claims in which this entity plays any role.' })
  entityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "ISO date. Claims whose period (their time, else their article's date) ends on or after it.",
  })
  from?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date. Claims whose period starts on or before it.',
  })
  to?: string | null;

  @Field(() => [EntityKindEnum], {
    nullable: true,
    description:
      'Claims whose subject or object is of one of these kinds; only entities of these kinds are counted and ranked.',
  })
  kinds?: EntityKind[] | null;

  @Field(() => [PredicateEnum], { nullable: true })
  predicates?: Predicate[] | null;
}
