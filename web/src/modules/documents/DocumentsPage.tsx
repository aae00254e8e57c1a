import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, Modal, Row, Select, Table } from 'antd';
import type { TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Api, ApiError } from '../../api/client';
import type { DocumentInput, DocumentRecord, Page } from '../../api/types';
import { FormatDate, kDateFormat, ToIsoDate } from '../../shared/dates';
import { useAuth } from '../../shared/auth';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { ExportButton } from '../../shared/ExportButton';
import { PageHeader } from '../../shared/page';
import { CanRegisterDocuments } from '../../shared/roles';
import { useCatalogue, useMunicipalities } from '../territory/api';
import { PlaceFields, PlaceOptions } from './document_rules';

interface DocumentForm {
  place?: string;
  kind?: string;
  number: string;
  date?: Dayjs;
  title: string;
  issuer: string;
}

/** The form that registers a new document. */
function NewDocumentModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: (d: DocumentRecord) => void }) {
  const [form] = Form.useForm<DocumentForm>();
  const [saving, setSaving] = useState(false);
  const kinds = useCatalogue('document-kinds');
  const handle = useErrorHandler();
  const { user } = useAuth();
  const { municipalities, loading } = useMunicipalities();
  const places = useMemo(() => PlaceOptions(user, municipalities), [user, municipalities]);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    // A coordinator or a school administrator has one place: it is chosen for them.
    if (places.length === 1) form.setFieldsValue({ place: places[0].value });
  }, [open, form, places]);

  const onSubmit = async () => {
    let values: DocumentForm;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const body: DocumentInput = {
      ...PlaceFields(values.place),
      kind: values.kind ?? '',
      number: values.number.trim(),
      date: ToIsoDate(values.date) ?? '',
      title: values.title.trim(),
      issuer: values.issuer.trim(),
    };
    setSaving(true);
    try {
      onSaved(await Api<DocumentRecord>('/documents', { method: 'POST', json: body }));
    } catch (e) {
      // The server names the territory field it refused; the form shows it under «Чей документ».
      if (e instanceof ApiError && ['region_id', 'municipality_id', 'organisation_id'].includes(e.field)) {
        form.setFields([{ name: 'place', errors: [e.message] }]);
      }
      handle(e, form, ['kind', 'number', 'date', 'title', 'issuer']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="Регистрация документа"
      okText="Зарегистрировать"
      cancelText="Отмена"
      onOk={onSubmit}
      onCancel={onClose}
      confirmLoading={saving}
      forceRender
      maskClosable={false}
      width={640}
    >
      <Form<DocumentForm> form={form} layout="vertical" name="document">
        <Form.Item
          label="Чей документ"
          name="place"
          rules={[{ required: true, message: 'Укажите, к какому уровню относится документ' }]}
          extra={places.length > 1 ? 'Региональный уровень или муниципальное образование' : undefined}
        >
          <Select
            showSearch
            loading={loading}
            optionFilterProp="label"
            placeholder="Выберите уровень или муниципалитет"
            options={places}
            disabled={places.length === 1}
            notFoundContent="Ничего не найдено"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item label="Вид документа" name="kind" rules={[{ required: true, message: 'Укажите вид документа' }]}>
              <Select placeholder="Выберите вид" options={kinds.items.map((k) => ({ value: k.code, label: k.title }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Номер" name="number" rules={[{ required: true, whitespace: true, message: 'Укажите номер' }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label="Дата" name="date" rules={[{ required: true, message: 'Укажите дату' }]}>
              <DatePicker format={kDateFormat} style={{ width: '100%' }} placeholder="ДД.ММ.ГГГГ" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="Заголовок" name="title" rules={[{ required: true, whitespace: true, message: 'Укажите заголовок' }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item label="Кем издан" name="issuer" rules={[{ required: true, whitespace: true, message: 'Укажите, кем издан документ' }]}>
          <Input placeholder="Например: Управление образования администрации района" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The document registry. */
export default function DocumentsPage() {
  const [kind, setKind] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const [data, setData] = useState<Page<DocumentRecord> | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [creating, setCreating] = useState(false);
  const kinds = useCatalogue('document-kinds');
  const navigate = useNavigate();
  const { user } = useAuth();

  useEffect(() => {
    let live = true;
    setLoading(true);
    setError('');
    Api<Page<DocumentRecord>>('/documents', { query: { kind, q, page, size } })
      .then((p) => live && setData(p))
      .catch((e: unknown) => live && setError(ErrorText(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [kind, q, page, size]);

  const columns: TableProps<DocumentRecord>['columns'] = [
    { title: 'Вид', dataIndex: 'kind', render: (code: string) => kinds.TitleOf(code), width: 200 },
    { title: 'Номер', dataIndex: 'number', width: 120 },
    { title: 'Дата', dataIndex: 'date', render: (d: string) => FormatDate(d), width: 120 },
    { title: 'Заголовок', dataIndex: 'title', render: (t: string, d) => <Link to={`/app/documents/${d.id}`}>{t}</Link> },
    { title: 'Кем издан', dataIndex: 'issuer' },
    { title: 'Файлов', dataIndex: 'attachments', render: (a: DocumentRecord['attachments']) => a.length, width: 90 },
  ];

  return (
    <>
      <PageHeader
        title="Документы"
        subtitle="Положения, приказы, протоколы, планы и отчёты"
        extra={
          <>
            <ExportButton path="/documents/export.xlsx" file_name="Документы.xlsx" query={{ kind, q }} />
            {CanRegisterDocuments(user) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                Зарегистрировать документ
              </Button>
            ) : null}
          </>
        }
      />
      <Card className="filters" size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8}>
            <Select
              aria-label="Вид документа"
              style={{ width: '100%' }}
              allowClear
              placeholder="Все виды"
              value={kind || undefined}
              onChange={(v?: string) => {
                setKind(v ?? '');
                setPage(1);
              }}
              options={kinds.items.map((k) => ({ value: k.code, label: k.title }))}
            />
          </Col>
          <Col xs={24} md={16}>
            <Input.Search
              aria-label="Поиск по номеру или заголовку"
              placeholder="Номер или заголовок"
              allowClear
              enterButton="Найти"
              onSearch={(value) => {
                setQ(value.trim());
                setPage(1);
              }}
            />
          </Col>
        </Row>
      </Card>
      {error ? <Alert type="error" showIcon message="Не удалось загрузить документы" description={error} style={{ marginBottom: 16 }} /> : null}
      <Table<DocumentRecord>
        rowKey="id"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={loading}
        locale={{ emptyText: 'Документов пока нет' }}
        onChange={(pagination) => {
          setPage(pagination.current ?? 1);
          setSize(pagination.pageSize ?? 20);
        }}
        pagination={{
          current: page,
          pageSize: size,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => `Всего: ${total}`,
        }}
      />
      <NewDocumentModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(d) => {
          setCreating(false);
          navigate(`/app/documents/${d.id}`);
        }}
      />
    </>
  );
}
