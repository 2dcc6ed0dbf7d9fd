import { GraphQLLocalDate, GraphQLNonEmptyString } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { BadInputError } from "../common/errors";
import { assertId } from "../common/ids";
import { toDateRange, toSearchWords } from "../common/input";
import type { ListFilter } from "./entity.repository";

@InputType({ description: "Filters every entity list accepts." })
export class NameFilter {
  @Field(() => GraphQLNonEmptyString, {
    nullable: true,
    description: "Words that must all occur in the name or an alias; accents optional (\"ong mat\" matches \"ong mật\").",
  })
  text?: string | null;
}

@InputType({ description: "Filters for entities tied to places." })
export class LocatedFilter extends NameFilter {
  @Field(() => ID, {
    nullable: true,
    description: "A place id: includes everything inside it (province → district → commune → village) and units merged into it in 2025.",
  })
  place?: string | null;
}

@InputType({ description: "Filters for entities that happen somewhere at some time." })
export class PlaceTimeFilter extends LocatedFilter {
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Keep entities whose period ends on or after this day." })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Keep entities whose period starts on or before this day." })
  to?: string | null;
}

/** Validates the shared filter fields and returns their repository form. */
export function baseListFilter(filter: Partial<PlaceTimeFilter> | null | undefined): ListFilter {
  if (!filter) return {};
  const out: ListFilter = toDateRange(filter.from, filter.to, "filter");
  if (filter.text != null) out.words = toSearchWords(filter.text, "filter.text");
  if (filter.place != null) out.place = assertId(filter.place, "filter.place");
  return out;
}

/** Longest value an equality filter (orgType, code…) accepts; codes and enum names are short. */
export const MAX_EQUALS_LENGTH = 100;

/**
 * The shared filter fields plus equality on the given enum fields of the filter (orgType,
 * eventType, a place's code…); the property names come from code, the values are the client's,
 * bounded in length (BAD_USER_INPUT beyond MAX_EQUALS_LENGTH).
 */
export function listFilterWithEquals<T extends Partial<PlaceTimeFilter>>(filter: T | null | undefined, keys: (keyof T & string)[]): ListFilter {
  const equals: Record<string, string> = {};
  for (const key of keys) {
    const value = filter?.[key];
    if (value == null) continue;
    const text = String(value);
    if (text.length > MAX_EQUALS_LENGTH) {
      throw new BadInputError(`\`filter.${key}\` may have at most ${MAX_EQUALS_LENGTH} characters`, `filter.${key}`);
    }
    equals[key] = text;
  }
  return { ...baseListFilter(filter), equals };
}
