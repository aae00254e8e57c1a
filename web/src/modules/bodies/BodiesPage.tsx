import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Api } from '../../api/client';
import type { Page } from '../../api/types';
import { useAuth } from '../../shared/auth';
import { FormatDate } from '../../shared/dates';
import { ErrorText } from '../../shared/errors';
import { PageHeader } from '../../shared/page';
import { useMunicipalities } from '../territory/api';
import { CanKeepBodies } from './access';
import { usePresets } from './api';
import { BodiesNav } from './BodiesNav';
import { BodyFormModal } from './BodyFormModal';
import type { BodySummary } from './types';

const kPageSize = 20;

/** Where a body sits, as the list shows it. */
function PlaceText(b: BodySummary): string {
  return b.organisation_name ?? b.municipality_name ?? 'Регион';
}

/** The collegial bodies the user may see, with filters kept in the address, and the creation of a new one. */
export default function BodiesPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind') ?? '';
  const municipality = Number(params.get('municipality')) || undefined;
  const year = Number(params.get('year')) || undefined;
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [data, setData] = useState<Page<BodySummary> | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState('');
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(q);
  const { presets } = usePresets();
  const { municipalities } = useMunicipalities();

  const update = useCallback(
    (changes: Record<string, string | number | undefined | null>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === '' || value === undefined || value === null) next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  useEffect(() => {
    let live = true;
    setLoading(true);
    setFailure('');
    Api<Page<BodySummary>>('/bodies', { query: { kind, municipality, year, q, page, size: kPageSize } })
      .then((answer) => live && setData(answer))
      .catch((e: unknown) => live && setFailure(ErrorText(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [kind, municipality, year, q, page]);

  // Every kind of body any preset knows, once.
  const kindOptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const p of presets) for (const k of p.kinds) if (!seen.has(k.kind)) seen.set(k.kind, k.kind_title);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [presets]);

  const columns: TableProps<BodySummary>['columns'] = [
    { title: 'Наименование', dataIndex: 'name', width: 320, render: (v: string, b) => <Link to={`/app/bodies/${b.id}`}>{v}</Link> },
    { title: 'Вид', dataIndex: 'kind_title', width: 230 },
    { title: 'Территория / организация', key: 'place', width: 200, render: (_, b) => PlaceText(b) },
    { title: 'Предмет', key: 'subject', width: 140, render: (_, b) => b.subject_title ?? b.subject ?? '—' },
    { title: 'Год', dataIndex: 'year', width: 80 },
    { title: 'Членов', dataIndex: 'members_count', width: 90, align: 'right' },
    { title: 'Заседаний', dataIndex: 'sessions_count', width: 110, align: 'right' },
    { title: 'Последнее заседание', dataIndex: 'last_session_on', width: 130, render: (v: string | null) => FormatDate(v) },
  ];

  return (
    <>
      <PageHeader
        title="Коллегиальные органы"
        subtitle="Методические объединения, советы, собрания и советы ассоциаций: состав, заседания, голосования, протоколы"
        extra={
          CanKeepBodies(user) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Создать орган
            </Button>
          ) : null
        }
      />
      <BodiesNav />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="Вид органа"
          style={{ minWidth: 260 }}
          allowClear
          placeholder="Все виды"
          value={kind || undefined}
          options={kindOptions}
          onChange={(v?: string) => update({ kind: v })}
        />
        <Select
          aria-label="Муниципальное образование"
          style={{ minWidth: 260 }}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Все муниципальные образования"
          value={municipality}
          options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(v?: number) => update({ municipality: v })}
        />
        <InputNumber aria-label="Год" placeholder="Год" style={{ width: 110 }} precision={0} min={2000} max={2100} value={year ?? null} onChange={(v) => update({ year: v ?? undefined })} />
        <Input.Search
          aria-label="Поиск по наименованию"
          placeholder="Поиск по наименованию"
          allowClear
          style={{ width: 280 }}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(v) => update({ q: v.trim() })}
        />
      </Space>
      {failure ? <Alert type="error" showIcon message="Не удалось загрузить список органов" description={failure} style={{ marginBottom: 16 }} /> : null}
      <Table<BodySummary>
        rowKey="id"
        size="middle"
        loading={loading}
        columns={columns}
        dataSource={data?.items ?? []}
        locale={{ emptyText: 'Органов не найдено' }}
        pagination={{
          current: page,
          pageSize: kPageSize,
          total: data?.total ?? 0,
          showSizeChanger: false,
          hideOnSinglePage: true,
          onChange: (p) => update({ page: p }),
        }}
        footer={() => <Typography.Text type="secondary">Всего: {data?.total ?? 0}</Typography.Text>}
      />
      <BodyFormModal
        open={creating}
        default_municipality={municipalities.length === 1 ? municipalities[0].id : municipality}
        onClose={() => setCreating(false)}
        onSaved={(b) => {
          setCreating(false);
          navigate(`/app/bodies/${b.id}`);
        }}
      />
    </>
  );
}
