import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { ModalityEnum, PredicateEnum } from '../enums';
import { connectionType } from './connection.type';

@ObjectType('Relation', {
  description: 'The edge an analyst traverses: every claim sharing subject, predicate and object.',
})
export class RelationType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'For drawing: the subject entity id.' })
  subjectId!: string;

  @Field(() => PredicateEnum)
  predicate!: Predicate;

  @Field(() => ID, {
    nullable: true,
    description: 'For drawing: the object entity id, null for a value.',
  })
  objectId!: string | null;

  @Field(() => String, { nullable: true })
  objectValue!: string | null;

  @Field(() => Int)
  claimCount!: number;

  @Field({ description: 'Publication date of the earliest article stating it.' })
  firstSeen!: string;

  @Field({ description: 'Publication date of the latest article stating it.' })
  lastSeen!: string;

  @Field(() => ModalityEnum, { description: 'The strongest modality among its claims.' })
  modality!: Modality;
}

export const RelationConnection = connectionType('Relation', RelationType);
