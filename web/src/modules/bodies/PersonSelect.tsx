import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Api } from '../../api/client';
import type { Page } from '../../api/types';
import type { PersonSummary } from '../people/types';

interface Option {
  value: number;
  label: string;
}

/** «Иванова Анна Петровна — МАОУ «СОШ № 1»»: the name and where the person works, to tell namesakes apart. */
function OptionOf(p: PersonSummary): Option {
  return { value: p.id, label: p.organisation_name ? `${p.full_name} — ${p.organisation_name}` : p.full_name };
}

/**
 * A person picker that asks the people registry as the user types (a region has thousands of teachers); the
 * server offers only persons the user may read. `municipality` narrows the search to one territory.
 */
export function PersonSelect({
  id,
  value,
  onChange,
  municipality,
  exclude,
  initial_label,
  placeholder = 'Начните вводить фамилию',
}: {
  id?: string;
  value?: number;
  onChange?: (value?: number) => void;
  municipality?: number | null;
  /** Persons not to offer (already members). */
  exclude?: number[];
  initial_label?: string;
  placeholder?: string;
}) {
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);
  const request = useRef(0);

  const search = (text: string) => {
    const mine = ++request.current;
    setLoading(true);
    Api<Page<PersonSummary>>('/people', { query: { q: text.trim(), municipality: municipality ?? undefined, size: 20 } })
      .then((page) => {
        if (mine === request.current) setOptions(page.items.map(OptionOf));
      })
      .catch(() => mine === request.current && setOptions([]))
      .finally(() => mine === request.current && setLoading(false));
  };

  useEffect(() => {
    search('');
    // A new territory starts a new search; `search` itself changes on every render.
  }, [municipality]);

  const offered = options.filter((o) => !exclude?.includes(o.value));
  const shown = value && initial_label && !offered.some((o) => o.value === value) ? [{ value, label: initial_label }, ...offered] : offered;
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      loading={loading}
      placeholder={placeholder}
      value={value}
      onChange={(v?: number) => onChange?.(v)}
      onSearch={search}
      options={shown}
      notFoundContent={loading ? 'Поиск…' : 'Никого не найдено'}
    />
  );
}
