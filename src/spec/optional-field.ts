/**
 * `{ [key]: value }`, or `{}` when the value is absent or an empty list: Go's `omitempty`, for
 * spreading into an object literal in the runtime-spec field order.
 */
export function optionalField<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return {};
  return { [key]: value } as { [P in K]?: V };
}
