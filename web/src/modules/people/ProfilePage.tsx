import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Api, ApiError } from '../../api/client';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { PageHeader, PageLoading } from '../../shared/page';
import { StatusesOf } from './PersonCardPage';
import { EmailProblem, FullName, PhoneProblem } from './person_rules';
import { PersonView } from './PersonView';
import { StatusTags } from './StatusTags';
import type { ContactsInput, Person } from './types';

function Rule(check: (value: string) => string) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      const problem = check(value ?? '');
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

/** A teacher's own card: read everything, edit e-mail and phone, withdraw a consent. */
export default function ProfilePage() {
  const [person, setPerson] = useState<Person | null>(null);
  const [error, setError] = useState<{ text: string; missing: boolean } | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ email?: string; phone?: string }>();
  const { message } = App.useApp();
  const handle = useErrorHandler();

  useEffect(() => {
    let live = true;
    Api<Person>('/people/me')
      .then((p) => live && setPerson(p))
      .catch((e: unknown) => live && setError({ text: ErrorText(e), missing: e instanceof ApiError && e.status === 404 }));
    return () => {
      live = false;
    };
  }, []);

  const saveContacts = async () => {
    let values: { email?: string; phone?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const saved = await Api<Person>('/people/me/contacts', {
        method: 'PUT',
        json: { email: (values.email ?? '').trim() || null, phone: (values.phone ?? '').trim() || null } satisfies ContactsInput,
      });
      setPerson(saved);
      setEditing(false);
      void message.success('Контакты сохранены');
    } catch (e) {
      handle(e, form, ['email', 'phone']);
    } finally {
      setSaving(false);
    }
  };

  const withdraw = async (consent_id: number) => {
    try {
      setPerson(await Api<Person>(`/people/me/consents/${consent_id}/withdraw`, { method: 'POST' }));
      void message.success('Согласие отозвано');
    } catch (e) {
      handle(e);
    }
  };

  if (error) {
    return (
      <>
        <PageHeader title="Мой профиль" />
        <Alert
          type={error.missing ? 'info' : 'error'}
          showIcon
          message={error.missing ? 'Ваша учётная запись не связана с карточкой педагога' : 'Не удалось загрузить профиль'}
          description={error.missing ? 'Обратитесь к администратору своей организации или к муниципальному координатору.' : error.text}
        />
      </>
    );
  }
  if (!person) return <PageLoading />;

  return (
    <>
      <PageHeader
        title="Мой профиль"
        subtitle={FullName(person.last_name, person.first_name, person.middle_name)}
        extra={
          <Button
            icon={<EditOutlined />}
            onClick={() => {
              form.setFieldsValue({ email: person.email ?? '', phone: person.phone ?? '' });
              setEditing(true);
            }}
          >
            Изменить контакты
          </Button>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <Typography.Text>{[person.organisation_name, person.municipality_name].filter(Boolean).join(', ')}</Typography.Text>
          <StatusTags statuses={StatusesOf(person)} />
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          Сведения о работе, образовании, категориях и курсах ведёт ваша организация. Если они неверны, сообщите
          администратору организации.
        </Typography.Paragraph>
      </Card>
      <PersonView
        person={person}
        consent_action={(c) =>
          c.withdrawn_on ? null : (
            <Popconfirm
              title="Отозвать согласие?"
              description="После отзыва согласия на обработку персональные данные, кроме ФИО и даты рождения, будут удалены."
              okText="Отозвать"
              okButtonProps={{ danger: true }}
              cancelText="Отмена"
              onConfirm={() => withdraw(c.id)}
            >
              <Button size="small" danger>
                Отозвать
              </Button>
            </Popconfirm>
          )
        }
      />
      <Modal
        open={editing}
        title="Контакты"
        okText="Сохранить"
        cancelText="Отмена"
        onOk={saveContacts}
        confirmLoading={saving}
        onCancel={() => setEditing(false)}
        forceRender
      >
        <Form form={form} layout="vertical" name="contacts">
          <Form.Item label="Электронная почта" name="email" rules={[Rule(EmailProblem)]}>
            <Input inputMode="email" />
          </Form.Item>
          <Form.Item label="Телефон" name="phone" rules={[Rule(PhoneProblem)]}>
            <Input inputMode="tel" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
