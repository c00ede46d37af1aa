import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { ModalityEnum, PredicateEnum } from '../enums';
import { connectionType } from './connection.type';
import { ModalityCount } from './stats.type';

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

  @Field(() => ModalityEnum, {
    description:
      'The strongest modality among its claims, denials included: see claimsByModality, supporting and denying for the whole stance.',
  })
  modality!: Modality;

  @Field(() => [ModalityCount], {
    description:
      'Its claims counted by modality, strongest first; modalities without claims are left out.',
  })
  claimsByModality!: ModalityCount[];

  @Field(() => Int, { description: 'Claims stating it: every modality but DENIED.' })
  supporting!: number;

  @Field(() => Int, { description: 'Claims denying it (DENIED).' })
  denying!: number;

  @Field(() => Int, {
    description:
      "How many independent sources stand behind its claims. Each claim comes from a source (the speaker, else the relaying agency, else the article's publisher; see Relation.sources); claims are one story, counted once, when they share their source, their sentence (the same words, ignoring case, accents and punctuation: a wire story printed by several outlets) or their relaying agency (one agency's dispatch reprinted).",
  })
  independentSources!: number;
}

export const RelationConnection = connectionType('Relation', RelationType);
