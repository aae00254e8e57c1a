import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Input, Row, Select, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Api } from '../../api/client';
import type { Page } from '../../api/types';
import { useAuth } from '../../shared/auth';
import { FormatDate } from '../../shared/dates';
import { ErrorText } from '../../shared/errors';
import { ExportButton } from '../../shared/ExportButton';
import { PageHeader } from '../../shared/page';
import { CanManagePeople } from '../../shared/roles';
import { useCatalogue, useMunicipalities } from '../territory/api';
import { useOrganisations } from './api';
import { PeopleImportModal } from './PeopleImportModal';
import { kStatusTitles } from './person_rules';
import { PersonFormModal } from './PersonFormModal';
import { StatusTags } from './StatusTags';
import type { PersonStatus, PersonSummary } from './types';

const kDefaultSize = 20;
const kFilterKeys = ['municipality', 'organisation', 'q', 'subject', 'position', 'category', 'status'] as const;
type FilterKey = (typeof kFilterKeys)[number];

/** The registry's filters, kept in the address so that links, reloads and «back» keep them. */
function useRegistryQuery() {
  const [params, setParams] = useSearchParams();
  const filters = Object.fromEntries(kFilterKeys.map((k) => [k, params.get(k) ?? ''])) as Record<FilterKey, string>;
  const sort = params.get('sort') === '-name' ? '-name' : 'name';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const size = Math.min(500, Math.max(1, Number(params.get('size')) || kDefaultSize));
  const update = useCallback(
    (changes: Record<string, string | number>, keep_page = false) => {
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
  return { filters, sort, page, size, update };
}

/** The people registry: combinable filters, server-side paging and sorting by name, export, import, adding. */
export default function PeoplePage() {
  const { user } = useAuth();
  const { filters, sort, page, size, update } = useRegistryQuery();
  const [data, setData] = useState<Page<PersonSummary> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [search, setSearch] = useState(filters.q);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [reload, setReload] = useState(0);
  const navigate = useNavigate();
  const { municipalities, loading: municipalities_loading } = useMunicipalities();
  const { organisations, loading: organisations_loading } = useOrganisations(filters.municipality);
  const positions = useCatalogue('positions');
  const subjects = useCatalogue('subjects');
  const categories = useCatalogue('qualification-categories');
  const can_manage = CanManagePeople(user);

  const key = JSON.stringify(filters);
  const query = useMemo(() => ({ ...(JSON.parse(key) as Record<FilterKey, string>), sort }), [key, sort]);

  useEffect(() => setSearch(filters.q), [filters.q]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError('');
    Api<Page<PersonSummary>>('/people', { query: { ...query, page, size } })
      .then((answer) => live && setData(answer))
      .catch((e: unknown) => live && setError(ErrorText(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [query, page, size, reload]);

  const columns: TableProps<PersonSummary>['columns'] = [
    {
      title: 'ФИО',
      dataIndex: 'full_name',
      key: 'name',
      sorter: true,
      sortOrder: sort === '-name' ? 'descend' : 'ascend',
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (_: unknown, p) => (
        <>
          <Link to={`/app/people/${p.id}`}>{p.full_name}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {FormatDate(p.birth_date)}
            </Typography.Text>
          </div>
        </>
      ),
    },
    { title: 'Организация', dataIndex: 'organisation_name', key: 'organisation', render: (v: string | null) => v ?? '—' },
    { title: 'Муниципалитет', dataIndex: 'municipality_name', key: 'municipality', render: (v: string | null) => v ?? '—' },
    { title: 'Должность', dataIndex: 'position', key: 'position', render: (v: string | null) => (v ? positions.TitleOf(v) : '—') },
    {
      title: 'Предметы',
      dataIndex: 'subjects',
      key: 'subjects',
      render: (codes: string[]) => (codes.length ? codes.map((c) => subjects.TitleOf(c)).join(', ') : '—'),
    },
    {
      title: 'Категория',
      key: 'category',
      render: (_: unknown, p) =>
        p.category === 'none' ? (
          <Typography.Text type="secondary">{categories.TitleOf('none')}</Typography.Text>
        ) : (
          <>
            {categories.TitleOf(p.category)}
            {p.category_until ? (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  до {FormatDate(p.category_until)}
                </Typography.Text>
              </div>
            ) : null}
          </>
        ),
    },
    { title: 'Статус', dataIndex: 'statuses', key: 'statuses', render: (s: PersonStatus[]) => <StatusTags statuses={s} /> },
  ];

  const Filter = (name: FilterKey, label: string, placeholder: string, options: { value: string; label: string }[], busy = false) => (
    <Select
      aria-label={label}
      data-testid={`filter-${name}`}
      style={{ width: '100%' }}
      allowClear
      showSearch
      optionFilterProp="label"
      loading={busy}
      placeholder={placeholder}
      value={filters[name] || undefined}
      onChange={(v?: string) => update(name === 'municipality' ? { municipality: v ?? '', organisation: '' } : { [name]: v ?? '' })}
      options={options}
      notFoundContent="Ничего не найдено"
    />
  );

  return (
    <>
      <PageHeader
        title="Педагоги"
        subtitle="Реестр педагогических работников"
        extra={
          <>
            <ExportButton path="/people/export.xlsx" file_name="Педагоги.xlsx" query={query} />
            {can_manage ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
                  Загрузить из файла
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  Добавить педагога
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card className="filters" size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={6}>
            {Filter(
              'municipality',
              'Муниципальное образование',
              'Все муниципалитеты',
              municipalities.map((m) => ({ value: String(m.id), label: m.name })),
              municipalities_loading,
            )}
          </Col>
          <Col xs={24} md={12} xl={10}>
            {Filter(
              'organisation',
              'Организация',
              'Все организации',
              organisations.map((o) => ({ value: String(o.id), label: o.short_name || o.name })),
              organisations_loading,
            )}
          </Col>
          <Col xs={24} md={24} xl={8}>
            <Input.Search
              aria-label="Поиск по ФИО"
              placeholder="ФИО, e-mail или телефон"
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
          <Col xs={24} md={12} xl={6}>
            {Filter('subject', 'Предмет', 'Все предметы', subjects.items.map((s) => ({ value: s.code, label: s.title })))}
          </Col>
          <Col xs={24} md={12} xl={6}>
            {Filter('position', 'Должность', 'Все должности', positions.items.map((s) => ({ value: s.code, label: s.title })))}
          </Col>
          <Col xs={24} md={12} xl={6}>
            {Filter('category', 'Квалификационная категория', 'Любая категория', categories.items.map((s) => ({ value: s.code, label: s.title })))}
          </Col>
          <Col xs={24} md={12} xl={6}>
            {Filter(
              'status',
              'Статус',
              'Любой статус',
              Object.entries(kStatusTitles).map(([code, s]) => ({ value: code, label: s.title })),
            )}
          </Col>
        </Row>
      </Card>
      {error ? <Alert type="error" showIcon message="Не удалось загрузить реестр" description={error} style={{ marginBottom: 16 }} /> : null}
      <Table<PersonSummary>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: 'Педагогов не найдено. Измените условия отбора или добавьте педагога.' }}
        onChange={(pagination, _filters, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const next_sort = s?.order === 'descend' ? '-name' : 'name';
          const next_size = pagination.pageSize ?? kDefaultSize;
          if (next_sort !== sort || next_size !== size) update({ sort: next_sort === 'name' ? '' : next_sort, size: next_size });
          else update({ page: pagination.current ?? 1 }, true);
        }}
        pagination={{
          current: data?.page ?? page,
          pageSize: size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => <span data-testid="registry-total">Всего: {total}</span>,
        }}
      />
      <PersonFormModal
        open={creating}
        default_organisation={filters.organisation ? Number(filters.organisation) : undefined}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          navigate(`/app/people/${saved.id}`, { state: { created: true } });
        }}
      />
      <PeopleImportModal
        open={importing}
        onClose={() => setImporting(false)}
        // The dialog stays open on its «Готово» step with the counts; the list behind it shows the loaded people.
        onImported={() => setReload((n) => n + 1)}
      />
    </>
  );
}
