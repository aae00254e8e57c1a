import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import type { RequestOf } from '../../api/types';
import type { operations } from '../../api/schema';
import { useErrorHandler } from '../../shared/errors';
import { useCatalogue } from '../territory/api';
import type { Body } from './types';

type BodyUpdate = RequestOf<operations['put_api_v1_bodies_id']>;

interface FormValues {
  name: string;
  subject?: string;
  year?: number;
}

/** Changes a body's name, subject and year (kind, preset and place stay: they decide its rules and scope). */
export function BodyEditModal({ open, body, onClose, onSaved }: { open: boolean; body: Body; onClose: () => void; onSaved: (b: Body) => void }) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const subjects = useCatalogue('subjects');
  const handle = useErrorHandler();

  useEffect(() => {
    if (open) form.setFieldsValue({ name: body.name, subject: body.subject ?? undefined, year: body.year });
  }, [open, body, form]);

  const onSubmit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const update: BodyUpdate = { name: values.name.trim(), subject: values.subject, year: values.year };
    setSaving(true);
    try {
      onSaved(await Api<Body>(`/bodies/${body.id}`, { method: 'PUT', json: update }));
    } catch (e) {
      handle(e, form, ['name', 'subject', 'year']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title="Изменение органа" okText="Сохранить" cancelText="Отмена" onOk={onSubmit} onCancel={onClose} confirmLoading={saving} forceRender maskClosable={false}>
      <Form<FormValues> form={form} layout="vertical" name="body_edit">
        <Form.Item
          label="Наименование"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Укажите наименование органа' },
            { max: 500, message: 'Наименование длиннее 500 символов' },
          ]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="Предмет" name="subject">
          <Select showSearch allowClear optionFilterProp="label" placeholder="Не указан" options={subjects.items.map((s) => ({ value: s.code, label: s.title }))} />
        </Form.Item>
        <Form.Item
          label="Год работы"
          name="year"
          rules={[
            { required: true, message: 'Укажите год работы органа' },
            { type: 'number', min: 2000, max: 2100, message: 'Год работы — от 2000 до 2100' },
          ]}
        >
          <InputNumber style={{ width: 160 }} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
