// msw 3 uses ES2024/ES2025 built-ins that Node 22 has and Node 20 lacks (Promise.withResolvers and
// Set.prototype.intersection/difference). CI runs Node 22; these definitions let the same tests run on a
// Node 20 machine. Each is only added when missing, with the standard's behaviour for the Sets msw passes.

type Resolvers<T> = { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void };

const promise = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
if (typeof promise.withResolvers !== 'function') {
  promise.withResolvers = <T>() => {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const created = new Promise<T>((done, fail) => {
      resolve = done;
      reject = fail;
    });
    return { promise: created, resolve, reject };
  };
}

type SetMethods = {
  intersection?: (other: Iterable<unknown>) => Set<unknown>;
  difference?: (other: Iterable<unknown>) => Set<unknown>;
};

const setPrototype = Set.prototype as unknown as SetMethods;
if (typeof setPrototype.intersection !== 'function') {
  setPrototype.intersection = function intersection(this: Set<unknown>, other: Iterable<unknown>) {
    const others = new Set(other);
    return new Set([...this].filter((item) => others.has(item)));
  };
}
if (typeof setPrototype.difference !== 'function') {
  setPrototype.difference = function difference(this: Set<unknown>, other: Iterable<unknown>) {
    const others = new Set(other);
    return new Set([...this].filter((item) => !others.has(item)));
  };
}
