import { Checkbox, Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import type { Organisation, OrganisationInput } from '../../api/types';
import { useErrorHandler } from '../../shared/errors';
import { useCatalogue, useMunicipalities } from './api';
import { EmailProblem, InnProblem, PhoneProblem } from './organisation_rules';

interface FormValues {
  name: string;
  short_name?: string;
  municipality_id?: number;
  kind?: string;
  inn?: string;
  address?: string;
  head_name?: string;
  email?: string;
  phone?: string;
  flags?: string[];
}

const kFields = ['name', 'short_name', 'municipality_id', 'kind', 'inn', 'address', 'head_name', 'email', 'phone', 'flags'];

function Blank(value: string | undefined): string | null {
  const text = (value ?? '').trim();
  return text ? text : null;
}

function Rule(check: (value: string) => string) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      const problem = check(value ?? '');
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

/** Creates an organisation (no `organisation`) or edits one; calls onSaved with the server's answer. */
export function OrganisationFormModal({
  open,
  organisation,
  default_municipality,
  onClose,
  onSaved,
}: {
  open: boolean;
  organisation?: Organisation;
  default_municipality?: number;
  onClose: () => void;
  onSaved: (saved: Organisation) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const { municipalities, loading } = useMunicipalities();
  const kinds = useCatalogue('organisation-kinds');
  const flags = useCatalogue('organisation-flags');
  const handle = useErrorHandler();

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (organisation) {
      form.setFieldsValue({
        name: organisation.name,
        short_name: organisation.short_name,
        municipality_id: organisation.municipality_id,
        kind: organisation.kind,
        inn: organisation.inn ?? '',
        address: organisation.address ?? '',
        head_name: organisation.head_name ?? '',
        email: organisation.email ?? '',
        phone: organisation.phone ?? '',
        flags: organisation.flags,
      });
    } else if (default_municipality) {
      form.setFieldsValue({ municipality_id: default_municipality });
    } else if (municipalities.length === 1) {
      form.setFieldsValue({ municipality_id: municipalities[0].id });
    }
  }, [open, organisation, default_municipality, municipalities, form]);

  const onSubmit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows the problems under the fields
    }
    const body: OrganisationInput = {
      name: values.name.trim(),
      short_name: (values.short_name ?? '').trim(),
      municipality_id: values.municipality_id ?? 0,
      kind: values.kind ?? '',
      inn: Blank(values.inn),
      address: Blank(values.address),
      head_name: Blank(values.head_name),
      email: Blank(values.email),
      phone: Blank(values.phone),
      flags: values.flags ?? [],
    };
    setSaving(true);
    try {
      const saved = organisation
        ? await Api<Organisation>(`/organisations/${organisation.id}`, { method: 'PUT', json: body })
        : await Api<Organisation>('/organisations', { method: 'POST', json: body });
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
      title={organisation ? 'Изменение сведений об организации' : 'Новая организация'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={onSubmit}
      onCancel={onClose}
      confirmLoading={saving}
      width={760}
      forceRender
      maskClosable={false}
    >
      <Form<FormValues> form={form} layout="vertical" name="organisation" scrollToFirstError>
        <Form.Item
          label="Полное наименование"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Укажите полное наименование организации' },
            { max: 500, message: 'Наименование длиннее 500 символов' },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
        </Form.Item>
        <Form.Item
          label="Краткое наименование"
          name="short_name"
          extra="Если не указано, используется полное наименование"
          rules={[{ max: 200, message: 'Краткое наименование длиннее 200 символов' }]}
        >
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="Муниципальное образование"
              name="municipality_id"
              rules={[{ required: true, message: 'Укажите муниципальное образование' }]}
            >
              <Select
                showSearch
                loading={loading}
                optionFilterProp="label"
                placeholder="Выберите муниципалитет"
                options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
                notFoundContent="Ничего не найдено"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Тип организации" name="kind" rules={[{ required: true, message: 'Укажите тип организации' }]}>
              <Select
                placeholder="Выберите тип"
                options={kinds.items.map((k) => ({ value: k.code, label: k.title }))}
                notFoundContent="Справочник пуст"
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="ИНН" name="inn" rules={[Rule(InnProblem)]} extra="10 цифр">
              <Input inputMode="numeric" maxLength={12} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Руководитель" name="head_name" rules={[{ max: 1000, message: 'Значение длиннее 1000 символов' }]}>
              <Input placeholder="Фамилия Имя Отчество" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Адрес" name="address" rules={[{ max: 1000, message: 'Значение длиннее 1000 символов' }]}>
          <Input />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="Электронная почта" name="email" rules={[Rule(EmailProblem)]}>
              <Input inputMode="email" placeholder="school1@obr.ru" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Телефон" name="phone" rules={[Rule(PhoneProblem)]}>
              <Input inputMode="tel" placeholder="+7 (3822) 12-34-56" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Признаки" name="flags">
          <Checkbox.Group options={flags.items.map((f) => ({ value: f.code, label: f.title }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
