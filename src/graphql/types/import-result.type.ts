import { Field, Int, ObjectType } from 'type-graphql';
import { ArticleType } from './article.type';

@ObjectType('ImportResult')
export class ImportResultType {
  @Field(() => ArticleType)
  article!: ArticleType;

  @Field({
    description: 'False when the same article with the same annotations was already stored.',
  })
  changed!: boolean;

  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  mentions!: number;

  @Field(() => Int)
  claims!: number;

  @Field(() => [String], {
    description:
      'Ids of new entities the extractor made up from names it did not know, to review. Empty for hand annotations.',
  })
  candidateEntityIds!: string[];
}
