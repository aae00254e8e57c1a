import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import type { Organisation, Page } from '../../api/types';

/** The organisations the user can see, optionally of one municipality (a region has a few hundred). */
export function useOrganisations(municipality?: string | number): { organisations: Organisation[]; loading: boolean } {
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    setLoading(true);
    Api<Page<Organisation>>('/organisations', { query: { municipality: municipality || undefined, size: 500 } })
      .then((page) => live && setOrganisations(page.items))
      .catch(() => live && setOrganisations([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [municipality]);
  return { organisations, loading };
}
