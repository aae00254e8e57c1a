import { Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import type { Municipality, MunicipalityInput } from '../../api/types';
import { useErrorHandler } from '../../shared/errors';
import { useCatalogue } from './api';

interface FormValues {
  name: string;
  kind?: string;
  method_service_kind?: string;
}

const kFields = ['name', 'kind', 'method_service_kind'];

/** Adds a municipality to `region_id` (no `municipality`) or edits one; calls onSaved with the server's answer. */
export function MunicipalityFormModal({
  open,
  region_id,
  municipality,
  onClose,
  onSaved,
  afterClose,
}: {
  open: boolean;
  region_id: number;
  municipality?: Municipality;
  onClose: () => void;
  /** Called when the closing animation ends (the caller may then forget the edited record). */
  afterClose?: () => void;
  onSaved: (saved: Municipality) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const kinds = useCatalogue('municipality-kinds');
  const services = useCatalogue('method-service-kinds');
  const handle = useErrorHandler();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (municipality) {
      form.setFieldsValue({
        name: municipality.name,
        kind: municipality.kind,
        method_service_kind: municipality.method_service_kind ?? undefined,
      });
    }
  }, [open, municipality, form]);

  const onSubmit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows the problems under the fields
    }
    const body: MunicipalityInput = {
      region_id: municipality?.region_id ?? region_id,
      name: values.name.trim(),
      kind: values.kind ?? '',
      method_service_kind: values.method_service_kind ?? null,
    };
    setSaving(true);
    try {
      const saved = municipality
        ? await Api<Municipality>(`/territory/municipalities/${municipality.id}`, { method: 'PUT', json: body })
        : await Api<Municipality>('/territory/municipalities', { method: 'POST', json: body });
      onSaved(saved);
    } catch (e) {
      handle(e, form, kFields);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={municipality ? 'Изменение муниципального образования' : 'Новое муниципальное образование'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={onSubmit}
      onCancel={onClose}
      afterClose={afterClose}
      confirmLoading={saving}
      width={600}
      forceRender
      maskClosable={false}
    >
      <Form<FormValues> form={form} layout="vertical" name="municipality" scrollToFirstError>
        <Form.Item
          label="Наименование"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Укажите наименование муниципального образования' },
            { max: 300, message: 'Наименование длиннее 300 символов' },
          ]}
        >
          <Input placeholder="Например: Ивановский муниципальный округ" />
        </Form.Item>
        <Form.Item
          label="Вид муниципального образования"
          name="kind"
          rules={[{ required: true, message: 'Укажите вид муниципального образования из справочника' }]}
        >
          <Select placeholder="Выберите вид" options={kinds.items.map((k) => ({ value: k.code, label: k.title }))} />
        </Form.Item>
        <Form.Item
          label="Форма методической службы"
          name="method_service_kind"
          extra="Как организована муниципальная методическая служба; можно оставить пустым"
        >
          <Select
            allowClear
            placeholder="Не указана"
            options={services.items.map((k) => ({ value: k.code, label: k.title }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
