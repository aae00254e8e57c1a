import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Result, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Api, ApiFetch } from '../../api/client';
import { DownloadFile } from '../../shared/download';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import type { ImportTicket, PeopleImportError, PeopleImportJob, PeopleImportReport, PeopleImportRow } from './types';

type Stage =
  | { kind: 'choose' }
  | { kind: 'running'; commit: boolean; done: number; total: number }
  | { kind: 'preview'; report: PeopleImportReport }
  | { kind: 'invalid'; report: PeopleImportReport }
  | { kind: 'finished'; report: PeopleImportReport };

const kPollMs = 400;

const kActions: Record<PeopleImportRow['action'], { title: string; color: string }> = {
  create: { title: 'Будет добавлен', color: 'green' },
  update: { title: 'Будет обновлён', color: 'blue' },
  unchanged: { title: 'Без изменений', color: 'default' },
};

/** «D (Дата рождения)»; a missing column of the header row has no letter, only its title. */
function ColumnOf(e: PeopleImportError): string {
  if (e.column && e.column_title) return `${e.column} (${e.column_title})`;
  return e.column_title || e.column || '—';
}

/** Import of people from XLSX/CSV as a background job: check with progress, preview, load with progress. */
export function PeopleImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [file, setFile] = useState<{ name: string; bytes: ArrayBuffer } | null>(null);
  const [failure, setFailure] = useState('');
  const handle = useErrorHandler();
  // A closed dialog stops polling: the job goes on on the server, nobody waits for it here.
  const run = useRef(0);

  useEffect(() => {
    if (!open) run.current += 1;
  }, [open]);

  const reset = () => {
    run.current += 1;
    setStage({ kind: 'choose' });
    setFile(null);
    setFailure('');
  };

  const start = async (bytes: ArrayBuffer, commit: boolean) => {
    const ticket = ++run.current;
    setFailure('');
    setStage({ kind: 'running', commit, done: 0, total: 0 });
    try {
      const response = await ApiFetch('/people/import', {
        method: 'POST',
        query: { commit: commit ? 1 : 0 },
        body: bytes,
        headers: { 'Content-Type': 'application/octet-stream' },
      });
      const { job_id } = (await response.json()) as ImportTicket;
      for (;;) {
        const job = await Api<PeopleImportJob>(`/jobs/${encodeURIComponent(job_id)}`);
        if (ticket !== run.current) return;
        if (job.state === 'failed') throw new Error(job.error || 'Загрузка прервана');
        if (job.state === 'done') {
          if (!job.result) throw new Error('Сервер завершил проверку без отчёта');
          const report = job.result;
          if (report.errors.length) setStage({ kind: 'invalid', report });
          else if (commit) {
            setStage({ kind: 'finished', report });
            onImported();
          } else setStage({ kind: 'preview', report });
          return;
        }
        setStage({ kind: 'running', commit, done: job.done, total: job.total });
        await new Promise((r) => window.setTimeout(r, kPollMs));
      }
    } catch (e) {
      if (ticket !== run.current) return;
      setFailure(e instanceof Error && !(e as { status?: number }).status ? e.message : ErrorText(e));
      setStage({ kind: 'choose' });
    }
  };

  const choose = async (chosen: File) => {
    const bytes = await chosen.arrayBuffer();
    setFile({ name: chosen.name, bytes });
    await start(bytes, false);
  };

  const close = () => {
    reset();
    onClose();
  };

  const step = stage.kind === 'choose' ? 0 : stage.kind === 'running' ? (stage.commit ? 2 : 1) : stage.kind === 'finished' ? 3 : stage.kind === 'invalid' ? 1 : 2;

  const footer = [
    <Button key="close" onClick={close}>
      {stage.kind === 'finished' ? 'Закрыть' : 'Отмена'}
    </Button>,
    stage.kind === 'preview' ? (
      <Button
        key="commit"
        type="primary"
        disabled={!file || stage.report.created + stage.report.updated === 0}
        onClick={() => file && void start(file.bytes, true)}
      >
        Загрузить
      </Button>
    ) : null,
  ];

  return (
    <Modal open={open} title="Загрузка педагогов из файла" width={900} onCancel={close} footer={footer} maskClosable={false}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Steps
          size="small"
          current={step}
          status={stage.kind === 'invalid' ? 'error' : undefined}
          items={[{ title: 'Файл' }, { title: 'Проверка' }, { title: 'Загрузка' }, { title: 'Готово' }]}
        />
        {stage.kind === 'choose' ? (
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            Выберите файл XLSX или CSV со списком педагогов. Сначала файл проверяется — в реестр ничего не записывается,
            пока вы не нажмёте «Загрузить». Если в файле есть ошибки, не загрузится ни одна строка. Педагог узнаётся по
            ФИО и дате рождения, повторная загрузка того же файла ничего не меняет.{' '}
            <Typography.Link
              onClick={() =>
                DownloadFile('/people/import/template.xlsx', 'Шаблон импорта педагогов.xlsx').catch((e: unknown) => handle(e))
              }
            >
              Скачать шаблон
            </Typography.Link>
          </Typography.Paragraph>
        ) : null}
        {failure ? <Alert type="error" showIcon message="Файл не удалось обработать" description={failure} /> : null}
        {stage.kind === 'choose' ? (
          <Upload.Dragger
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            beforeUpload={(chosen) => {
              void choose(chosen);
              return false; // the file is sent by choose(), not by the Upload component
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">Нажмите или перетащите файл сюда</p>
            <p className="ant-upload-hint">XLSX или CSV, первая строка — заголовки столбцов как в шаблоне</p>
          </Upload.Dragger>
        ) : null}
        {stage.kind === 'running' ? (
          <div data-testid="import-progress">
            <Typography.Text>
              {stage.commit ? 'Загружаем' : 'Проверяем'} файл «{file?.name}»
              {stage.total ? `: строка ${stage.done} из ${stage.total}` : '…'}
            </Typography.Text>
            <Progress percent={stage.total ? Math.floor((stage.done * 100) / stage.total) : 0} status="active" />
          </div>
        ) : null}
        {stage.kind === 'preview' ? (
          <>
            <Alert
              type={stage.report.created + stage.report.updated ? 'success' : 'info'}
              showIcon
              data-testid="import-preview"
              message={`Файл «${file?.name}» проверен: будет добавлено ${stage.report.created}, обновлено ${stage.report.updated}, без изменений ${stage.report.unchanged}.`}
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
                  width: 170,
                  render: (a: PeopleImportRow['action']) => <Tag color={kActions[a].color}>{kActions[a].title}</Tag>,
                },
                { title: 'ФИО', dataIndex: 'name' },
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
              data-testid="import-errors"
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
                { title: 'Столбец', width: 240, key: 'column', render: (_: unknown, e: PeopleImportError) => ColumnOf(e) },
                { title: 'Сообщение', dataIndex: 'message' },
              ]}
            />
            <Button onClick={reset}>Выбрать другой файл</Button>
          </>
        ) : null}
        {stage.kind === 'finished' ? (
          // antd's Result does not pass data-* attributes on to its element: the wrapper carries the test id.
          <div data-testid="import-result">
            <Result
              status="success"
              title="Загрузка завершена"
              subTitle={`Добавлено педагогов: ${stage.report.created}, обновлено: ${stage.report.updated}, без изменений: ${stage.report.unchanged}.`}
            />
          </div>
        ) : null}
      </Space>
    </Modal>
  );
}
