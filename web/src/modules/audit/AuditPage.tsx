import { Alert, Button, Card, Col, DatePicker, Input, Row, Select, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import type { AuditChange, AuditEntry, Page } from '../../api/types';
import { FormatDateTime, kDateFormat, ToIsoDate } from '../../shared/dates';
import { ErrorText } from '../../shared/errors';
import { ExportButton } from '../../shared/ExportButton';
import { PageHeader } from '../../shared/page';
import { RoleTitle } from '../../shared/roles';

/** Russian names of the recorded actions. */
export const kActionTitles: Record<string, string> = {
  login: 'Вход',
  login_failed: 'Неудачный вход',
  login_throttled: 'Вход заблокирован',
  logout: 'Выход',
  create: 'Создание',
  update: 'Изменение',
  delete: 'Удаление',
  export: 'Выгрузка',
  import: 'Загрузка',
  csrf_rejected: 'Отклонён запрос без CSRF-токена',
};

/** Russian names of the object types. */
export const kObjectTitles: Record<string, string> = {
  organisation: 'Организация',
  municipality: 'Муниципальное образование',
  structure: 'Методическая структура',
  document: 'Документ',
  attachment: 'Вложение',
  session: 'Сеанс',
  user: 'Пользователь',
};

/** Russian names of the audited fields; unknown fields show as recorded. */
export const kFieldTitles: Record<string, string> = {
  municipality_id: 'Муниципальное образование (№)',
  region_id: 'Регион (№)',
  organisation_id: 'Организация (№)',
  document_id: 'Документ (№)',
  name: 'Наименование',
  short_name: 'Краткое наименование',
  kind: 'Вид',
  inn: 'ИНН',
  address: 'Адрес',
  head_name: 'Руководитель',
  email: 'E-mail',
  phone: 'Телефон',
  flags: 'Признаки',
  method_service_kind: 'Форма методической службы',
  level: 'Уровень',
  block: 'Блок модели',
  number: 'Номер',
  date: 'Дата',
  title: 'Заголовок',
  issuer: 'Кем издан',
  retention_until: 'Хранить до',
  file_name: 'Имя файла',
  sha256: 'Контрольная сумма SHA-256',
  login: 'Логин',
  display_name: 'ФИО',
  grants: 'Роли',
};

const kOutcome: Record<AuditEntry['outcome'], { color: string; text: string }> = {
  ok: { color: 'green', text: 'Выполнено' },
  denied: { color: 'orange', text: 'Отказано' },
  failed: { color: 'red', text: 'Ошибка' },
};

function ChangeValue({ value }: { value: AuditChange['old'] }) {
  if (value === null || value === undefined || value === '') return <Typography.Text type="secondary">пусто</Typography.Text>;
  return <>{String(value)}</>;
}

/** «поле: было → стало» lines of an entry. */
function Changes({ changes }: { changes: AuditChange[] }) {
  if (!changes.length) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {changes.map((c) => (
        <li key={c.field} className="audit-change">
          {kFieldTitles[c.field] ?? c.field}: <span className="audit-change__old"><ChangeValue value={c.old} /></span> →{' '}
          <span className="audit-change__new"><ChangeValue value={c.new} /></span>
        </li>
      ))}
    </ul>
  );
}

