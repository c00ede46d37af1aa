import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CHANGE_ACTIONS } from '../../domain/change';
import type { ChangeAction } from '../../domain/change';
import { connectionType } from './connection.type';

export const ChangeActionEnum = Object.fromEntries(CHANGE_ACTIONS.map((a) => [a, a])) as {
  [K in ChangeAction]: K;
};
registerEnumType(ChangeActionEnum, {
  name: 'ChangeAction',
  description: 'What an editor did to the graph.',
});

@ObjectType('Change', {
  description:
    'One entry of the change history: who changed what, when, why, and what it looked like before and after.',
})
export class ChangeType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ISO 8601 UTC date-time of the change.' })
  at!: string;

  @Field({
    description:
      'The name of the key that made the change (`kg keys list`); "editor-key" for the configured key.',
  })
  editor!: string;

  @Field(() => ChangeActionEnum)
  action!: ChangeAction;

  @Field(() => String, { nullable: true, description: 'Why, in the editor’s words.' })
  reason!: string | null;

  @Field(() => [ID], { description: 'The articles, entities, claims and merges it touched.' })
  targetIds!: string[];

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'What was there before; null if nothing.',
  })
  before!: unknown;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'What is there after; null if nothing.',
  })
  after!: unknown;
}

export const ChangeConnection = connectionType('Change', ChangeType);
