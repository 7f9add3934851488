/** An in-memory Web Storage (tests only), so each test gets its own "tab" and can read every byte. */
export interface MemoryStorage extends Storage {
  /** The stored entries, by key. */
  readonly data: Map<string, string>
  /** Every stored value, one per line: what a scan for leaked secrets reads. */
  dump(): string
}

/** Creates an empty {@link MemoryStorage}. */
export function memoryStorage(): MemoryStorage {
  const data = new Map<string, string>()
  return {
    data,
    dump: () => [...data.values()].join('\n'),
    get length() {
      return data.size
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  }
}
