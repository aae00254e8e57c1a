import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Api } from '../../api/client';
import { FormatDate, kDateFormat, ToIsoDate } from '../../shared/dates';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import type { Session, SessionSummary } from './types';

interface FormValues {
  held_on?: Dayjs;
  title?: string;
  place?: string;
}

/** Schedules a session of the body; opens its page when created. */
function SessionModal({ open, body_id, onClose }: { open: boolean; body_id: number; onClose: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const handle = useErrorHandler();
  const navigate = useNavigate();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ held_on: dayjs() });
  }, [open, form]);

  const onSubmit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    try {
      const session = await Api<Session>(`/bodies/${body_id}/sessions`, {
        method: 'POST',
        json: { held_on: ToIsoDate(values.held_on), title: values.title?.trim() || undefined, place: values.place?.trim() || undefined },
      });
      navigate(`/app/bodies/sessions/${session.id}`);
    } catch (e) {
      handle(e, form, ['held_on', 'title', 'place']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title="Новое заседание" okText="Создать" cancelText="Отмена" onOk={onSubmit} onCancel={onClose} confirmLoading={saving} forceRender maskClosable={false}>
      <Form<FormValues> form={form} layout="vertical" name="session">
        <Form.Item label="Дата заседания" name="held_on" rules={[{ required: true, message: 'Укажите дату заседания' }]}>
          <DatePicker format={kDateFormat} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Тема" name="title" rules={[{ max: 500, message: 'Тема длиннее 500 символов' }]}>
          <Input placeholder="Например: Итоги первого полугодия" />
        </Form.Item>
        <Form.Item label="Место проведения" name="place" rules={[{ max: 500, message: 'Место длиннее 500 символов' }]}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The body's sessions, newest first, with attendance and quorum; keepers schedule new ones. */
export function SessionsCard({ body_id, editable }: { body_id: number; editable: boolean }) {
  const [items, setItems] = useState<SessionSummary[]>([]);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState('');
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setItems((await Api<{ items: SessionSummary[] }>(`/bodies/${body_id}/sessions`)).items);
      setFailure('');
    } catch (e) {
      setFailure(ErrorText(e));
    } finally {
      setLoading(false);
    }
  }, [body_id]);

  useEffect(() => {
    void load();
  }, [load]);

  const columns: TableProps<SessionSummary>['columns'] = [
    { title: '№', dataIndex: 'number', width: 60 },
    { title: 'Дата', dataIndex: 'held_on', width: 130, render: (v: string, s) => <Link to={`/app/bodies/sessions/${s.id}`}>{FormatDate(v)}</Link> },
    { title: 'Тема', dataIndex: 'title', render: (v: string | null, s) => <Link to={`/app/bodies/sessions/${s.id}`}>{v || `Заседание № ${s.number}`}</Link> },
    { title: 'Присутствовали', key: 'present', width: 150, render: (_, s) => `${s.present_count} из ${s.members_total}` },
    { title: 'Кворум', dataIndex: 'quorum_reached', width: 110, render: (v: boolean) => (v ? <Tag color="green">есть</Tag> : <Tag color="red">нет</Tag>) },
    { title: 'Вопросов', dataIndex: 'items_count', width: 100, align: 'right' },
    { title: 'Протокол', dataIndex: 'protocol_document_id', width: 150, render: (v: number | null) => (v ? <Link to={`/app/documents/${v}`}>зарегистрирован</Link> : '—') },
  ];

  return (
    <Card
      title="Заседания"
      size="small"
      data-testid="body-sessions"
      extra={
        editable ? (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Новое заседание
          </Button>
        ) : null
      }
    >
      {failure ? <Alert type="error" showIcon message="Не удалось загрузить заседания" description={failure} style={{ marginBottom: 12 }} /> : null}
      <Table<SessionSummary> rowKey="id" size="small" loading={loading} columns={columns} dataSource={items} pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: 'Заседаний пока не было' }} />
      {editable ? <SessionModal open={creating} body_id={body_id} onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}
