import { useEffect, useState } from 'react';

export type Query<T> =
  { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: unknown };

const LOADING = { status: 'loading' } as const;

/**
 * Runs `run` when `key` or `run` changes and keeps the last answer until the next one arrives, so
 * a refresh never flashes back to "Loading". Answers to a superseded run are dropped. A null key
 * waits: nothing runs until there is one. `initial`, an answer already in hand, is shown meanwhile.
 */
export function useQuery<T>(key: string | null, run: () => Promise<T>, initial?: T): Query<T> {
  const [settled, setSettled] = useState<Query<T>>(initial === undefined ? LOADING : { status: 'done', data: initial });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    run().then(
      (data) => {
        if (current) setSettled({ status: 'done', data });
      },
      (error: unknown) => {
        console.error(error);
        if (current) setSettled({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [key, run]);
  return settled;
}
