import fc from 'fast-check';
import type { z } from 'zod';
import { hostileValue, ownKeys, PROTO_KEYS } from './hostile-values';

interface Def {
  type: string;
  format?: string;
  pattern?: RegExp;
  checks?: {
    _zod: { def: { check: string; maximum?: number; minimum?: number; value?: number; pattern?: RegExp } };
  }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
}

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Values real input carries, so that generated input sometimes passes the schema and reaches a handler. */
export interface Pools {
  ids: string[];
  strings: string[];
}

/**
 * Values shaped like a schema's input (right keys, roughly right types) with plausible leaves. Not
 * always valid (refinements, cross-field rules), which is fine: the mutations below break them anyway.
 */
export function plausible(schema: z.ZodType, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'string': {
      if (def.format === 'uuid') return fc.oneof(fc.constantFrom(...pools.ids), fc.uuid());
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 40;
      const pattern = def.pattern ?? checks.find((c) => c.pattern)?.pattern;
      const options: fc.Arbitrary<string>[] = [
        fc.string({ maxLength: Math.min(max, 40) }),
        fc.constantFrom(...pools.strings),
      ];
      if (pattern) options.push(fc.stringMatching(pattern).filter((s) => s.length <= max));
      return fc.oneof(...options);
    }
    case 'number': {
      const min = checks.find((c) => c.check === 'greater_than')?.value ?? -1000;
      const max = checks.find((c) => c.check === 'less_than')?.value ?? 100_000;
      return fc.oneof(
        fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
        fc.double({ min, max, noNaN: true }),
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries!));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'nullable':
      return fc.option(plausible(def.innerType!, pools, depth), { nil: null });
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(plausible(def.innerType!, pools, depth), { nil: undefined });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return plausible(def.innerType!, pools, depth);
    case 'pipe':
      return plausible(def.in!, pools, depth);
    case 'union':
      return fc.oneof(...def.options!.map((o) => plausible(o, pools, depth)));
    case 'array': {
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 3;
      const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
      if (depth > 4) return fc.constant([]);
      return fc.array(plausible(def.element!, pools, depth + 1), {
        minLength: Math.min(min, 3),
        maxLength: Math.max(Math.min(max, 3), Math.min(min, 3)),
      });
    }
    case 'tuple':
      return fc.tuple(...def.items!.map((i) => plausible(i, pools, depth + 1)));
    case 'object': {
      if (depth > 4) return fc.constant({});
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(def.shape!)) model[k] = plausible(v, pools, depth + 1);
      return fc.record(model).map((o) => {
        // Optional keys left undefined are dropped, as JSON would drop them.
        for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
        return o;
      });
    }
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

type Mutation = 'none' | 'replace' | 'delete' | 'addKey' | 'protoKey' | 'wrap' | 'whole';

/** Every path into a value (objects and arrays), the root included. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object')
    for (const k of Object.keys(value)) paths((value as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

function setAt(
  root: unknown,
  path: (string | number)[],
  fn: (parent: unknown, key: string | number) => void,
): unknown {
  if (path.length === 0) return root;
  let parent = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  fn(parent, path.at(-1)!);
  return root;
}

/** A plausible value for the schema, mostly with one hostile change somewhere in it. */
export function hostileFor(
  schema: z.ZodType,
  pools: Pools,
): fc.Arbitrary<{ input: unknown; mutation: Mutation }> {
  return fc
    .tuple(
      plausible(schema, pools),
      fc.constantFrom<Mutation>(
        'none',
        'none',
        'replace',
        'replace',
        'replace',
        'delete',
        'addKey',
        'protoKey',
        'wrap',
        'whole',
      ),
      fc.nat(),
      hostileValue,
      fc.constantFrom(...PROTO_KEYS),
    )
    .map(([base, mutation, pick, bad, protoKey]) => {
      const all = paths(base);
      const inner = all.slice(1);
      const target = inner.length > 0 ? inner[pick % inner.length]! : [];
      const containers = all.filter((p) => {
        let v: unknown = base;
        for (const k of p) v = (v as Record<string | number, unknown>)[k];
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      });
      const container = containers.length > 0 ? containers[pick % containers.length]! : null;
      const objectAt = (p: (string | number)[]) => {
        let v: unknown = base;
        for (const k of p) v = (v as Record<string | number, unknown>)[k];
        return v as Record<string, unknown>;
      };
      switch (mutation) {
        case 'none':
          // Unchanged plausible input: often still refused (cross-field rules), sometimes run by the handler.
          return { input: base, mutation };
        case 'replace':
          if (target.length === 0) return { input: bad, mutation };
          return {
            input: setAt(base, target, (p, k) => ((p as Record<string | number, unknown>)[k] = bad)),
            mutation,
          };
        case 'delete':
          if (target.length === 0) return { input: undefined, mutation };
          return {
            input: setAt(base, target, (p, k) => {
              if (Array.isArray(p)) p.splice(Number(k), 1);
              else delete (p as Record<string | number, unknown>)[k];
            }),
            mutation,
          };
        case 'addKey':
          if (!container) return { input: ownKeys([['unexpected', bad]]), mutation };
          objectAt(container)['unexpectedKey'] = bad;
          return { input: base, mutation };
        case 'protoKey': {
          const into = container ? objectAt(container) : {};
          Object.defineProperty(into, protoKey, {
            value: bad,
            enumerable: true,
            writable: true,
            configurable: true,
          });
          return { input: container ? base : into, mutation };
        }
        case 'wrap':
          return { input: [base], mutation };
        case 'whole':
          return { input: bad, mutation };
      }
    });
}
