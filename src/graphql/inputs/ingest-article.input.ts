import { Field, InputType } from 'type-graphql';

@InputType('IngestArticleInput', {
  description: 'An article nobody has annotated: the extractor reads it.',
})
export class IngestArticleInput {
  @Field()
  text!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => String, { nullable: true })
  publisher?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 639-1 code; detected from the text when absent.',
  })
  language?: string | null;

  @Field({
    description:
      'ISO 8601 date or date-time; relative dates in the text ("mardi") resolve against it.',
  })
  publishedAt!: string;
}
