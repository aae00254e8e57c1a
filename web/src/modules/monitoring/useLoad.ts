import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { ErrorText } from '../../shared/errors';

/** The state of data a page loads: the data, the failure (with «not found» told apart) and a reload. */
export interface Loaded<T> {
  data: T | null;
  error: { text: string; missing: boolean } | null;
  loading: boolean;
  reload: () => Promise<void>;
  setData: (value: T) => void;
}

/** Loads data with `fetcher` whenever its identity changes; a stale answer never overwrites a newer one. */
export function useLoad<T>(fetcher: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Loaded<T>['error']>(null);
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let live = true;
    setLoading(true);
    fetcher()
      .then((value) => {
        if (!live) return;
        setData(value);
        setError(null);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setError({ text: ErrorText(e), missing: e instanceof ApiError && (e.status === 404 || e.status === 403) });
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [fetcher, generation]);

  const reload = useCallback(async () => {
    setGeneration((g) => g + 1);
  }, []);
  return { data, error, loading, reload, setData };
}
