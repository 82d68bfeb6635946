// A small in-process cache for figures that may be a few seconds old (navigation counts): one
// value per key for `ttlMs`, concurrent callers share one computation, at most `MAX_ENTRIES` keys
// (the oldest go first). Per process: each app instance keeps its own.

const MAX_ENTRIES = 5000;

type TEntry = { at: number; value: Promise<unknown> };
const store = ((globalThis as unknown as { nadzorTtlCache?: Map<string, TEntry> }).nadzorTtlCache ??= new Map());

export function cached<T>(key: string, ttlMs: number, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const hit = store.get(key);
  if (hit && now - hit.at < ttlMs) return hit.value as Promise<T>;
  const value = compute();
  store.delete(key);
  store.set(key, { at: now, value });
  // A failure is not remembered: the next caller tries again.
  value.catch(() => {
    if (store.get(key)?.value === value) store.delete(key);
  });
  while (store.size > MAX_ENTRIES) store.delete(store.keys().next().value as string);
  return value;
}
