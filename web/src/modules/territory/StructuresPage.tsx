import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Popconfirm, Row, Select, Space, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Api } from '../../api/client';
import type { Page, Structure } from '../../api/types';
import { useAuth } from '../../shared/auth';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { ExportButton } from '../../shared/ExportButton';
import { PageHeader } from '../../shared/page';
import { CanManageStructures } from '../../shared/roles';
import { useCatalogue, useMunicipalities } from './api';
import { StructureFormModal } from './StructureFormModal';

const kDefaultSize = 20;

/** The filters of the list, kept in the address so that links, reloads and «back» keep them. */
function useStructuresQuery() {
  const [params, setParams] = useSearchParams();
  const query = {
    municipality: params.get('municipality') ?? '',
    level: params.get('level') ?? '',
    block: params.get('block') ?? '',
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

/** The methodological structures of the regional model: 3 levels × 7 blocks (order 696, app. 1, 3.4). */
export default function StructuresPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const { query, update } = useStructuresQuery();
  const [data, setData] = useState<Page<Structure> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<Structure | null>(null);
  const [form_open, setFormOpen] = useState(false);
  const { municipalities, loading: municipalities_loading } = useMunicipalities();
  const levels = useCatalogue('structure-levels');
  const blocks = useCatalogue('structure-blocks');
  const kinds = useCatalogue('structure-kinds');
  const handle = useErrorHandler();
  const can_manage = CanManageStructures(user);

  const filters = useMemo(
    () => ({ municipality: query.municipality, level: query.level, block: query.block }),
    [query.municipality, query.level, query.block],
  );

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError('');
    Api<Page<Structure>>('/structures', { query: { ...filters, page: query.page, size: query.size } })
      .then((page) => live && setData(page))
      .catch((e: unknown) => live && setError(ErrorText(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [filters, query.page, query.size, reload]);

  const onDelete = async (s: Structure) => {
    try {
      await Api<void>(`/structures/${s.id}`, { method: 'DELETE' });
      void message.success(`Структура «${s.name}» удалена`);
      setReload((n) => n + 1);
    } catch (e) {
      handle(e);
    }
  };

  const municipality_name = (id: number | null | undefined) => municipalities.find((m) => m.id === id)?.name;

  const columns: TableProps<Structure>['columns'] = [
    { title: 'Наименование', dataIndex: 'name', key: 'name' },
    { title: 'Уровень', dataIndex: 'level', key: 'level', width: 150, render: (code: string) => levels.TitleOf(code) },
    {
      title: 'Блок',
      dataIndex: 'block',
      key: 'block',
      render: (block: number) => (
        <span>
          <Typography.Text strong>{block}.</Typography.Text> {blocks.TitleOf(String(block))}
        </span>
      ),
    },
    { title: 'Вид', dataIndex: 'kind', key: 'kind', render: (code: string) => kinds.TitleOf(code) },
    {
      title: 'Муниципальное образование',
      key: 'place',
      render: (_: unknown, s) =>
        s.municipality_id ? (
          municipality_name(s.municipality_id) ?? `№ ${s.municipality_id}`
        ) : s.organisation_id ? (
          <Link to={`/app/organisations/${s.organisation_id}`}>Организация</Link>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  if (can_manage) {
    columns.push({
      title: 'Действия',
      key: 'actions',
      width: 120,
      render: (_: unknown, s) => (
        <Space>
          <Button size="small" icon={<EditOutlined />} aria-label={`Изменить: ${s.name}`} title="Изменить" onClick={() => {
              setEditing(s);
              setFormOpen(true);
            }} />
          <Popconfirm
            title="Удалить структуру?"
            description="Структура будет удалена. Действие записывается в журнал аудита."
            okText="Удалить"
            okButtonProps={{ danger: true }}
            cancelText="Отмена"
            onConfirm={() => onDelete(s)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={`Удалить: ${s.name}`} title="Удалить" />
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title="Структуры"
        subtitle="Три уровня и семь блоков организационно-функциональной модели, приказ № 696, прил. 1, п. 3.4"
        extra={
          <>
            <ExportButton path="/structures/export.xlsx" file_name="Структуры.xlsx" query={filters} />
            {can_manage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => {
                  setEditing(null);
                  setFormOpen(true);
                }}>
                Добавить структуру
              </Button>
            ) : null}
          </>
        }
      />
      <Card className="filters" size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}>
            <Select
              aria-label="Муниципальное образование"
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
          <Col xs={24} md={6}>
            <Select
              aria-label="Уровень"
              style={{ width: '100%' }}
              allowClear
              placeholder="Все уровни"
              value={query.level || undefined}
              onChange={(v?: string) => update({ level: v ?? '' })}
              options={levels.items.map((l) => ({ value: l.code, label: l.title }))}
            />
          </Col>
          <Col xs={24} md={10}>
            <Select
              aria-label="Блок"
              style={{ width: '100%' }}
              allowClear
              placeholder="Все блоки"
              value={query.block || undefined}
              onChange={(v?: string) => update({ block: v ?? '' })}
              options={blocks.items.map((b) => ({ value: b.code, label: `${b.code}. ${b.title}` }))}
            />
          </Col>
        </Row>
      </Card>
      {error ? <Alert type="error" showIcon message="Не удалось загрузить структуры" description={error} style={{ marginBottom: 16 }} /> : null}
      <Table<Structure>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: 'Структур не найдено. Измените условия отбора или добавьте структуру.' }}
        onChange={(pagination) => {
          const size = pagination.pageSize ?? kDefaultSize;
          if (size !== query.size) update({ size });
          else update({ page: pagination.current ?? 1 }, true);
        }}
        pagination={{
          current: data?.page ?? query.page,
          pageSize: query.size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => <span data-testid="structures-total">Всего: {total}</span>,
        }}
      />
      <StructureFormModal
        open={form_open}
        structure={editing ?? undefined}
        default_municipality={query.municipality ? Number(query.municipality) : undefined}
        onClose={() => setFormOpen(false)}
        afterClose={() => setEditing(null)}
        onSaved={(saved) => {
          void message.success(editing ? `Структура «${saved.name}» сохранена` : `Структура «${saved.name}» добавлена`);
          setFormOpen(false);
          setReload((n) => n + 1);
        }}
      />
    </>
  );
}
