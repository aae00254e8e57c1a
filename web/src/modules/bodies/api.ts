import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import { ErrorText } from '../../shared/errors';
import type { BodyPreset } from './types';

let presets_cache: Promise<BodyPreset[]> | null = null;

/** The regulation presets (with the rules of every kind of body), fetched once per page load. */
export function LoadPresets(): Promise<BodyPreset[]> {
  if (!presets_cache) {
    presets_cache = Api<{ items: BodyPreset[] }>('/bodies/presets').then((r) => r.items);
    presets_cache.catch(() => {
      presets_cache = null;
    });
  }
  return presets_cache;
}

/** The presets for a component, with the loading error if any. */
export function usePresets(): { presets: BodyPreset[]; error: string } {
  const [presets, setPresets] = useState<BodyPreset[]>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    LoadPresets()
      .then((items) => live && setPresets(items))
      .catch((e: unknown) => live && setError(ErrorText(e)));
    return () => {
      live = false;
    };
  }, []);
  return { presets, error };
}
