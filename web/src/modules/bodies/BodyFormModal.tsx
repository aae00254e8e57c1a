import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Api } from '../../api/client';
import { kDateFormat, ToIsoDate } from '../../shared/dates';
import { useErrorHandler } from '../../shared/errors';
import { useOrganisations } from '../people/api';
import { useCatalogue, useMunicipalities } from '../territory/api';
import { usePresets } from './api';
import { MinMembersText, PlaceOf, SessionsRuleText } from './body_rules';
import type { Body, BodyInput } from './types';

export interface BodyFormValues {
  preset?: string;
  kind?: string;
  name: string;
  municipality_id?: number;
  organisation_id?: number;
  subject?: string;
  year?: number;
  established_on?: Dayjs;
}

const kFields = ['preset', 'kind', 'name', 'municipality_id', 'organisation_id', 'subject', 'year', 'established_on'];

/** Creates a collegial body of a kind under a regulation preset; calls onSaved with the new card. */
export function BodyFormModal({
  open,
  default_municipality,
  initial,
  onClose,
  onSaved,
}: {
  open: boolean;
  default_municipality?: number;
  /** Values to start from (the next year's composition of a body renewed yearly). */
  initial?: Partial<BodyFormValues>;
  onClose: () => void;
  onSaved: (body: Body) => void;
}) {
  const [form] = Form.useForm<BodyFormValues>();
  const [saving, setSaving] = useState(false);
  const { presets, error } = usePresets();
  const { municipalities } = useMunicipalities();
  const subjects = useCatalogue('subjects');
  const handle = useErrorHandler();
  const preset_code = Form.useWatch('preset', form);
  const kind_code = Form.useWatch('kind', form);
  const municipality = Form.useWatch('municipality_id', form);
  const preset = presets.find((p) => p.code === preset_code);
  const profile = preset?.kinds.find((k) => k.kind === kind_code);
  const place = PlaceOf(profile?.level);
  const { organisations } = useOrganisations(place === 'organisation' ? municipality : undefined);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ year: new Date().getFullYear(), established_on: dayjs(), municipality_id: default_municipality, ...initial });
  }, [open, default_municipality, initial, form]);

  const kindOptions = useMemo(() => (preset?.kinds ?? []).map((k) => ({ value: k.kind, label: k.kind_title })), [preset]);

  const onPreset = (code: string) => {
    const chosen = presets.find((p) => p.code === code);
    // A preset with one kind of body has nothing to choose.
    form.setFieldsValue({ kind: chosen?.kinds.length === 1 ? chosen.kinds[0].kind : undefined });
  };

  const onSubmit = async () => {
    let values: BodyFormValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body: BodyInput = {
      preset: (values.preset ?? '') as BodyInput['preset'],
      kind: (values.kind ?? '') as BodyInput['kind'],
      name: values.name.trim(),
      subject: values.subject || undefined,
      year: values.year ?? undefined,
      // Periods before the body existed are not counted against its sessions.
      established_on: ToIsoDate(values.established_on),
      municipality_id: place === 'municipality' || place === 'organisation' ? values.municipality_id : undefined,
      organisation_id: place === 'organisation' ? values.organisation_id : undefined,
    };
    if (place === 'organisation') delete body.municipality_id;
    setSaving(true);
    try {
      onSaved(await Api<Body>('/bodies', { method: 'POST', json: body }));
    } catch (e) {
      handle(e, form, kFields);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={initial ? `Новый состав на ${initial.year ?? ''} год` : 'Новый коллегиальный орган'}
      okText="Создать"
      cancelText="Отмена"
      onOk={onSubmit}
      onCancel={onClose}
      confirmLoading={saving}
      width={760}
      forceRender
      maskClosable={false}
    >
      {error ? <Alert type="error" showIcon message="Не удалось загрузить положения" description={error} style={{ marginBottom: 16 }} /> : null}
      <Form<BodyFormValues> form={form} layout="vertical" name="body" scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="Положение (профиль правил)" name="preset" rules={[{ required: true, message: 'Выберите положение, по которому работает орган' }]}>
              <Select placeholder="Выберите положение" options={presets.map((p) => ({ value: p.code, label: p.title }))} onChange={onPreset} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="Вид органа" name="kind" rules={[{ required: true, message: 'Выберите вид коллегиального органа' }]}>
              <Select placeholder={preset ? 'Выберите вид' : 'Сначала выберите положение'} options={kindOptions} disabled={!preset} />
            </Form.Item>
          </Col>
        </Row>
        {profile ? (
          <Typography.Paragraph type="secondary" data-testid="profile-hint">
            Кворум: {profile.quorum.text}. Заседания: {SessionsRuleText(profile.min_sessions)}. Минимальный состав: {MinMembersText(profile.min_members)}.
            {profile.renewal_yearly ? ' Создаётся ежегодно.' : ''}
          </Typography.Paragraph>
        ) : null}
        <Form.Item
          label="Наименование"
          name="name"
          rules={[
            { required: true, whitespace: true, message: 'Укажите наименование органа' },
            { max: 500, message: 'Наименование длиннее 500 символов' },
          ]}
        >
          <Input placeholder="Например: ММО учителей математики г. Благовещенска" />
        </Form.Item>
        <Row gutter={16}>
          {place !== 'region' ? (
            <Col xs={24} md={12}>
              <Form.Item
                label="Муниципальное образование"
                name="municipality_id"
                rules={place === 'municipality' ? [{ required: true, message: 'Выберите муниципальное образование органа' }] : []}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  placeholder="Выберите муниципальное образование"
                  options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
                  onChange={() => form.setFieldsValue({ organisation_id: undefined })}
                />
              </Form.Item>
            </Col>
          ) : null}
          {place === 'organisation' ? (
            <Col xs={24} md={12}>
              <Form.Item label="Образовательная организация" name="organisation_id" rules={[{ required: true, message: 'Выберите организацию органа' }]}>
                <Select showSearch optionFilterProp="label" placeholder="Выберите организацию" options={organisations.map((o) => ({ value: o.id, label: o.short_name || o.name }))} />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={10}>
            <Form.Item label="Предмет" name="subject">
              <Select showSearch allowClear optionFilterProp="label" placeholder="Не указан" options={subjects.items.map((s) => ({ value: s.code, label: s.title }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item label="Дата создания" name="established_on" rules={[{ required: true, message: 'Укажите дату создания органа' }]}>
              <DatePicker format={kDateFormat} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={7}>
            <Form.Item
              label="Год работы"
              name="year"
              rules={[
                { required: true, message: 'Укажите год работы органа' },
                { type: 'number', min: 2000, max: 2100, message: 'Год работы — от 2000 до 2100' },
              ]}
            >
              <InputNumber style={{ width: '100%' }} precision={0} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
