import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import type { Catalogue, CatalogueItem, Municipality, Page } from '../../api/types';

const catalogue_cache = new Map<string, Promise<CatalogueItem[]>>();

/** A catalogue's entries, fetched once per page load. */
export function LoadCatalogue(name: string): Promise<CatalogueItem[]> {
  let pending = catalogue_cache.get(name);
  if (!pending) {
    pending = Api<Catalogue>(`/catalogues/${encodeURIComponent(name)}`).then((r) => r.items);
    // A failed load is not cached: the next page that needs it tries again.
    pending.catch(() => catalogue_cache.delete(name));
    catalogue_cache.set(name, pending);
  }
  return pending;
}

/** A catalogue for a component, with a code → title lookup. */
export function useCatalogue(name: string): { items: CatalogueItem[]; TitleOf: (code: string) => string } {
  const [items, setItems] = useState<CatalogueItem[]>([]);
  useEffect(() => {
    let live = true;
    LoadCatalogue(name)
      .then((loaded) => live && setItems(loaded))
      .catch(() => live && setItems([]));
    return () => {
      live = false;
    };
  }, [name]);
  const TitleOf = (code: string) => items.find((i) => i.code === code)?.title ?? code;
  return { items, TitleOf };
}

/** The municipalities the user can see (a region has at most a few hundred). */
export function useMunicipalities(): { municipalities: Municipality[]; loading: boolean } {
  const [municipalities, setMunicipalities] = useState<Municipality[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    let live = true;
    Api<Page<Municipality>>('/territory/municipalities', { query: { size: 500 } })
      .then((page) => live && setMunicipalities(page.items))
      .catch(() => live && setMunicipalities([]))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, []);
  return { municipalities, loading };
}
