// For the peer's round trips: @neo4j/graphql runs its Cypher through the driver it is given, so the peer
// server (serve-child.ts) gives it this wrapper, which reports every statement before running it.
import type { Driver } from 'neo4j-driver';

/** A driver whose sessions report every statement they run (auto-commit, managed or explicit transactions). */
export function countingDriver(driver: Driver, onRun: (cypher: string) => void): Driver {
  const call = (fn: unknown, self: object, args: unknown[]) => (fn as (...a: unknown[]) => unknown).apply(self, args);
  const wrapRunner = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (typeof value !== 'function') return value;
        if (key === 'run') {
          return (query: unknown, ...rest: unknown[]) => {
            onRun(typeof query === 'string' ? query : String((query as { text?: string }).text ?? ''));
            return call(value, object, [query, ...rest]);
          };
        }
        if (key === 'executeRead' || key === 'executeWrite') {
          return (work: (tx: object) => unknown, ...rest: unknown[]) => call(value, object, [(tx: object) => work(wrapRunner(tx)), ...rest]);
        }
        if (key === 'beginTransaction') return (...args: unknown[]) => wrapRunner(call(value, object, args) as object);
        return value.bind(object);
      },
    });
  return new Proxy(driver, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'session') return (...args: unknown[]) => wrapRunner(call(value, object, args) as object);
      return value.bind(object);
    },
  });
}
