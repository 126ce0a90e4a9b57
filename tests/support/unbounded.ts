// Where a zod schema lets a payload grow without limit: every string and array reachable from it must carry a
// maximum length (`z.maxLength`, `.max`, or an exact length), and a record's keys must be an enum or bounded
// strings. Read from zod's own definitions (`_zod.def`, the same for zod and zod/mini), so a new field or message
// kind without a maximum shows up here without anyone listing it.

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string } } }[];
  [key: string]: unknown;
}
type Schema = { _zod: { def: Def } };

const BOUNDING_CHECKS = new Set(['max_length', 'length_equals']);
const bounded = (def: Def) => (def.checks ?? []).some((check) => BOUNDING_CHECKS.has(check._zod.def.check));
/** Types with nothing to grow. */
const SCALARS = new Set(['number', 'int', 'boolean', 'literal', 'enum', 'null', 'undefined', 'nan', 'date', 'bigint', 'transform']);

/** The paths (`ticket.messages[].text`) of every string or array in `schema` without a maximum length. */
export function unboundedPaths(schema: Schema, path = '$', seen = new Set<Schema>()): string[] {
  if (seen.has(schema)) return [];
  const def = schema._zod.def;
  const inner = (child: unknown, at = path) => unboundedPaths(child as Schema, at, new Set([...seen, schema]));
  switch (def.type) {
    case 'string':
      return bounded(def) ? [] : [path];
    case 'array':
      return [...(bounded(def) ? [] : [path]), ...inner(def.element, `${path}[]`)];
    case 'object':
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, child]) => inner(child, `${path}.${key}`));
    case 'record':
      return [...inner(def.keyType, `${path}{key}`), ...inner(def.valueType, `${path}{}`)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return inner(def.innerType);
    case 'pipe':
      return [...inner(def.in), ...inner(def.out)];
    case 'union':
      return (def.options as Schema[]).flatMap((option) => inner(option));
    default:
      return SCALARS.has(def.type) ? [] : [`${path} (${def.type}: not read)`];
  }
}
