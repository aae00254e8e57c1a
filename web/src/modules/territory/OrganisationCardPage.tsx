import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Popconfirm, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { Api, ApiError } from '../../api/client';
import type { Organisation } from '../../api/types';
import { useAuth } from '../../shared/auth';
import { FormatDateTime } from '../../shared/dates';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { PageHeader, PageLoading, useDocumentTitle } from '../../shared/page';
import { CanEditOrganisations, CanManageOrganisations } from '../../shared/roles';
import { useCatalogue } from './api';
import { OrganisationFormModal } from './OrganisationFormModal';

function Value({ text }: { text: string | null | undefined }) {
  return text ? <>{text}</> : <Typography.Text type="secondary">не указано</Typography.Text>;
}

/** An organisation's card: every field, edit and delete. */
export default function OrganisationCardPage() {
  const { id } = useParams();
  const { user } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handle = useErrorHandler();
  const kinds = useCatalogue('organisation-kinds');
  const flags = useCatalogue('organisation-flags');
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [error, setError] = useState<{ text: string; missing: boolean } | null>(null);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  useDocumentTitle(organisation?.short_name || 'Организация');

  useEffect(() => {
    let live = true;
    setOrganisation(null);
    setError(null);
    Api<Organisation>(`/organisations/${encodeURIComponent(id ?? '')}`)
      .then((o) => live && setOrganisation(o))
      .catch((e: unknown) => live && setError({ text: ErrorText(e), missing: e instanceof ApiError && e.status === 404 }));
    return () => {
      live = false;
    };
  }, [id]);

  useEffect(() => {
    if ((location.state as { created?: boolean } | null)?.created) {
      void message.success('Организация добавлена в реестр');
      // Forget the flag so that a reload does not announce the creation again.
      navigate(location.pathname, { replace: true, state: null });
    }
  }, [location.state, location.pathname, message, navigate]);

  const onDelete = async () => {
    if (!organisation) return;
    setDeleting(true);
    try {
      await Api<void>(`/organisations/${organisation.id}`, { method: 'DELETE' });
      void message.success(`Организация «${organisation.short_name || organisation.name}» удалена`);
      navigate(`/app/organisations?municipality=${organisation.municipality_id}`, { replace: true });
    } catch (e) {
      handle(e);
      setDeleting(false);
    }
  };

  if (error) {
    return (
      <>
        <PageHeader title="Организация" />
        <Alert
          type={error.missing ? 'warning' : 'error'}
          showIcon
          message={error.missing ? 'Организация не найдена или недоступна' : 'Не удалось загрузить организацию'}
          description={error.text}
          action={<Link to="/app/organisations">К реестру</Link>}
        />
      </>
    );
  }
  if (!organisation) return <PageLoading />;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/app/organisations">Организации</Link> },
          {
            title: (
              <Link to={`/app/organisations?municipality=${organisation.municipality_id}`}>{organisation.municipality_name}</Link>
            ),
          },
          { title: organisation.short_name || organisation.name },
        ]}
      />
      <PageHeader
        title={organisation.short_name || organisation.name}
        extra={
          <>
            {CanEditOrganisations(user) ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Изменить
              </Button>
            ) : null}
            {CanManageOrganisations(user) ? (
              <Popconfirm
                title="Удалить организацию?"
                description="Организация будет удалена из реестра. Действие записывается в журнал аудита."
                okText="Удалить"
                okButtonProps={{ danger: true, loading: deleting }}
                cancelText="Отмена"
                onConfirm={onDelete}
              >
                <Button danger icon={<DeleteOutlined />}>
                  Удалить
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="middle" data-testid="organisation-card">
          <Descriptions.Item label="Полное наименование" span={2}>
            {organisation.name}
          </Descriptions.Item>
          <Descriptions.Item label="Краткое наименование" span={2}>
            <Value text={organisation.short_name} />
          </Descriptions.Item>
          <Descriptions.Item label="Муниципальное образование">{organisation.municipality_name}</Descriptions.Item>
          <Descriptions.Item label="Тип организации">{kinds.TitleOf(organisation.kind)}</Descriptions.Item>
          <Descriptions.Item label="ИНН">
            <Value text={organisation.inn} />
          </Descriptions.Item>
          <Descriptions.Item label="Руководитель">
            <Value text={organisation.head_name} />
          </Descriptions.Item>
          <Descriptions.Item label="Адрес" span={2}>
            <Value text={organisation.address} />
          </Descriptions.Item>
          <Descriptions.Item label="Электронная почта">
            <Value text={organisation.email} />
          </Descriptions.Item>
          <Descriptions.Item label="Телефон">
            <Value text={organisation.phone} />
          </Descriptions.Item>
          <Descriptions.Item label="Признаки" span={2}>
            {organisation.flags.length ? (
              organisation.flags.map((f) => (
                <Tag key={f} color="geekblue">
                  {flags.TitleOf(f)}
                </Tag>
              ))
            ) : (
              <Typography.Text type="secondary">нет</Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Запись создана">{FormatDateTime(organisation.created_at)}</Descriptions.Item>
          <Descriptions.Item label="Изменена">{FormatDateTime(organisation.updated_at)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <OrganisationFormModal
        open={editing}
        organisation={organisation}
        onClose={() => setEditing(false)}
        onSaved={(saved) => {
          setEditing(false);
          setOrganisation(saved);
          void message.success('Изменения сохранены');
        }}
      />
    </>
  );
}
