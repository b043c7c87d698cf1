/**
 * zod's `safeParse` with a fast path for data that is plainly valid, for the hot paths that check what the host
 * sends (frames, events, snapshots of 10,000 rows). A window's page may not evaluate code (its CSP has no
 * 'unsafe-eval'), so zod runs without its compiled parsers there: checking a big snapshot took tens of
 * milliseconds of a reload. This walks a schema's definition once and builds a checker from closures for the
 * shapes the contract uses (objects, arrays, strings, numbers, literals, enums, discriminated unions and their
 * common checks). The checker answers true only when zod would accept the value and hand back an equal one (no
 * unknown keys to strip, no defaults or transforms); anything else, or any schema it does not know, goes to zod,
 * which stays the one authority and the one source of error messages. Values are JSON values (as parsed from a
 * frame): arrays without holes or keys of their own.
 */
import type { z } from 'zod';

type Check = (value: unknown) => boolean;

/** A zod 4 definition, as much of it as this file reads. */
interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}
interface Schema {
  readonly _zod: { readonly def: Def };
}

const defOf = (schema: unknown): Def => (schema as Schema)._zod.def;

// Definition keys each node type may have for the fast path to mean the same as zod; any other key (a format, a
// pattern, coercion, a default) changes what zod accepts or returns.
const allowedKeys: Record<string, readonly string[]> = {
  string: ['checks'],
  number: ['checks'],
  boolean: [],
  null: [],
  unknown: [],
  any: [],
  literal: ['values'],
  enum: ['entries'],
  nullable: ['innerType'],
  optional: ['innerType'],
  array: ['element', 'checks'],
  object: ['shape', 'catchall'],
  union: ['options', 'discriminator', 'inclusive'],
};
const harmlessKeys = new Set(['type', 'error', 'abort', 'when', 'coerce']);

function onlyKeys(def: Def, allowed: readonly string[]): boolean {
  return Object.keys(def).every((key) => harmlessKeys.has(key) || allowed.includes(key)) && !def['coerce'];
}

/** A length is in UTF-16 units; zod may count code points (fewer). A bound that holds either way is certain. */
function lengthCheck(def: Def): ((length: number) => boolean) | undefined {
  const n = def['minimum'] ?? def['maximum'];
  if (typeof n !== 'number') return undefined;
  switch (def['check']) {
    case 'min_length':
      return (length) => length >= 2 * n; // two units per code point at most: certainly n code points
    case 'max_length':
      return (length) => length <= n;
    default:
      return undefined;
  }
}

function numberCheck(def: Def): Check | undefined {
  const value = def['value'];
  switch (def['check']) {
    case 'number_format':
      return def['format'] === 'safeint' ? (v) => Number.isSafeInteger(v) : undefined;
    case 'greater_than':
      if (typeof value !== 'number') return undefined;
      return def['inclusive'] ? (v) => (v as number) >= value : (v) => (v as number) > value;
    case 'less_than':
      if (typeof value !== 'number') return undefined;
      return def['inclusive'] ? (v) => (v as number) <= value : (v) => (v as number) < value;
    default:
      return undefined;
  }
}

function checksOf<T>(def: Def, build: (check: Def) => T | undefined): T[] | undefined {
  const checks = (def['checks'] as readonly unknown[] | undefined) ?? [];
  const built: T[] = [];
  for (const check of checks) {
    const one = build(defOf(check));
    if (one === undefined) return undefined;
    built.push(one);
  }
  return built;
}

/** One check for all of `checks` (undefined when there are none, so the caller can leave it out). */
function allOf<T>(checks: ((value: T) => boolean)[]): ((value: T) => boolean) | undefined {
  if (checks.length <= 1) return checks[0];
  return (value) => checks.every((ok) => ok(value));
}

