import { assertInputObjectType, coerceInputValue, getNullableType, isListType, isScalarType, type GraphQLSchema } from "graphql";
import { BadInputError } from "../common/errors";
import { echo } from "../common/ids";
import { toWhoWhatWhereQuery, WhoWhatWhereFilter, type WhoWhatWhereQuery } from "../who-what-where/who-what-where.module";

/** Reads the 3W filter of an export URL; throws BAD_USER_INPUT. */
export type ExportFilterParser = (params: URLSearchParams) => WhoWhatWhereQuery;

/**
 * The filter of `whoWhatWhere(filter:)` from URL parameters, validated exactly as GraphQL
 * validates it: the parameters are the fields of the schema's WhoWhatWhereFilter input type,
 * GraphQL coerces them (enum values, LocalDate, Boolean), then the resolver's own checks run
 * (toWhoWhatWhereQuery: id shapes, date order). Lists are repeated parameters or
 * comma-separated (`roles=FUNDER&roles=PARTNER`, `roles=FUNDER,PARTNER`); a Boolean is
 * `true`/`false` (`includeUndated` alone means true); a parameter that is not a filter field,
 * a single-valued one given twice, an empty value (`organization=`) or an empty list item
 * (`roles=,,,`, `roles=FUNDER,`) is refused rather than ignored, so a typo never silently
 * exports everything.
 */
export function exportFilterParser(schema: GraphQLSchema): ExportFilterParser {
  const inputType = assertInputObjectType(schema.getType(WhoWhatWhereFilter.name));
  const fields = inputType.getFields();
  const names = Object.keys(fields);

  return (params) => {
    const raw: Record<string, unknown> = {};
    for (const name of new Set(params.keys())) {
      const field = fields[name];
      if (!field) throw new BadInputError(`\`${echo(name, 40)}\` is not a 3W filter; the filters are ${names.join(", ")}`, echo(name, 40));
      const values = params.getAll(name);
      const type = getNullableType(field.type);
      if (isListType(type)) {
        const items = values.flatMap((v) => v.split(",")).map((v) => v.trim());
        if (items.some((v) => v === "")) throw new BadInputError(`\`${name}\` has an empty value; leave the parameter out to mean "any"`, name);
        raw[name] = items;
      } else if (values.length > 1) {
        throw new BadInputError(`\`${name}\` may be given once`, name);
      } else if (isScalarType(type) && type.name === "Boolean") {
        if (values[0] !== "" && values[0] !== "true" && values[0] !== "false") throw new BadInputError(`\`${name}\` must be true or false`, name);
        raw[name] = values[0] !== "false";
      } else if (values[0].trim() === "") {
        throw new BadInputError(`\`${name}\` is empty; leave the parameter out to mean "any"`, name);
      } else {
        raw[name] = values[0];
      }
    }
    let problem: BadInputError | undefined;
    const coerced = coerceInputValue(raw, inputType, (path, _value, error) => {
      const name = String(path[0] ?? "filter");
      problem ??= new BadInputError(`\`${name}\`: ${error.message}`, name);
    });
    if (problem) throw problem;
    // coerceInputValue built exactly the fields of WhoWhatWhereFilter, as GraphQL hands them to the resolver.
    return toWhoWhatWhereQuery(coerced as WhoWhatWhereFilter);
  };
}
