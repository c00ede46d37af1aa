import { Field, InputType } from 'type-graphql';
import type { EntityKind } from '../../domain/entity';
import { EntityKindEnum } from '../enums';
import { LabelInput } from './annotated-article.input';

@InputType('EntityReviewInput', {
  description: 'What to change about an entity; leave a field out to keep it as it is.',
})
export class EntityReviewInput {
  @Field(() => String, {
    nullable: true,
    description: 'The new canonical name. The old one keeps finding and linking the entity.',
  })
  name?: string | null;

  @Field(() => EntityKindEnum, { nullable: true, description: 'The new kind; the id stays.' })
  kind?: EntityKind | null;

  @Field(() => [LabelInput], {
    nullable: true,
    description:
      'Aliases to add (never removed), each with its language ("en", "fr", or "und"). Extraction links them to the entity from then on.',
  })
  aliases?: LabelInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the entity is no longer a candidate, and no later ingestion makes it one.',
  })
  accept?: boolean | null;
}
