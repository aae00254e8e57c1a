import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError, ApiFetch } from '../../api/client';
import type { ImportReport } from '../../api/types';
import { DownloadFile } from '../../shared/download';
import { ErrorText, useErrorHandler } from '../../shared/errors';

type Stage = { kind: 'choose' } | { kind: 'checking' } | { kind: 'preview'; report: ImportReport } | { kind: 'invalid'; report: ImportReport };

async function SendImport(bytes: ArrayBuffer, commit: boolean): Promise<ImportReport> {
  try {
    const response = await ApiFetch('/organisations/import', {
      method: 'POST',
      query: { commit: commit ? 1 : 0 },
      body: bytes,
      headers: { 'Content-Type': 'application/octet-stream' },
    });
    return (await response.json()) as ImportReport;
  } catch (e) {
    // A file with bad cells comes back as 422 carrying the full report: show it, do not treat it as a failure.
    if (e instanceof ApiError && e.status === 422 && e.body && typeof e.body === 'object' && 'errors' in e.body) {
      return e.body as ImportReport;
    }
    throw e;
  }
}

/** Import of organisations from XLSX/CSV: check first (nothing saved), then load. */
export function ImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [file, setFile] = useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [committing, setCommitting] = useState(false);
  const [failure, setFailure] = useState('');
  const handle = useErrorHandler();
  const { modal } = App.useApp();

  const reset = () => {
    setStage({ kind: 'choose' });
    setFile(null);
    setFailure('');
  };

  const check = async (chosen: File) => {
    setFailure('');
    setStage({ kind: 'checking' });
    try {
      const bytes = await chosen.arrayBuffer();
      setFile({ name: chosen.name, bytes });
      const report = await SendImport(bytes, false);
      setStage(report.errors.length > 0 ? { kind: 'invalid', report } : { kind: 'preview', report });
    } catch (e) {
      setFailure(ErrorText(e));
      setStage({ kind: 'choose' });
    }
  };

  const commit = async () => {
    if (!file) return;
    setCommitting(true);
    try {
      const report = await SendImport(file.bytes, true);
      if (report.errors.length > 0 || !report.committed) {
        setStage({ kind: 'invalid', report });
        return;
      }
      modal.info({
        title: 'Загрузка завершена',
        content: `Добавлено организаций: ${report.created}, обновлено: ${report.updated}.`,
        okText: 'Хорошо',
      });
      reset();
      onImported();
    } catch (e) {
      handle(e);
    } finally {
      setCommitting(false);
    }
  };

  const close = () => {
    reset();
    onClose();
  };

  const footer = [
    <Button key="cancel" onClick={close}>
      Отмена
    </Button>,
    stage.kind === 'preview' ? (
      <Button
        key="commit"
        type="primary"
        loading={committing}
        disabled={stage.report.rows.length === 0}
        onClick={commit}
      >
        Загрузить
      </Button>
    ) : null,
  ];

  return (
    <Modal open={open} title="Импорт организаций" width={860} onCancel={close} footer={footer} maskClosable={false}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          Выберите файл XLSX или CSV со списком организаций. Сначала файл будет проверен — в реестр ничего не
          записывается, пока вы не нажмёте «Загрузить». Если в файле есть ошибки, не загрузится ни одна строка.{' '}
          <Typography.Link
            onClick={() =>
              DownloadFile('/organisations/import/template.xlsx', 'Шаблон импорта организаций.xlsx').catch((e: unknown) => handle(e))
            }
          >
            Скачать шаблон
          </Typography.Link>
        </Typography.Paragraph>
        {failure ? <Alert type="error" showIcon message="Файл не удалось проверить" description={failure} /> : null}
        {stage.kind === 'choose' || stage.kind === 'checking' ? (
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            disabled={stage.kind === 'checking'}
            beforeUpload={(chosen) => {
              void check(chosen);
              return false; // the file is sent by check(), not by the Upload component
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">
              {stage.kind === 'checking' ? 'Проверяем файл…' : 'Нажмите или перетащите файл сюда'}
            </p>
            <p className="ant-upload-hint">XLSX или CSV, первая строка — заголовки столбцов как в шаблоне</p>
          </Upload.Dragger>
        ) : null}
        {stage.kind === 'preview' ? (
          <>
            <Alert
              type={stage.report.rows.length ? 'success' : 'info'}
              showIcon
              message={
                stage.report.rows.length
                  ? `Файл «${file?.name}» проверен: будет добавлено ${stage.report.created}, обновлено ${stage.report.updated}.`
                  : `В файле «${file?.name}» нет строк для загрузки.`
              }
            />
            <Table
              size="small"
              rowKey="row"
              dataSource={stage.report.rows}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{ emptyText: 'Нет строк' }}
              columns={[
                { title: 'Строка', dataIndex: 'row', width: 90 },
                {
                  title: 'Действие',
                  dataIndex: 'action',
                  width: 160,
                  render: (a: string) =>
                    a === 'create' ? <Tag color="green">Будет добавлена</Tag> : <Tag color="blue">Будет обновлена</Tag>,
                },
                { title: 'Наименование', dataIndex: 'name' },
              ]}
            />
            <Button onClick={reset}>Выбрать другой файл</Button>
          </>
        ) : null}
        {stage.kind === 'invalid' ? (
          <>
            <Alert
              type="error"
              showIcon
              message={`В файле «${file?.name}» найдены ошибки (${stage.report.errors.length}). Ничего не загружено.`}
              description="Исправьте ошибки в файле и выберите его снова."
            />
            <Table
              size="small"
              rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
              dataSource={stage.report.errors}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: 'Строка', dataIndex: 'row', width: 90 },
                {
                  title: 'Столбец',
                  width: 200,
                  render: (_: unknown, e) => (e.column_title ? `${e.column} (${e.column_title})` : e.column),
                },
                { title: 'Ошибка', dataIndex: 'message' },
              ]}
            />
            <Button onClick={reset}>Выбрать другой файл</Button>
          </>
        ) : null}
      </Space>
    </Modal>
  );
}
