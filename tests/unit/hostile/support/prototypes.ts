/** Built-in prototypes a crafted file or input could pollute. */
const PROTOTYPES: [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
  ['Number', Number.prototype],
];

/** Every own property of the built-in prototypes with its value, and whatever a fresh object inherits enumerably. */
export function prototypeSnapshot(): Map<string, unknown> {
  const snapshot = new Map<string, unknown>();
  for (const [name, proto] of PROTOTYPES)
    for (const k of Reflect.ownKeys(proto)) {
      const d = Reflect.getOwnPropertyDescriptor(proto, k)!;
      snapshot.set(`${name}.${String(k)}`, d.value ?? d.get);
    }
  const probe: Record<string, unknown> = {};
  for (const k in probe) snapshot.set(`inherited.${k}`, probe[k]);
  return snapshot;
}

/** Keys added, removed or changed since `before`. */
export function prototypeChanges(before: Map<string, unknown>): string[] {
  const now = prototypeSnapshot();
  const changed = [...now].filter(([k, v]) => !before.has(k) || before.get(k) !== v).map(([k]) => k);
  return [...changed, ...[...before.keys()].filter((k) => !now.has(k))];
}
