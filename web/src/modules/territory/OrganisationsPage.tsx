import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Input, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Api } from '../../api/client';
import type { Organisation, Page } from '../../api/types';
import { useAuth } from '../../shared/auth';
import { DownloadFile } from '../../shared/download';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { PageHeader } from '../../shared/page';
import { CanManageOrganisations } from '../../shared/roles';
import { useCatalogue, useMunicipalities } from './api';
import { ImportModal } from './ImportModal';
import { OrganisationFormModal } from './OrganisationFormModal';

const kDefaultSize = 20;

/** The filters of the registry, kept in the address so that links, reloads and «back» keep them. */
function useRegistryQuery() {
  const [params, setParams] = useSearchParams();
  const query = {
    municipality: params.get('municipality') ?? '',
    kind: params.get('kind') ?? '',
    flag: params.get('flag') ?? '',
    q: params.get('q') ?? '',
    sort: params.get('sort') ?? 'name',
    page: Math.max(1, Number(params.get('page')) || 1),
    size: Math.min(500, Math.max(1, Number(params.get('size')) || kDefaultSize)),
  };
  const update = useCallback(
    (changes: Partial<Record<keyof typeof query, string | number>>, keep_page = false) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value === '' || value === undefined) next.delete(key);
            else next.set(key, String(value));
          }
          if (!keep_page) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { query, update };
}

/** The organisation registry: server-side paging, sorting and filters; export, import and adding. */
export default function OrganisationsPage() {
  const { user } = useAuth();
  const { query, update } = useRegistryQuery();
  const [data, setData] = useState<Page<Organisation> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [search, setSearch] = useState(query.q);
  const [exporting, setExporting] = useState(false);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [reload, setReload] = useState(0);
  const { municipalities, loading: municipalities_loading } = useMunicipalities();
  const kinds = useCatalogue('organisation-kinds');
  const flags = useCatalogue('organisation-flags');
  const handle = useErrorHandler();
  const navigate = useNavigate();
  const can_manage = CanManageOrganisations(user);

  const filters = useMemo(
    () => ({ municipality: query.municipality, kind: query.kind, flag: query.flag, q: query.q, sort: query.sort }),
    [query.municipality, query.kind, query.flag, query.q, query.sort],
  );

  useEffect(() => setSearch(query.q), [query.q]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError('');
    Api<Page<Organisation>>('/organisations', { query: { ...filters, page: query.page, size: query.size } })
      .then((page) => live && setData(page))
      .catch((e: unknown) => live && setError(ErrorText(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [filters, query.page, query.size, reload]);

  const onExport = async () => {
    setExporting(true);
    try {
      await DownloadFile('/organisations/export.xlsx', 'Организации.xlsx', filters);
    } catch (e) {
      handle(e);
    } finally {
      setExporting(false);
    }
  };

  const sort_order = (column: string): 'ascend' | 'descend' | null => {
    if (query.sort === column) return 'ascend';
    if (query.sort === `-${column}`) return 'descend';
    return null;
  };

  const columns: TableProps<Organisation>['columns'] = [
    {
      title: 'Наименование',
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: sort_order('name'),
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (_: unknown, o) => (
        <Link to={`/app/organisations/${o.id}`} title={o.name}>
          {o.short_name || o.name}
        </Link>
      ),
    },
    {
      title: 'Муниципальное образование',
      dataIndex: 'municipality_name',
      key: 'municipality',
      sorter: true,
      sortOrder: sort_order('municipality'),
      sortDirections: ['ascend', 'ascend'],
    },
    { title: 'Тип', dataIndex: 'kind', key: 'kind', render: (code: string) => kinds.TitleOf(code) },
    { title: 'ИНН', dataIndex: 'inn', key: 'inn', render: (inn: string | null) => inn ?? '—', width: 130 },
    {
      title: 'Признаки',
      dataIndex: 'flags',
      key: 'flags',
      render: (codes: string[]) =>
        codes.length ? codes.map((c) => <Tag key={c}>{flags.TitleOf(c)}</Tag>) : <Typography.Text type="secondary">—</Typography.Text>,
    },
  ];

  const selected_municipality = municipalities.find((m) => String(m.id) === query.municipality);

  return (
    <>
      <PageHeader
        title="Организации"
        subtitle={selected_municipality ? `Муниципальное образование: ${selected_municipality.name}` : 'Реестр образовательных организаций'}
        extra={
          <>
            <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport}>
              Экспорт в Excel
            </Button>
            {can_manage ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  Импорт
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  Добавить организацию
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card className="filters" size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={6}>
            <Select
              aria-label="Муниципальное образование"
              data-testid="filter-municipality"
              style={{ width: '100%' }}
              allowClear
              showSearch
              optionFilterProp="label"
              loading={municipalities_loading}
              placeholder="Все муниципалитеты"
              value={query.municipality ? Number(query.municipality) : undefined}
              onChange={(v?: number) => update({ municipality: v ? String(v) : '' })}
              options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
              notFoundContent="Ничего не найдено"
            />
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Select
              aria-label="Тип организации"
              style={{ width: '100%' }}
              allowClear
              placeholder="Все типы"
              value={query.kind || undefined}
              onChange={(v?: string) => update({ kind: v ?? '' })}
              options={kinds.items.map((k) => ({ value: k.code, label: k.title }))}
            />
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Select
              aria-label="Признак"
              style={{ width: '100%' }}
              allowClear
              placeholder="Любые признаки"
              value={query.flag || undefined}
              onChange={(v?: string) => update({ flag: v ?? '' })}
              options={flags.items.map((f) => ({ value: f.code, label: f.title }))}
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <Input.Search
              aria-label="Поиск по наименованию или ИНН"
              placeholder="Наименование или ИНН"
              allowClear
              enterButton="Найти"
              value={search}
              onChange={(e) => {
                setSearch(e.target.value);
                if (!e.target.value) update({ q: '' });
              }}
              onSearch={(value) => update({ q: value.trim() })}
            />
          </Col>
        </Row>
      </Card>
      {error ? <Alert type="error" showIcon message="Не удалось загрузить реестр" description={error} style={{ marginBottom: 16 }} /> : null}
      <Table<Organisation>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: 'Организаций не найдено. Измените условия отбора или добавьте организацию.' }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const column = s?.columnKey === 'municipality' ? 'municipality' : 'name';
          const sort = s?.order === 'descend' ? `-${column}` : s?.order === 'ascend' ? column : 'name';
          const size = pagination.pageSize ?? kDefaultSize;
          if (sort !== query.sort || size !== query.size) update({ sort, size });
          else update({ page: pagination.current ?? 1 }, true);
        }}
        pagination={{
          current: data?.page ?? query.page,
          pageSize: query.size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => <span data-testid="registry-total">Всего: {total}</span>,
        }}
      />
      <OrganisationFormModal
        open={creating}
        default_municipality={query.municipality ? Number(query.municipality) : undefined}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          navigate(`/app/organisations/${saved.id}`, { state: { created: true } });
        }}
      />
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          setReload((n) => n + 1);
        }}
      />
    </>
  );
}
