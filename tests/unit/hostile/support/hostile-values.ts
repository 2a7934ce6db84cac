import fc from 'fast-check';

/** Keys that reach Object.prototype or shadow its methods when code copies objects carelessly. */
export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
] as const;

/** An object with the given own keys, `__proto__` included (an object literal would set the prototype instead). */
export function ownKeys(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

/** Nests a value `depth` levels deep in arrays or objects, without recursion. */
export function nested(depth: number, kind: 'array' | 'object'): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = kind === 'array' ? [v] : { a: v };
  return v;
}

const MB = 1024 * 1024;
// Built once: generating megabytes per run would dominate the run time.
const HUGE = {
  ascii: 'x'.repeat(MB),
  cjk: '张'.repeat(MB / 2),
  digits: '4'.repeat(MB),
  spaces: ' '.repeat(MB),
  date: '2022-01-01'.repeat(10_000),
  array: Array.from({ length: 100_000 }, (_, i) => i),
  strings: Array.from({ length: 20_000 }, () => '422823200301296461'),
  deepArray: nested(10_000, 'array'),
  deepObject: nested(10_000, 'object'),
};

/** Strings that are dangerous or confusing somewhere (SQL, paths, formulas, Unicode, number-like text). */
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\u202E' + 'gnp.exe',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'undefined',
  'true',
  '[object Object]',
  "1' OR '1'='1",
  "'; DROP TABLE seekers; --",
  '=HYPERLINK("http://x")',
  '@SUM(1+1)',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  '%00',
  '${7*7}',
  '{{constructor.constructor("return 1")()}}',
  '__proto__',
  'constructor',
  '０１２３４５',
  '4228２３200301296461',
  '2022-02-30',
  '0000-01-01',
  '9999-12-31',
  '-001-01-01',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

const NASTY_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0.1,
  -1,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  1e21,
];

/** Objects built to pollute a prototype if code merges them. */
function pollutionAttempts(): unknown[] {
  return [
    JSON.parse('{"__proto__":{"polluted":"yes"}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
    ownKeys([
      ['__proto__', { isAdmin: true }],
      ['toString', 'x'],
    ]),
    Object.assign(Object.create(null), { a: 1 }),
    [JSON.parse('{"__proto__":{"polluted":"yes"}}')],
  ];
}

/** One hostile value: wrong type, wrong size, wrong shape, or crafted. Structured-clonable, as IPC allows. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, ...NASTY_NUMBERS),
  fc.constantFrom(...NASTY_STRINGS),
  fc.constantFrom(...(Object.keys(HUGE) as (keyof typeof HUGE)[])).map((k) => HUGE[k]),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.double(),
  fc.integer(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(0, 1, 2).map((i) => [new Map([['a', 1]]), new Set([1]), new Uint8Array([1, 2, 3])][i]),
  fc.constantFrom(0, 1, 2, 3, 4).map((i) => pollutionAttempts()[i]),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 4 }),
);

/** Hostile values, sometimes inside objects with prototype keys or arrays. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileLeaf },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 8 })), hostileLeaf), {
        maxLength: 4,
      })
      .map(ownKeys),
  },
  { weight: 1, arbitrary: fc.array(hostileLeaf, { maxLength: 3 }) },
);
