import { unwrap, type IDBPIndex, type IndexNames, type StoreNames, type StoreValue } from 'idb';

/** IDBIndex.getAllRecords (Chromium 141+): the newest records in one request, with a direction. */
type WithGetAllRecords = IDBIndex & {
  getAllRecords?: (options: {
    query?: IDBKeyRange | null;
    count?: number;
    direction?: IDBCursorDirection;
  }) => IDBRequest<Array<{ value: unknown }>>;
};

/**
 * The values of an index's `limit` highest keys in `range`, highest first: one request where the
 * browser has getAllRecords, else a cursor stepping down (one round trip per value).
 */
export async function newestFirst<
  Schema,
  Stores extends ArrayLike<StoreNames<Schema>>,
  Store extends StoreNames<Schema>,
  Index extends IndexNames<Schema, Store>,
  Mode extends IDBTransactionMode,
>(
  index: IDBPIndex<Schema, Stores, Store, Index, Mode>,
  range: IDBKeyRange | null,
  limit: number,
): Promise<Array<StoreValue<Schema, Store>>> {
  type V = StoreValue<Schema, Store>;
  if (limit <= 0) return [];
  const raw = unwrap(index) as WithGetAllRecords;
  if (typeof raw.getAllRecords === 'function') {
    const request = raw.getAllRecords({ query: range, count: limit, direction: 'prev' });
    const records = await new Promise<Array<{ value: unknown }>>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('getAllRecords failed'));
    });
    return records.map((record) => record.value as V);
  }
  const values: V[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor) {
    values.push(cursor.value);
    if (values.length >= limit) break;
    cursor = await cursor.continue();
  }
  return values;
}
