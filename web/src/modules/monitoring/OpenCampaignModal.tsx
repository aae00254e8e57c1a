import { Alert, App, Button, DatePicker, Form, InputNumber, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Api } from '../../api/client';
import { kDateFormat, ToIsoDate } from '../../shared/dates';
import { useErrorHandler } from '../../shared/errors';
import { useMunicipalities } from '../territory/api';
import type { Campaign, CampaignInput, CatalogSummary } from './types';

interface OpenForm {
  year: number;
  catalog_id?: number;
  window: [Dayjs, Dayjs];
  municipality_ids: number[];
}

/** The default window of a year's campaign: June (003 §App6 8: information is collected once a year, in June). */
export function JuneWindow(year: number): [Dayjs, Dayjs] {
  return [dayjs(`${year}-06-01`), dayjs(`${year}-06-30`)];
}

/** The regional operator opens a year's campaign for chosen municipalities. */
export function OpenCampaignModal({ open, onClose, onOpened }: { open: boolean; onClose: () => void; onOpened: (c: Campaign) => void }) {
  const [form] = Form.useForm<OpenForm>();
  const [catalogs, setCatalogs] = useState<CatalogSummary[]>([]);
  const [catalogError, setCatalogError] = useState('');
  const [saving, setSaving] = useState(false);
  const { municipalities, loading } = useMunicipalities();
  const handle = useErrorHandler();
  const { message } = App.useApp();

  useEffect(() => {
    if (!open) return;
    Api<{ items: CatalogSummary[] }>('/monitoring/catalogs')
      .then((r) => {
        setCatalogs(r.items);
        const latest = [...r.items].sort((a, b) => b.version - a.version)[0];
        if (latest && !form.getFieldValue('catalog_id')) form.setFieldsValue({ catalog_id: latest.id });
      })
      .catch(() => setCatalogError('Не удалось загрузить перечни критериев; кампания будет открыта по последней версии.'));
  }, [open, form]);

  const municipalityOptions = useMemo(() => municipalities.map((m) => ({ value: m.id, label: m.name })), [municipalities]);

  const submit = async (values: OpenForm) => {
    const body: CampaignInput = {
      year: values.year,
      catalog_id: values.catalog_id,
      opens_on: ToIsoDate(values.window[0]),
      closes_on: ToIsoDate(values.window[1]),
      municipality_ids: values.municipality_ids,
    };
    setSaving(true);
    try {
      const campaign = await Api<Campaign>('/monitoring/campaigns', { method: 'POST', json: body });
      void message.success(`Кампания мониторинга ${campaign.year} года открыта`);
      form.resetFields();
      onOpened(campaign);
    } catch (e) {
      handle(e, form, ['year', 'catalog_id', 'municipality_ids']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="Открыть кампанию мониторинга"
      onCancel={onClose}
      width={640}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          Отмена
        </Button>,
        <Button key="ok" type="primary" loading={saving} onClick={() => form.submit()}>
          Открыть кампанию
        </Button>,
      ]}
    >
      {catalogError ? <Alert type="warning" showIcon message={catalogError} style={{ marginBottom: 12 }} /> : null}
      <Form<OpenForm>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ year: new Date().getFullYear(), window: JuneWindow(new Date().getFullYear()), municipality_ids: [] }}
        onValuesChange={(changed: Partial<OpenForm>) => {
          if (changed.year && changed.year > 2000 && changed.year < 2100) form.setFieldsValue({ window: JuneWindow(changed.year) });
        }}
      >
        <Space size="large" align="start" wrap>
          <Form.Item
            name="year"
            label="Год мониторинга"
            rules={[
              { required: true, message: 'Год мониторинга: укажите год' },
              { type: 'number', min: 2020, max: 2100, message: 'Год мониторинга: от 2020 до 2100' },
            ]}
          >
            <InputNumber style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name="window"
            label="Сроки сбора информации (по Положению — июнь)"
            rules={[{ required: true, message: 'Сроки сбора: укажите даты начала и окончания' }]}
          >
            <DatePicker.RangePicker format={kDateFormat} placeholder={['начало', 'окончание']} />
          </Form.Item>
        </Space>
        <Form.Item name="catalog_id" label="Перечень критериев и показателей">
          <Select
            placeholder="последняя версия"
            options={catalogs.map((c) => ({ value: c.id, label: `${c.title} — версия ${c.version} (${c.indicator_count} показателей, до ${c.max_score} баллов)` }))}
          />
        </Form.Item>
        <Form.Item
          name="municipality_ids"
          label="Муниципальные образования"
          rules={[{ required: true, type: 'array', min: 1, message: 'Муниципальные образования: выберите хотя бы одно' }]}
          extra={
            <Button type="link" size="small" style={{ padding: 0 }} onClick={() => form.setFieldsValue({ municipality_ids: municipalities.map((m) => m.id) })}>
              Выбрать все ({municipalities.length})
            </Button>
          }
        >
          <Select mode="multiple" showSearch loading={loading} options={municipalityOptions} optionFilterProp="label" placeholder="Выберите муниципальные образования" allowClear />
        </Form.Item>
      </Form>
    </Modal>
  );
}