/** The audit log, read-only (SPEC §14: it cannot be edited from the UI). */
export default function AuditPage() {
  const [actor, setActor] = useState('');
  const [actor_input, setActorInput] = useState('');
  const [action, setAction] = useState('');
  const [object_type, setObjectType] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(50);
  const [data, setData] = useState<Page<AuditEntry> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');

  const from = ToIsoDate(range?.[0]);
  const to = ToIsoDate(range?.[1]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError('');
    Api<Page<AuditEntry>>('/audit', { query: { actor, action, object_type, from, to, page, size } })
      .then((p) => live && setData(p))
      .catch((e: unknown) => live && setError(ErrorText(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [actor, action, object_type, from, to, page, size]);

  const columns: TableProps<AuditEntry>['columns'] = [
    { title: 'Время', dataIndex: 'at', render: (t: string) => FormatDateTime(t), width: 170 },
    {
      title: 'Пользователь',
      dataIndex: 'actor_login',
      render: (login: string | null, e) => (
        <>
          <div>{login ?? <Typography.Text type="secondary">не вошёл</Typography.Text>}</div>
          {e.role ? <Typography.Text type="secondary">{RoleTitle(e.role)}</Typography.Text> : null}
        </>
      ),
      width: 200,
    },
    { title: 'Действие', dataIndex: 'action', render: (a: string) => kActionTitles[a] ?? a, width: 150 },
    {
      title: 'Объект',
      key: 'object',
      render: (_: unknown, e) => `${kObjectTitles[e.object_type] ?? e.object_type}${e.object_id !== null && e.object_id !== undefined ? ` № ${e.object_id}` : ''}`,
      width: 200,
    },
    { title: 'Изменения (поле: было → стало)', dataIndex: 'changes', render: (c: AuditChange[]) => <Changes changes={c} /> },
    {
      title: 'Результат',
      dataIndex: 'outcome',
      render: (o: AuditEntry['outcome']) => <Tag color={kOutcome[o]?.color}>{kOutcome[o]?.text ?? o}</Tag>,
      width: 120,
    },
    { title: 'IP-адрес', dataIndex: 'ip', width: 130 },
  ];

  const reset = () => {
    setActor('');
    setActorInput('');
    setAction('');
    setObjectType('');
    setRange(null);
    setPage(1);
  };

  return (
    <>
      <PageHeader
        title="Журнал аудита"
        subtitle="Входы, изменения, выгрузки и загрузки данных. Записи журнала не изменяются."
        extra={
          <ExportButton path="/audit/export.xlsx" file_name="Журнал аудита.xlsx" query={{ actor, action, object_type, from, to }} />
        }
      />
      <Card className="filters" size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={5}>
            <Input.Search
              aria-label="Логин пользователя"
              placeholder="Логин пользователя"
              allowClear
              value={actor_input}
              onChange={(e) => {
                setActorInput(e.target.value);
                if (!e.target.value) {
                  setActor('');
                  setPage(1);
                }
              }}
              onSearch={(v) => {
                setActor(v.trim());
                setPage(1);
              }}
            />
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Select
              aria-label="Действие"
              style={{ width: '100%' }}
              allowClear
              placeholder="Все действия"
              value={action || undefined}
              onChange={(v?: string) => {
                setAction(v ?? '');
                setPage(1);
              }}
              options={Object.entries(kActionTitles).map(([value, label]) => ({ value, label }))}
            />
          </Col>
          <Col xs={24} md={12} xl={5}>
            <Select
              aria-label="Тип объекта"
              style={{ width: '100%' }}
              allowClear
              placeholder="Все объекты"
              value={object_type || undefined}
              onChange={(v?: string) => {
                setObjectType(v ?? '');
                setPage(1);
              }}
              options={Object.entries(kObjectTitles).map(([value, label]) => ({ value, label }))}
            />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <DatePicker.RangePicker
              aria-label="Период"
              style={{ width: '100%' }}
              format={kDateFormat}
              placeholder={['С даты', 'По дату']}
              allowEmpty={[true, true]}
              value={range}
              onChange={(v) => {
                setRange(v ? [v[0], v[1]] : null);
                setPage(1);
              }}
            />
          </Col>
          <Col xs={24} xl={3}>
            <Button onClick={reset} block>
              Сбросить
            </Button>
          </Col>
        </Row>
      </Card>
      {error ? <Alert type="error" showIcon message="Не удалось загрузить журнал" description={error} style={{ marginBottom: 16 }} /> : null}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: 'Записей не найдено' }}
        scroll={{ x: 1100 }}
        onChange={(pagination) => {
          setPage(pagination.current ?? 1);
          setSize(pagination.pageSize ?? 50);
        }}
        pagination={{
          current: page,
          pageSize: size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `Всего: ${total}`,
        }}
      />
    </>
  );
}
