import { Field, Float, InputType } from 'type-graphql';
import type { EntityKind } from '../../domain/entity';
import type { Modality } from '../../domain/modality';
import type { Predicate } from '../../domain/predicates';
import { EntityKindEnum, ModalityEnum, PredicateEnum } from '../enums';

/** The shape of `seed/<name>.annotations.json` with the article beside it. */

@InputType('LabelInput')
export class LabelInput {
  @Field()
  lang!: string;

  @Field()
  text!: string;
}

@InputType('ArticleInput')
export class ArticleInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field({ description: 'ISO 639-1 code such as "fr".' })
  language!: string;

  @Field({ description: 'ISO 8601 date or date-time.' })
  publishedAt!: string;

  @Field()
  text!: string;
}

@InputType('AnnotatedEntityInput')
export class AnnotatedEntityInput {
  @Field({ description: 'Key local to this input, used by claims.' })
  ref!: string;

  @Field(() => EntityKindEnum)
  kind!: EntityKind;

  @Field({ description: 'Canonical name; with the kind it makes the entity id.' })
  name!: string;

  @Field(() => [LabelInput], { nullable: true })
  labels?: LabelInput[] | null;

  @Field(() => [LabelInput], { nullable: true })
  aliases?: LabelInput[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Surface forms as written; each occurrence is a mention.',
  })
  mentions?: string[] | null;
}

@InputType('QuantityInput')
export class QuantityInput {
  @Field(() => Float, { nullable: true })
  min!: number | null;

  @Field(() => Float, { nullable: true })
  max!: number | null;

  @Field()
  unit!: string;
}

@InputType('TimeRangeInput')
export class TimeRangeInput {
  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

@InputType('AnnotatedClaimInput')
export class AnnotatedClaimInput {
  @Field()
  subject!: string;

  @Field(() => PredicateEnum)
  predicate!: Predicate;

  @Field(() => String, { nullable: true })
  object?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Object as a value, for predicates without an object entity.',
  })
  value?: string | null;

  @Field(() => QuantityInput, { nullable: true })
  quantity?: QuantityInput | null;

  @Field(() => TimeRangeInput, { nullable: true })
  time?: TimeRangeInput | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  item?: string | null;

  @Field(() => ModalityEnum)
  modality!: Modality;

  @Field(() => String, { nullable: true })
  attributedTo?: string | null;

  @Field(() => String, { nullable: true })
  reportedBy?: string | null;

  @Field(() => String, { nullable: true })
  channel?: string | null;

  @Field({ description: 'The exact sentence of the article.' })
  sentence!: string;

  @Field(() => Float, { nullable: true })
  confidence?: number | null;
}

@InputType('AnnotatedArticleInput')
export class AnnotatedArticleInput {
  @Field(() => ArticleInput)
  article!: ArticleInput;

  @Field(() => [AnnotatedEntityInput])
  entities!: AnnotatedEntityInput[];

  @Field(() => [AnnotatedClaimInput])
  claims!: AnnotatedClaimInput[];
}
