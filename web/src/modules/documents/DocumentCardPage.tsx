import { DownloadOutlined, FileWordOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Descriptions, Table, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Api, ApiError } from '../../api/client';
import type { Attachment, DocumentRecord } from '../../api/types';
import { useAuth } from '../../shared/auth';
import { FormatDate, FormatDateTime } from '../../shared/dates';
import { DownloadFile } from '../../shared/download';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { PageHeader, PageLoading, useDocumentTitle } from '../../shared/page';
import { CanRegisterDocuments } from '../../shared/roles';
import { useCatalogue, useMunicipalities } from '../territory/api';
import { PlaceText } from './document_rules';

/** A size in bytes as Russian text. */
export function SizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} КБ`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;
}

/** A document's card with its attachments. */
export default function DocumentCardPage() {
  const { id } = useParams();
  const [document_record, setDocument] = useState<DocumentRecord | null>(null);
  const [error, setError] = useState<{ text: string; missing: boolean } | null>(null);
  const [uploading, setUploading] = useState(false);
  const kinds = useCatalogue('document-kinds');
  const { municipalities } = useMunicipalities();
  const handle = useErrorHandler();
  const { message } = App.useApp();
  const { user } = useAuth();
  useDocumentTitle(document_record ? `${kinds.TitleOf(document_record.kind)} № ${document_record.number}` : 'Документ');

  const load = useCallback(() => {
    return Api<DocumentRecord>(`/documents/${encodeURIComponent(id ?? '')}`)
      .then(setDocument)
      .catch((e: unknown) => setError({ text: ErrorText(e), missing: e instanceof ApiError && e.status === 404 }));
  }, [id]);

  useEffect(() => {
    setDocument(null);
    setError(null);
    void load();
  }, [load]);

  const upload = async (file: File) => {
    if (!document_record) return;
    setUploading(true);
    try {
      await Api<Attachment>(`/documents/${document_record.id}/attachments`, {
        method: 'POST',
        body: await file.arrayBuffer(),
        headers: { 'Content-Type': file.type || 'application/octet-stream', 'X-File-Name': encodeURIComponent(file.name) },
      });
      void message.success(`Файл «${file.name}» прикреплён`);
      await load();
    } catch (e) {
      handle(e);
    } finally {
      setUploading(false);
    }
  };

  if (error) {
    return (
      <>
        <PageHeader title="Документ" />
        <Alert
          type={error.missing ? 'warning' : 'error'}
          showIcon
          message={error.missing ? 'Документ не найден или недоступен' : 'Не удалось загрузить документ'}
          description={error.missing ? 'Возможно, он зарегистрирован на территории, к которой у вас нет доступа.' : error.text}
          action={<Link to="/app/documents">К реестру документов</Link>}
        />
      </>
    );
  }
  if (!document_record) return <PageLoading />;
  const d = document_record;

  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[{ title: <Link to="/app/documents">Документы</Link> }, { title: `№ ${d.number} от ${FormatDate(d.date)}` }]}
      />
      <PageHeader
        title={d.title}
        extra={
          <Button
            icon={<FileWordOutlined />}
            onClick={() => DownloadFile(`/documents/${d.id}/card.docx`, `Карточка документа № ${d.number}.docx`).catch((e: unknown) => handle(e))}
          >
            Регистрационная карточка (DOCX)
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }} bordered styles={{ label: { width: 180 } }}>
          <Descriptions.Item label="Вид документа">{kinds.TitleOf(d.kind)}</Descriptions.Item>
          <Descriptions.Item label="Номер и дата">
            № {d.number} от {FormatDate(d.date)}
          </Descriptions.Item>
          <Descriptions.Item label="Заголовок" span={2}>
            {d.title}
          </Descriptions.Item>
          <Descriptions.Item label="Кем издан" span={2}>
            {d.issuer}
          </Descriptions.Item>
          <Descriptions.Item label="Чей документ" span={2}>
            {PlaceText(d, municipalities)}
          </Descriptions.Item>
          <Descriptions.Item label="Хранить до" span={2}>
            {d.retention_until ? FormatDate(d.retention_until) : <Typography.Text type="secondary">не установлено</Typography.Text>}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title="Вложения"
        extra={
          CanRegisterDocuments(user) ? (
            <Upload
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={uploading}>
                Прикрепить файл
              </Button>
            </Upload>
          ) : null
        }
      >
        <Table<Attachment>
          rowKey="id"
          size="small"
          dataSource={d.attachments}
          pagination={false}
          locale={{ emptyText: 'Файлы не прикреплены' }}
          columns={[
            { title: 'Файл', dataIndex: 'file_name' },
            { title: 'Размер', dataIndex: 'size', render: (n: number) => SizeText(n), width: 120 },
            { title: 'Прикреплён', dataIndex: 'created_at', render: (t?: string) => FormatDateTime(t), width: 180 },
            {
              title: 'Контрольная сумма (SHA-256)',
              dataIndex: 'sha256',
              render: (h: string) => (
                <Typography.Text code copyable={{ text: h, tooltips: ['Копировать', 'Скопировано'] }}>
                  {h.slice(0, 16)}…
                </Typography.Text>
              ),
            },
            {
              title: '',
              key: 'download',
              width: 120,
              render: (_: unknown, a) => (
                <Button
                  type="link"
                  icon={<DownloadOutlined />}
                  onClick={() => DownloadFile(`/documents/${d.id}/attachments/${a.id}`, a.file_name).catch((e: unknown) => handle(e))}
                >
                  Скачать
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
