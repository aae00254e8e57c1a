import { App, Breadcrumb, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Api } from '../../api/client';
import { useErrorHandler } from '../../shared/errors';
import { PageHeader } from '../../shared/page';
import { LoadFailure } from './LoadFailure';
import type { CatalogSummary, LibraryItem } from './types';
import { useLoad } from './useLoad';

interface CatalogIndicators {
  criteria: { number: number; title: string; indicators: { number: string; area: string; title: string }[] }[];
}

interface Row {
  number: string;
  title: string;
  text: string;
}

/** One editable text of the library. */
function TextCell({ catalog_id, row, onSaved }: { catalog_id: number; row: Row; onSaved: (item: LibraryItem) => void }) {
  const [text, setText] = useState(row.text);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState('');
  const handle = useErrorHandler();
  const { message } = App.useApp();
  useEffect(() => setText(row.text), [row.text]);
  const save = async () => {
    if (!text.trim()) {
      setProblem('Текст рекомендации: не может быть пустым');
      return;
    }
    setProblem('');
    setSaving(true);
    try {
      onSaved(await Api<LibraryItem>(`/monitoring/recommendation-library/${catalog_id}/${encodeURIComponent(row.number)}`, { method: 'PUT', json: { text: text.trim() } }));
      void message.success(`Текст для показателя ${row.number} сохранён`);
    } catch (e) {
      handle(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      <Input.TextArea aria-label={`Рекомендация по показателю ${row.number}`} value={text} autoSize={{ minRows: 2, maxRows: 6 }} status={problem ? 'error' : undefined} onChange={(e) => setText(e.target.value)} />
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
      <Button size="small" disabled={text === row.text} loading={saving} onClick={() => void save()}>
        Сохранить
      </Button>
    </Space>
  );
}

/** The library of recommendation texts per indicator, from which addressed recommendations are generated. */
export default function LibraryPage() {
  const [catalog_id, setCatalogId] = useState<number | undefined>();
  const catalogsFetcher = useCallback(() => Api<{ items: CatalogSummary[] }>('/monitoring/catalogs'), []);
  const catalogs = useLoad(catalogsFetcher);
  useEffect(() => {
    const latest = [...(catalogs.data?.items ?? [])].sort((a, b) => b.id - a.id)[0];
    if (latest && catalog_id === undefined) setCatalogId(latest.id);
  }, [catalogs.data, catalog_id]);

  const fetcher = useCallback(async () => {
    if (!catalog_id) return null;
    const [catalog, library] = await Promise.all([
      Api<CatalogIndicators>(`/monitoring/catalogs/${catalog_id}`),
      Api<{ items: LibraryItem[] }>('/monitoring/recommendation-library', { query: { catalog_id } }),
    ]);
    return { catalog, library: library.items };
  }, [catalog_id]);
  const { data, error, loading, reload, setData } = useLoad(fetcher);
  const rows: Row[] = useMemo(() => {
    if (!data) return [];
    const texts = new Map(data.library.map((i) => [i.indicator_number, i.text]));
    // The catalogue gives the wording; the library may lag behind a new version, so its text may be missing.
    return data.catalog.criteria.flatMap((c) => c.indicators.map((i) => ({ number: i.number, title: `${i.area}: ${i.title}`, text: texts.get(i.number) ?? '' })));
  }, [data]);

  const columns: TableProps<Row>['columns'] = [
    { title: '№', dataIndex: 'number', width: 70 },
    { title: 'Показатель', dataIndex: 'title', width: '35%' },
    {
      title: 'Текст рекомендации при дефиците',
      key: 'text',
      render: (_, row) =>
        catalog_id && data ? (
          <TextCell catalog_id={catalog_id} row={row} onSaved={(item) => setData({ ...data, library: [...data.library.filter((i) => i.indicator_number !== item.indicator_number), item] })} />
        ) : null,
    },
  ];

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/app/monitoring">Мониторинг ММС</Link> }, { title: 'Библиотека рекомендаций' }]} />
      <PageHeader
        title="Библиотека рекомендаций"
        subtitle="Тексты адресных рекомендаций по каждому показателю; по ним формируются рекомендации муниципалитетам с дефицитами"
        extra={
          <Select
            aria-label="Перечень критериев"
            style={{ minWidth: 320 }}
            value={catalog_id}
            onChange={setCatalogId}
            options={(catalogs.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.title}, версия ${c.version}` }))}
          />
        }
      />
      {catalogs.error ? <LoadFailure what="Перечни критериев" error={catalogs.error} onRetry={() => void catalogs.reload()} /> : null}
      {error ? <LoadFailure what="Библиотека рекомендаций" error={error} onRetry={() => void reload()} /> : null}
      <Card>
        <Table<Row> rowKey="number" size="small" loading={loading} columns={columns} dataSource={rows} pagination={{ pageSize: 20 }} />
      </Card>
    </>
  );
}
