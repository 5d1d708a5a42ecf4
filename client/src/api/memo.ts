// Per-key memo of API answers: details and the reader re-render on every language switch without refetching.
// Failures are not kept, so Retry asks again.
export function memoize<K, V>(load: (key: K) => Promise<V>, keyOf: (key: K) => string = String): (key: K) => Promise<V> {
  const entries = new Map<string, Promise<V>>();
  return (key) => {
    const id = keyOf(key);
    let entry = entries.get(id);
    if (!entry) {
      entry = load(key);
      entries.set(id, entry);
      entry.catch(() => entries.delete(id));
    }
    return entry;
  };
}
