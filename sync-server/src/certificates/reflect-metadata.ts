// @peculiar/x509 resolves its algorithms through tsyringe, which refuses to load without the
// Reflect metadata API (its README asks for `import "reflect-metadata"`). That package is not
// installed in this repository yet, so this module gives tsyringe the three calls it makes, kept in
// a WeakMap per object. Replace it with `import 'reflect-metadata'` once the package is added.
type Metadata = Map<unknown, unknown>;
const store = new WeakMap<object, Metadata>();

function own(target: object): Metadata {
  let found = store.get(target);
  if (!found) store.set(target, (found = new Map()));
  return found;
}

interface MetadataReflect {
  getMetadata?: (key: unknown, target: object) => unknown;
  getOwnMetadata?: (key: unknown, target: object) => unknown;
  defineMetadata?: (key: unknown, value: unknown, target: object) => void;
}

const reflect = Reflect as unknown as MetadataReflect;
if (!reflect.getMetadata) {
  reflect.getOwnMetadata = (key, target) => store.get(target)?.get(key);
  // Inherited metadata: walk the prototype chain, as reflect-metadata does.
  reflect.getMetadata = (key, target) => {
    for (let t: object | null = target; t; t = Object.getPrototypeOf(t) as object | null) {
      const m = store.get(t);
      if (m?.has(key)) return m.get(key);
    }
    return undefined;
  };
  reflect.defineMetadata = (key, value, target) => void own(target).set(key, value);
}
