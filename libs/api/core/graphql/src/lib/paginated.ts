import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

/** `Paginated(User)` gives a `UserPage { items, total, offset, limit }` GraphQL type. */
export function Paginated<T>(item: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name, { isAbstract: false })
  class PageType implements Page<T> {
    @Field(() => [item]) items!: T[];
    @Field(() => Int) total!: number;
    @Field(() => Int) offset!: number;
    @Field(() => Int) limit!: number;
  }
  return PageType as Type<Page<T>>;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}
