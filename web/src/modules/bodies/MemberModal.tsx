import { Col, DatePicker, Form, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import { kDateFormat, ToIsoDate } from '../../shared/dates';
import { useErrorHandler } from '../../shared/errors';
import { kRoleTitles } from './body_rules';
import { PersonSelect } from './PersonSelect';
import type { Body, MemberInput, MemberRole } from './types';

interface FormValues {
  person_id?: number;
  role?: MemberRole;
  starts_on?: Dayjs;
  ends_on?: Dayjs | null;
}

const kFields = ['person_id', 'role', 'starts_on', 'ends_on'];

/** The roles as select options. */
export const kRoleOptions = (Object.keys(kRoleTitles) as MemberRole[]).map((r) => ({ value: r, label: kRoleTitles[r] }));

/** Adds a person from the people registry to the body with a role and a term; calls onSaved with the new card. */
export function MemberModal({ open, body, onClose, onSaved }: { open: boolean; body: Body; onClose: () => void; onSaved: (b: Body) => void }) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const handle = useErrorHandler();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ role: 'member', starts_on: dayjs() });
  }, [open, form]);

  const onSubmit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const input: MemberInput = {
      // Required by the form's rules; 0 never reaches the server.
      person_id: values.person_id ?? 0,
      role: values.role ?? 'member',
      starts_on: ToIsoDate(values.starts_on),
      ends_on: ToIsoDate(values.ends_on) ?? undefined,
    };
    setSaving(true);
    try {
      const saved = await Api<Body>(`/bodies/${body.id}/members`, { method: 'POST', json: input });
      onSaved(saved);
      // The dialog stays open for the next member: a union is usually filled in one sitting.
      form.setFieldsValue({ person_id: undefined, role: 'member' });
    } catch (e) {
      handle(e, form, kFields);
    } finally {
      setSaving(false);
    }
  };

  const active = body.members.filter((m) => m.active).map((m) => m.person_id);
  return (
    <Modal
      open={open}
      title="Добавление члена"
      okText="Добавить"
      cancelText="Закрыть"
      onOk={onSubmit}
      onCancel={onClose}
      confirmLoading={saving}
      width={640}
      forceRender
      maskClosable={false}
    >
      <Form<FormValues> form={form} layout="vertical" name="member">
        <Form.Item label="Педагог" name="person_id" rules={[{ required: true, message: 'Выберите педагога из реестра' }]}>
          <PersonSelect municipality={body.municipality_id} exclude={active} />
        </Form.Item>
        <Form.Item label="Роль" name="role" rules={[{ required: true, message: 'Выберите роль в органе' }]}>
          <Select options={kRoleOptions} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item label="Начало полномочий" name="starts_on" rules={[{ required: true, message: 'Укажите дату начала полномочий' }]}>
              <DatePicker format={kDateFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              label="Окончание полномочий"
              name="ends_on"
              dependencies={['starts_on']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | null | undefined) => {
                    const start = getFieldValue('starts_on') as Dayjs | undefined;
                    return value && start && value.isBefore(start, 'day')
                      ? Promise.reject(new Error('Окончание полномочий раньше их начала'))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={kDateFormat} style={{ width: '100%' }} placeholder="Без срока" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
