import { GraphQLLocalDate, GraphQLNonEmptyString } from "graphql-scalars";
import { type ClassType, Field, ID, InputType } from "type-graphql";
import { BadInputError } from "../common/errors";
import { assertId } from "../common/ids";
import { toDateRange, toSearchWords } from "../common/input";
import { type KindSpec } from "../graph/graph.model";
import { propGraphQLType } from "../types/kind.type";
import type { ListFilter } from "./entity.cypher";

@InputType({ description: "Filters every entity list accepts." })
export class NameFilter {
  @Field(() => GraphQLNonEmptyString, {
    nullable: true,
    description: 'Words that must all occur in the name or an alias; accents optional ("ong mat" matches "ong mật").',
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
  @Field(() => GraphQLLocalDate, { nullable: true, description: "Keep entities still running on or after this day (by their end date, else start date)." })
  from?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: "Keep entities started on or before this day (by their start date, else end date)." })
  to?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "With from/to: also keep entities the sources give no date for." })
  includeUndated?: boolean | null;
}

/** Validates the shared filter fields and returns their repository form. */
export function baseListFilter(filter: Partial<PlaceTimeFilter> | null | undefined): ListFilter {
  if (!filter) return {};
  const out: ListFilter = toDateRange(filter.from, filter.to, "filter");
  if (filter.text != null) out.words = toSearchWords(filter.text, "filter.text");
  if (filter.place != null) out.place = assertId(filter.place, "filter.place");
  if (filter.includeUndated) out.includeUndated = true;
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

const BASES = { NAME: NameFilter, LOCATED: LocatedFilter, PLACE_TIME: PlaceTimeFilter } as const;

/** A kind's filter as its resolver receives it: the base's fields, `within`, and the equality fields the model table names. */
type KindFilter = Partial<PlaceTimeFilter> & { within?: string | null };

/**
 * The list filter input of a kind, from the model table: its base (name, place, period) plus
 * equality on the properties it names (`<Type>Filter`), or the base itself when it names none.
 */
export function kindFilterType(kind: KindSpec): ClassType<KindFilter> {
  const Base = BASES[kind.filter.base];
  if (!kind.filter.equals?.length && !kind.filter.within) return Base;
  const name = `${kind.typeName}Filter`;
  const Filter = { [name]: class extends Base {} }[name];
  for (const prop of kind.filter.equals ?? []) {
    const spec: KindSpec["props"][string] | undefined = kind.props[prop];
    if (!spec) throw new Error(`${kind.label}.filter names ${prop}, which is not one of its properties`);
    Field(propGraphQLType(spec), { nullable: true, description: spec.description })(Filter.prototype, prop);
  }
  if (kind.filter.within) {
    Field(() => ID, { nullable: true, description: "Only places inside this one (any depth)." })(Filter.prototype, "within");
  }
  InputType(name)(Filter);
  return Filter;
}

/** Validates a client's filter of `kind` and returns its repository form. */
export function toKindListFilter(kind: KindSpec, filter: KindFilter | null | undefined): ListFilter {
  // The equality fields are the model table's property names, read from the filter as a map.
  const fields: Record<string, unknown> & Partial<PlaceTimeFilter> = { ...filter };
  const out = listFilterWithEquals(filter ? fields : null, [...(kind.filter.equals ?? [])]);
  if (kind.filter.within && filter?.within != null) out.within = assertId(filter.within, "filter.within");
  return out;
}
