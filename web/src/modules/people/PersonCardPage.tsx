import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, DatePicker, Popconfirm, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Api, ApiError } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { kDateFormat } from '../../shared/dates';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { PageHeader, PageLoading, useDocumentTitle } from '../../shared/page';
import { CanManagePeople } from '../../shared/roles';
import { FullName } from './person_rules';
import { PersonFormModal } from './PersonFormModal';
import { PersonView } from './PersonView';
import { StatusTags } from './StatusTags';
import type { Person, PersonStatus } from './types';

/** The derived statuses of a card as tags (the same codes the registry shows). */
export function StatusesOf(person: Person): PersonStatus[] {
  const d = person.derived;
  const all: [boolean, PersonStatus][] = [
    [d.young_specialist, 'young_specialist'],
    [d.young_teacher, 'young_teacher'],
    [d.attestation_due, 'attestation_due'],
    [d.pd_due, 'pd_due'],
  ];
  return all.filter(([on]) => on).map(([, code]) => code);
}

/** «Состояние на дату»: the `on` date every derived fact of the card is computed for. */
export function OnDatePicker({ on, onChange }: { on: string; onChange: (on: string) => void }) {
  return (
    <Space>
      <Typography.Text>Состояние на дату</Typography.Text>
      <span data-testid="on-date">
        <DatePicker
          aria-label="Состояние на дату"
          format={kDateFormat}
          allowClear={false}
          value={dayjs(on)}
          onChange={(v) => v && onChange(v.format('YYYY-MM-DD'))}
        />
      </span>
      {on !== dayjs().format('YYYY-MM-DD') ? (
        <Button type="link" onClick={() => onChange(dayjs().format('YYYY-MM-DD'))}>
          Сегодня
        </Button>
      ) : null}
    </Space>
  );
}

/** A person's card: every section, derived facts as of a chosen date, edit and delete. */
export default function PersonCardPage() {
  const { id } = useParams();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const on = params.get('on') ?? dayjs().format('YYYY-MM-DD');
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useErrorHandler();
  const [person, setPerson] = useState<Person | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<{ text: string; missing: boolean } | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [reload, setReload] = useState(0);
  const name = person ? FullName(person.last_name, person.first_name, person.middle_name) : '';
  useDocumentTitle(name || 'Педагог');

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError(null);
    Api<Person>(`/people/${encodeURIComponent(id ?? '')}`, { query: { on } })
      .then((p) => live && setPerson(p))
      .catch((e: unknown) => live && setError({ text: ErrorText(e), missing: e instanceof ApiError && e.status === 404 }))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [id, on, reload]);

  useEffect(() => {
    if ((location.state as { created?: boolean } | null)?.created) {
      void message.success('Педагог добавлен в реестр');
      navigate(location.pathname + location.search, { replace: true, state: null });
    }
  }, [location.state, location.pathname, location.search, message, navigate]);

  const onDelete = async () => {
    if (!person) return;
    setDeleting(true);
    try {
      await Api<void>(`/people/${person.id}`, { method: 'DELETE' });
      void message.success(`Карточка «${name}» удалена`);
      navigate('/app/people', { replace: true });
    } catch (e) {
      handle(e);
      setDeleting(false);
    }
  };

  if (error) {
    return (
      <>
        <PageHeader title="Педагог" />
        <Alert
          type={error.missing ? 'warning' : 'error'}
          showIcon
          message={error.missing ? 'Педагог не найден или недоступен' : 'Не удалось загрузить карточку'}
          description={error.text}
          action={<Link to="/app/people">К реестру</Link>}
        />
      </>
    );
  }
  if (!person) return <PageLoading />;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/app/people">Педагоги</Link> },
          ...(person.organisation_id
            ? [{ title: <Link to={`/app/people?organisation=${person.organisation_id}`}>{person.organisation_name}</Link> }]
            : []),
          { title: name },
        ]}
      />
      <PageHeader
        title={name}
        subtitle={[person.organisation_name, person.municipality_name].filter(Boolean).join(', ') || 'Место работы не указано'}
        extra={
          CanManagePeople(user) ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Изменить
              </Button>
              <Popconfirm
                title="Удалить карточку педагога?"
                description="Действие записывается в журнал аудита."
                okText="Удалить"
                okButtonProps={{ danger: true, loading: deleting }}
                cancelText="Отмена"
                onConfirm={onDelete}
              >
                <Button danger icon={<DeleteOutlined />}>
                  Удалить
                </Button>
              </Popconfirm>
            </>
          ) : null
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <span data-testid="person-statuses">
            <StatusTags statuses={StatusesOf(person)} />
            {StatusesOf(person).length === 0 ? <Typography.Text type="secondary">Особых статусов нет</Typography.Text> : null}
          </span>
          <Space>
            {loading ? <Spin size="small" /> : null}
            <OnDatePicker on={on} onChange={(next) => setParams(next === dayjs().format('YYYY-MM-DD') ? {} : { on: next }, { replace: true })} />
          </Space>
        </Space>
      </Card>
      <PersonView person={person} />
      <PersonFormModal
        open={editing}
        person={person}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          setReload((n) => n + 1);
          void message.success('Изменения сохранены');
        }}
      />
    </>
  );
}
