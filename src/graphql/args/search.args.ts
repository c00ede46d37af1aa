import { ArgsType, Field } from 'type-graphql';
import type { EntityKind } from '../../domain/entity';
import { EntityKindEnum } from '../enums';
import { LIMITS } from '../limits';
import { PageArgs } from './page.args';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field({
    description: `Any label or alias in any language; case and accents are ignored. At most ${LIMITS.searchTextLength} characters.`,
  })
  text!: string;

  @Field(() => [EntityKindEnum], { nullable: true, description: 'Only entities of these kinds.' })
  kinds?: EntityKind[] | null;
}
