import { InboxOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Collapse, Radio, Row, Segmented, Space, Statistic, Table, Tag, Typography, Upload } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Api, ApiFetch } from '../../api/client';
import type { components } from '../../api/schema';
import { DownloadFile } from '../../shared/download';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { PageHeader } from '../../shared/page';

type Preset = components['schemas']['PoolScreenPreset'];
type Report = components['schemas']['PoolScreenReport'];
type Row = Report['rows'][number];
type Verdict = 'eligible' | 'ineligible' | 'error';

const kVerdicts: Record<Verdict, { title: string; color: string }> = {
  eligible: { title: 'Соответствует', color: 'green' },
  ineligible: { title: 'Не соответствует', color: 'red' },
  error: { title: 'Строка не прочитана', color: 'orange' },
};

function VerdictOf(row: Row): Verdict {
  if (row.error !== undefined) return 'error';
  return row.eligible ? 'eligible' : 'ineligible';
}

/**
 * A nomination's candidate list checked against a regulation (000 §3.2, 002 §3.2) before it is sent: every row
 * with its verdict and the reasons, in the order of the file. The file is checked on the server and not stored.
 */
export default function PoolScreenPage() {
  const [presets, setPresets] = useState<Preset[]>([]);
  const [preset, setPreset] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [fileName, setFileName] = useState('');
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState<'all' | Verdict>('all');
  const handle = useErrorHandler();

  useEffect(() => {
    Api<Preset[]>('/pool/screen/presets')
      .then((list) => {
        setPresets(list);
        setPreset((current) => current || list[0]?.name || '');
      })
      .catch((e: unknown) => setFailure(ErrorText(e)));
  }, []);

  const chosen = presets.find((p) => p.name === preset);

  const check = async (file: File) => {
    setBusy(true);
    setFailure('');
    setReport(null);
    setFileName(file.name);
    try {
      const response = await ApiFetch('/pool/screen', {
        method: 'POST',
        query: { preset },
        body: await file.arrayBuffer(),
        headers: { 'Content-Type': 'application/octet-stream' },
      });
      setReport((await response.json()) as Report);
      setShown('all');
    } catch (e) {
      setFailure(ErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  const rows = useMemo(
    () => (report?.rows ?? []).filter((r) => shown === 'all' || VerdictOf(r) === shown),
    [report, shown],
  );

  const columns: TableProps<Row>['columns'] = [
    { title: 'Строка', dataIndex: 'row', width: 80 },
    { title: 'ФИО', dataIndex: 'fio', width: 260, render: (v: string | undefined) => v || '—' },
    {
      title: 'Результат',
      key: 'verdict',
      width: 190,
      render: (_, r) => {
        const v = kVerdicts[VerdictOf(r)];
        return <Tag color={v.color}>{v.title}</Tag>;
      },
    },
    {
      title: 'Причины',
      key: 'reasons',
      render: (_, r) =>
        r.error !== undefined ? (
          <Typography.Text type="warning">{r.error}</Typography.Text>
        ) : (
          <ul className="screen-reasons">
            {(r.reasons ?? []).map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Проверка списка кандидатов"
        subtitle="Методический актив: соответствие кандидатов требованиям положения до подачи представления"
      />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text strong>Положение</Typography.Text>
            <Radio.Group
              value={preset}
              onChange={(e) => {
                setPreset(e.target.value as string);
                setReport(null);
              }}
              aria-label="Положение"
            >
              <Space direction="vertical">
                {presets.map((p) => (
                  <Radio key={p.name} value={p.name}>
                    {p.title}
                    <Typography.Text type="secondary"> — {p.source}</Typography.Text>
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
            {chosen ? (
              <Collapse
                size="small"
                items={[
                  {
                    key: 'criteria',
                    label: `Перечень требований (п. ${chosen.section} положения): кандидат должен отвечать хотя бы одному`,
                    children: (
                      <ol className="screen-criteria">
                        {chosen.criteria.map((c) => (
                          <li key={c.number} value={c.number}>
                            {c.wording}
                          </li>
                        ))}
                      </ol>
                    ),
                  },
                ]}
              />
            ) : null}
            <Typography.Paragraph style={{ marginBottom: 0 }}>
              Файл XLSX или CSV со столбцами: ФИО; Дата рождения; Место работы; Должность; Предмет; Квалификационная
              категория; Образование; Стаж по специальности, лет; Критерии (номера требований из перечня через запятую).
              Файл проверяется и не сохраняется.{' '}
              <Typography.Link
                onClick={() =>
                  DownloadFile('/pool/screen/template.xlsx', 'Список кандидатов в методический актив.xlsx').catch((e: unknown) =>
                    handle(e),
                  )
                }
              >
                Скачать шаблон
              </Typography.Link>
            </Typography.Paragraph>
            <Upload.Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              disabled={!preset || busy}
              beforeUpload={(file) => {
                void check(file);
                return false; // sent by check(), not by the Upload component
              }}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{busy ? 'Проверяем…' : 'Перетащите файл сюда или нажмите, чтобы выбрать'}</p>
            </Upload.Dragger>
            {failure ? <Alert type="error" showIcon message="Список не удалось проверить" description={failure} /> : null}
          </Space>
        </Card>
        {report ? (
          <Card title={`Результат проверки: ${fileName}`}>
            <Row gutter={24} style={{ marginBottom: 16 }}>
              <Col>
                <Statistic title="Соответствуют" value={report.eligible} valueStyle={{ color: '#389e0d' }} />
              </Col>
              <Col>
                <Statistic title="Не соответствуют" value={report.ineligible} valueStyle={{ color: '#cf1322' }} />
              </Col>
              <Col>
                <Statistic title="Строк не прочитано" value={report.errors} valueStyle={{ color: '#d48806' }} />
              </Col>
            </Row>
            <Segmented
              style={{ marginBottom: 16 }}
              value={shown}
              onChange={(v) => setShown(v as 'all' | Verdict)}
              options={[
                { label: `Все (${report.rows.length})`, value: 'all' },
                { label: `Соответствуют (${report.eligible})`, value: 'eligible' },
                { label: `Не соответствуют (${report.ineligible})`, value: 'ineligible' },
                { label: `Ошибки (${report.errors})`, value: 'error' },
              ]}
            />
            <Table<Row>
              rowKey="row"
              size="small"
              columns={columns}
              dataSource={rows}
              pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
              locale={{ emptyText: 'Нет строк' }}
            />
          </Card>
        ) : null}
      </Space>
    </>
  );
}
