// Typed placeholders shared by the sidebar and options catalogs.

/** The {names} in a message template, as a union of string literals. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** Messages without placeholders take no params; the others require exactly theirs. */
export type ParamsArg<Source, K extends keyof Source> = [Placeholders<Source[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<Source[K]>, string | number>];

/** Keys whose message takes no params, e.g. for headings chosen from data. */
export type PlainKey<Source> = { [K in keyof Source]: [Placeholders<Source[K]>] extends [never] ? K : never }[keyof Source];

/** Replaces each {name} with its value; values are never read as patterns. */
export function fill(template: string, values: Record<string, string | number> | undefined): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