function compile(schema: unknown): Check | undefined {
  const def = defOf(schema);
  const allowed = allowedKeys[def.type];
  if (!allowed || !onlyKeys(def, allowed)) return undefined;
  switch (def.type) {
    case 'string': {
      const lengths = checksOf(def, lengthCheck);
      if (!lengths) return undefined;
      const length = allOf(lengths);
      return length ? (v) => typeof v === 'string' && length(v.length) : (v) => typeof v === 'string';
    }
    case 'number': {
      const checks = checksOf(def, numberCheck);
      if (!checks) return undefined;
      const check = allOf(checks);
      return check ? (v) => typeof v === 'number' && Number.isFinite(v) && check(v) : (v) => typeof v === 'number' && Number.isFinite(v);
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    case 'unknown':
    case 'any':
      return () => true;
    case 'literal': {
      const values = def['values'] as readonly unknown[];
      return (v) => values.includes(v);
    }
    case 'enum': {
      const values = Object.values(def['entries'] as object) as unknown[];
      return (v) => values.includes(v);
    }
    case 'nullable': {
      const inner = compile(def['innerType']);
      return inner && ((v) => v === null || inner(v));
    }
    case 'optional': {
      const inner = compile(def['innerType']);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'array': {
      const element = compile(def['element']);
      const lengths = checksOf(def, lengthCheck);
      if (!element || !lengths) return undefined;
      const length = allOf(lengths) ?? (() => true);
      return (v) => {
        if (!Array.isArray(v) || !length(v.length)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object':
      return compileObject(def);
    case 'union':
      return compileUnion(def);
    default:
      return undefined;
  }
}

function compileObject(def: Def): Check | undefined {
  // Stripping (no catchall) and strict (catchall never) agree on input without unknown keys; passthrough would not.
  if (def['catchall'] !== undefined && defOf(def['catchall']).type !== 'never') return undefined;
  const shape = def['shape'] as Record<string, unknown>;
  const keys = Object.keys(shape);
  // A key every object inherits (`constructor`, `__proto__`…) would be found on an object without it.
  if (keys.some((key) => key in Object.prototype)) return undefined;
  // Parallel arrays walked by index: this loop runs for every row of a snapshot and every event of a frame.
  const checks: Check[] = [];
  const optional: boolean[] = [];
  for (const key of keys) {
    const check = compile(shape[key]);
    if (!check) return undefined;
    checks.push(check);
    optional.push(defOf(shape[key]).type === 'optional');
  }
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    // A plain object (as JSON and structured clones make): then every key found below is its own.
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return false;
    const record = v as Record<string, unknown>;
    let present = 0;
    for (let i = 0; i < keys.length; i++) {
      // JSON holds no undefined, and no key of the shape is inherited: a value found is an own key present.
      const value = record[keys[i]!];
      if (value !== undefined) {
        present++;
        if (!checks[i]!(value)) return false;
      } else if (!optional[i]) return false;
    }
    // Any other key would be stripped (or refused) by zod: not the same value, so zod decides. Counted without
    // Object.keys, whose array per checked object was 7 % of a Node client's garbage in the latency bench; a key
    // someone made enumerable on Object.prototype is counted too, which only sends the value to zod.
    let own = 0;
    for (const _key in record) if (++own > present) return false;
    return own === present;
  };
}

// Node types whose output is always the input itself: any option of a union of them that accepts a value is as good
// as the option zod picks first.
const primitiveTypes = new Set(['string', 'number', 'boolean', 'null', 'literal', 'enum']);

function compileUnion(def: Def): Check | undefined {
  if (def['discriminator'] !== undefined) return compileDiscriminated(def);
  const options = def['options'] as readonly unknown[];
  if (!options.every((option) => primitiveTypes.has(defOf(option).type))) return undefined;
  const checks = options.map(compile);
  if (checks.some((check) => !check)) return undefined;
  return (v) => checks.some((check) => check!(v));
}

function compileDiscriminated(def: Def): Check | undefined {
  const discriminator = def['discriminator'];
  if (typeof discriminator !== 'string' || def['inclusive']) return undefined;
  const byValue = new Map<unknown, Check>();
  for (const option of def['options'] as readonly unknown[]) {
    const optionDef = defOf(option);
    const tag = optionDef.type === 'object' ? (optionDef['shape'] as Record<string, unknown>)[discriminator] : undefined;
    if (!tag || defOf(tag).type !== 'literal') return undefined;
    const check = compile(option);
    if (!check) return undefined;
    for (const value of defOf(tag)['values'] as readonly unknown[]) {
      if (byValue.has(value)) return undefined;
      byValue.set(value, check);
    }
  }
  return (v) => {
    if (typeof v !== 'object' || v === null) return false;
    const check = byValue.get((v as Record<string, unknown>)[discriminator]);
    return check !== undefined && check(v);
  };
}

const compiled = new WeakMap<object, Check | null>();

/** The fast checker of `schema`, or undefined when only zod can tell (built once per schema). */
export function fastCheckOf(schema: z.ZodType): Check | undefined {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = compile(schema) ?? null;
    compiled.set(schema, check);
  }
  return check ?? undefined;
}

/** `schema.safeParse(value)`, answered without zod when the value is plainly valid (then `data` is `value` itself). */
export function fastParse<S extends z.ZodType>(schema: S, value: unknown): z.ZodSafeParseResult<z.output<S>> {
  const check = fastCheckOf(schema);
  // The checker accepts only what zod accepts unchanged, so the value is the output zod would return.
  if (check?.(value)) return { success: true, data: value as z.output<S> };
  return schema.safeParse(value);
}
