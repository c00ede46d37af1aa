import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from './connection.type';
import { SpanType } from './span.type';

@ObjectType('Mention', {
  description: 'An entity named in an article, with the surface form as written.',
})
export class MentionType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The words as written ("Pyongyang" for North Korea).' })
  surface!: string;

  @Field(() => SpanType)
  span!: SpanType;

  @Field(() => SpanType, { description: 'The sentence holding the mention.' })
  sentenceSpan!: SpanType;
}

export const MentionConnection = connectionType('Mention', MentionType);
