import { DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import { kDateFormat, ToIsoDate } from '../../shared/dates';
import { useErrorHandler } from '../../shared/errors';
import { PersonSelect } from './PersonSelect';
import type { AgendaItem, DecisionInput, Session } from './types';

interface FormValues {
  text: string;
  owner_person_id?: number;
  due_on?: Dayjs | null;
}

/** Changes an adopted decision's wording, owner and deadline (the vote itself stays as recorded). */
export function DecisionModal({
  open,
  session,
  item,
  municipality,
  onClose,
  onSaved,
}: {
  open: boolean;
  session: Session;
  item: AgendaItem;
  municipality?: number | null;
  onClose: () => void;
  onSaved: (s: Session) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const handle = useErrorHandler();
  const decision = item.decision;

  useEffect(() => {
    if (!open || !decision) return;
    form.setFieldsValue({
      text: decision.text ?? '',
      owner_person_id: decision.owner_person_id ?? undefined,
      due_on: decision.due_on ? dayjs(decision.due_on) : null,
    });
  }, [open, decision, form]);

  const onSubmit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body: DecisionInput = {
      text: values.text.trim(),
      owner_person_id: values.owner_person_id ?? null,
      due_on: ToIsoDate(values.due_on) ?? null,
      done_on: decision?.done_on ?? null,
    };
    setSaving(true);
    try {
      onSaved(await Api<Session>(`/sessions/${session.id}/items/${item.id}/decision`, { method: 'PUT', json: body }));
    } catch (e) {
      handle(e, form, ['text', 'owner_person_id', 'due_on']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={`Решение по вопросу ${item.number}`} okText="Сохранить" cancelText="Отмена" onOk={onSubmit} onCancel={onClose} confirmLoading={saving} forceRender maskClosable={false}>
      <Form<FormValues> form={form} layout="vertical" name={`decision-${item.id}`}>
        <Form.Item label="Решение" name="text" rules={[{ required: true, whitespace: true, message: 'Сформулируйте решение' }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label="Ответственный" name="owner_person_id">
          <PersonSelect municipality={municipality} initial_label={decision?.owner_name ?? undefined} placeholder="Не назначен" />
        </Form.Item>
        <Form.Item label="Срок исполнения" name="due_on">
          <DatePicker format={kDateFormat} style={{ width: '100%' }} placeholder="Без срока" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
