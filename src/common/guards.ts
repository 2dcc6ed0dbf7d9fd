/** A plain object (not null, not an array): its properties can be read as unknown. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether `value` is one of the values of a string enum (Role, RelType…): read from data, checked rather than cast. */
export function isEnumValue<E extends Record<string, string>>(values: E, value: unknown): value is E[keyof E] {
  return typeof value === "string" && Object.values(values).includes(value);
}
