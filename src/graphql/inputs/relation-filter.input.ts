import { Field, ID, InputType } from 'type-graphql';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { ModalityEnum, PredicateEnum } from '../enums';

@InputType()
export class RelationFilter {
  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  objectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Either end is this entity.' })
  entityId?: string | null;

  @Field(() => [PredicateEnum], { nullable: true })
  predicates?: Predicate[] | null;

  @Field(() => [ModalityEnum], {
    nullable: true,
    description:
      "Filters on the strongest modality (the relation's own). For relations holding a weaker claim, see claimModalities.",
  })
  modalities?: Modality[] | null;

  @Field(() => [ModalityEnum], {
    nullable: true,
    description:
      'Relations holding at least one claim (not judged WRONG) of one of these modalities, whatever their strongest: claimModalities: [ALLEGED] finds the relations anyone only alleges, also where others confirm them.',
  })
  claimModalities?: Modality[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: relations some claims state and others deny (supporting > 0 and denying > 0); false: the others.',
  })
  contested?: boolean | null;
}
