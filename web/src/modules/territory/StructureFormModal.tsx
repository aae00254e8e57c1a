import { Col, Form, Input, Modal, Row, Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Api } from '../../api/client';
import type { Organisation, Page, Structure, StructureInput } from '../../api/types';
import { useErrorHandler } from '../../shared/errors';
import { useCatalogue, useMunicipalities } from './api';

interface FormValues {
  name: string;
  level?: string;
  block?: number;
  kind?: string;
  municipality_id?: number;
  organisation_id?: number;
}

const kFields = ['name', 'level', 'block', 'kind', 'municipality_id', 'organisation_id'];

/** An organisation picker that asks the registry as the user types (a region has thousands of schools). */
function OrganisationSelect({
  value,
  onChange,
  initial_label,
  id,
}: {
  value?: number;
  onChange?: (value?: number) => void;
  initial_label?: string;
  id?: string;
}) {
  const [options, setOptions] = useState<{ value: number; label: string }[]>([]);
  const [loading, setLoading] = useState(false);
  const request = useRef(0);

  const search = (text: string) => {
    const mine = ++request.current;
    setLoading(true);
    Api<Page<Organisation>>('/organisations', { query: { q: text.trim(), size: 20 } })
      .then((page) => {
        if (mine === request.current) setOptions(page.items.map((o) => ({ value: o.id, label: o.short_name || o.name })));
      })
      .catch(() => mine === request.current && setOptions([]))
      .finally(() => mine === request.current && setLoading(false));
  };

  useEffect(() => {
    search('');
  }, []);

  const shown =
    value && initial_label && !options.some((o) => o.value === value) ? [{ value, label: initial_label }, ...options] : options;
  return (
    <Select
      id={id}
      showSearch
      allowClear
      filterOption={false}
      loading={loading}
      placeholder="Начните вводить наименование или ИНН"
      value={value}
      onChange={(v?: number) => onChange?.(v)}
      onSearch={search}
      options={shown}
      notFoundContent={loading ? 'Поиск…' : 'Ничего не найдено'}
    />
  );
}

/** Creates a structure (no `structure`) or edits one; calls onSaved with the server's answer. */
export function StructureFormModal({
  open,
  structure,
  default_municipality,
  onClose,
  onSaved,
  afterClose,
}: {
  open: boolean;
  structure?: Structure;
  default_municipality?: number;
  onClose: () => void;
  /** Called when the closing animation ends (the caller may then forget the edited record). */
  afterClose?: () => void;
  onSaved: (saved: Structure) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [organisation_label, setOrganisationLabel] = useState<string>();
  const { municipalities, loading } = useMunicipalities();
  const levels = useCatalogue('structure-levels');
  const blocks = useCatalogue('structure-blocks');
  const kinds = useCatalogue('structure-kinds');
  const handle = useErrorHandler();
  const level = Form.useWatch('level', form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setOrganisationLabel(undefined);
    if (structure) {
      form.setFieldsValue({
        name: structure.name,
        level: structure.level,
        block: structure.block,
        kind: structure.kind,
        municipality_id: structure.municipality_id ?? undefined,
        organisation_id: structure.organisation_id ?? undefined,
      });
      if (structure.organisation_id) {
        Api<Organisation>(`/organisations/${structure.organisation_id}`)
          .then((o) => setOrganisationLabel(o.short_name || o.name))
          .catch(() => setOrganisationLabel(undefined));
      }
    } else if (default_municipality) {
      form.setFieldsValue({ municipality_id: default_municipality });
    }
  }, [open, structure, default_municipality, form]);

  const onSubmit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows the problems under the fields
    }
    const body: StructureInput = {
      name: values.name.trim(),
      level: values.level ?? '',
      block: values.block ?? 0,
      kind: values.kind ?? '',
      municipality_id: values.level === 'municipal' ? (values.municipality_id ?? null) : null,
      organisation_id: values.level === 'institutional' ? (values.organisation_id ?? null) : null,
    };
    setSaving(true);
    try {
      const saved = structure
        ? await Api<Structure>(`/structures/${structure.id}`, { method: 'PUT', json: body })
        : await Api<Structure>('/structures', { method: 'POST', json: body });
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
      title={structure ? 'Изменение структуры' : 'Новая структура'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={onSubmit}
      onCancel={onClose}
      afterClose={afterClose}
      confirmLoading={saving}
      width={720}
      forceRender
      maskClosable={false}
    >
      <Form<FormValues> form={form} layout="vertical" name="structure" scrollToFirstError>
        <Form.Item
          label="Наименование"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Укажите наименование структуры' },
            { max: 500, message: 'Наименование длиннее 500 символов' },
          ]}
        >
          <Input placeholder="Например: ММО учителей математики" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="Уровень" name="level" rules={[{ required: true, message: 'Укажите уровень структуры' }]}>
              <Select placeholder="Выберите уровень" options={levels.items.map((l) => ({ value: l.code, label: l.title }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label="Вид структуры"
              name="kind"
              rules={[{ required: true, message: 'Укажите вид структуры из справочника' }]}
            >
              <Select
                showSearch
                optionFilterProp="label"
                placeholder="Выберите вид"
                options={kinds.items.map((k) => ({ value: k.code, label: k.title }))}
                notFoundContent="Ничего не найдено"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          label="Блок организационно-функциональной модели"
          name="block"
          rules={[{ required: true, message: 'Выберите блок организационно-функциональной модели' }]}
        >
          <Select
            placeholder="Выберите блок (1–7)"
            options={blocks.items.map((b) => ({ value: Number(b.code), label: `${b.code}. ${b.title}` }))}
          />
        </Form.Item>
        {level === 'municipal' ? (
          <Form.Item
            label="Муниципальное образование"
            name="municipality_id"
            rules={[{ required: true, message: 'Структура муниципального уровня относится к муниципалитету' }]}
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
        ) : null}
        {level === 'institutional' ? (
          <Form.Item
            label="Образовательная организация"
            name="organisation_id"
            rules={[{ required: true, message: 'Структура институционального уровня относится к организации' }]}
          >
            <OrganisationSelect initial_label={organisation_label} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
