/** Opens a store for one action and closes it after, whatever happens: nothing holds a connection open. */
export async function withStore<S extends { close(): void }, T>(open: () => Promise<S>, action: (store: S) => Promise<T>): Promise<T> {
  const store = await open();
  try {
    return await action(store);
  } finally {
    store.close();
  }
}
