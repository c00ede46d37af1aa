import { Field, InputType } from 'type-graphql';
import { DEFAULT_OPERATOR_LIMITS } from '../limits';

@InputType('IngestArticleInput', {
  description: 'An article nobody has annotated: the extractor reads it.',
})
export class IngestArticleInput {
  @Field({
    description: `The article's text; at most KG_MAX_ARTICLE_BYTES bytes in UTF-8 (${DEFAULT_OPERATOR_LIMITS.maxArticleBytes} unless the operator changed it).`,
  })
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
