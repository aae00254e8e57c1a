import { FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Statistic, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Api } from '../../api/client';
import { DownloadFile } from '../../shared/download';
import { useErrorHandler } from '../../shared/errors';
import { PageLoading } from '../../shared/page';
import { HeatMapOption, RankingOption, type CriterionHead, type ScoreRow } from './chart_data';
import { EChart } from './EChart';
import { kFormStatuses } from './form_rules';
import { LoadFailure } from './LoadFailure';
import type { CampaignSummary, ResultRow, Results } from './types';
import { useLoad } from './useLoad';

/** A result row as the chart shaping needs it. */
export function ToScoreRow(r: ResultRow, max: number): ScoreRow {
  return {
    name: r.municipality_name,
    total: r.total,
    max,
    rank: r.rank,
    criteria: Object.fromEntries(r.criteria.map((c) => [c.number, c.score])),
  };
}

/** A municipality's own report (DOCX) with its scores, deficits and recommendations. */
export function MunicipalityReportButton({ form_id, name, year }: { form_id: number; name: string; year: number }) {
  const [busy, setBusy] = useState(false);
  const handle = useErrorHandler();
  const download = async () => {
    setBusy(true);
    try {
      await DownloadFile(`/monitoring/forms/${form_id}/report.docx`, `Мониторинг ММС ${year} — ${name}.docx`);
    } catch (e) {
      handle(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="small" icon={<FileWordOutlined />} loading={busy} onClick={() => void download()} aria-label={`Отчёт муниципалитета ${name} (DOCX)`}>
      Отчёт
    </Button>
  );
}

/** Scores per criterion and in total, the ranking (003 §App6 7), the ranking chart and the heat map. */
export function ResultsView({ campaign }: { campaign: CampaignSummary }) {
  const fetcher = useCallback(() => Api<Results>(`/monitoring/campaigns/${campaign.id}/results`), [campaign.id]);
  const { data, error, reload } = useLoad(fetcher);
  const criteria: CriterionHead[] = useMemo(() => (data?.criteria ?? []).map((c) => ({ number: c.number, title: c.title, max: c.max })), [data]);
  const rows = useMemo(() => (data ? data.rows.map((r) => ToScoreRow(r, data.max_score)) : []), [data]);
  const ranking = useMemo(() => RankingOption(rows), [rows]);
  const heat = useMemo(() => HeatMapOption(rows, criteria), [rows, criteria]);

  if (error) return <LoadFailure what="Результаты" error={error} onRetry={() => void reload()} />;
  if (!data) return <PageLoading />;
  // A coordinator gets her own row only: her rank among all, no region-wide charts.
  const own_only = data.rows.length === 1 && data.of > 1;

  const columns: TableProps<ResultRow>['columns'] = [
    { title: 'Место', dataIndex: 'rank', width: 70, align: 'center', fixed: 'left' },
    { title: 'Муниципальное образование', dataIndex: 'municipality_name', fixed: 'left', width: 240 },
    ...data.criteria.map((c) => ({
      title: <span title={c.title}>Кр. {c.number}</span>,
      key: `c${c.number}`,
      width: 80,
      align: 'center' as const,
      render: (_: unknown, r: ResultRow) => {
        const got = r.criteria.find((x) => x.number === c.number);
        return `${got?.score ?? 0}/${c.max}`;
      },
    })),
    {
      title: 'Итого',
      dataIndex: 'total',
      width: 90,
      align: 'center',
      render: (v: number) => (
        <Typography.Text strong>
          {v}/{data.max_score}
        </Typography.Text>
      ),
    },
    { title: 'Заявлено', dataIndex: 'claimed', width: 90, align: 'center' },
    { title: 'Дефицитов', key: 'deficits', width: 100, align: 'center', render: (_, r) => r.deficits.length },
    { title: 'Анкета', dataIndex: 'status', width: 160, render: (s: ResultRow['status']) => <Tag color={kFormStatuses[s].color}>{kFormStatuses[s].title}</Tag> },
    { title: '', key: 'report', width: 110, render: (_, r) => <MunicipalityReportButton form_id={r.form_id} name={r.municipality_name} year={campaign.year} /> },
  ];

  return (
    <>
      {!data.final ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="Предварительные результаты"
          description="Засчитываются только принятые проверяющим показатели; после закрытия кампании итоги фиксируются."
        />
      ) : null}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col>
          <Statistic title="Максимум по перечню" value={data.max_score} />
        </Col>
        <Col>
          <Statistic title="Средний балл по области" value={data.region.average} precision={1} decimalSeparator="," />
        </Col>
        <Col>
          <Statistic title="Медиана" value={data.region.median} precision={1} decimalSeparator="," />
        </Col>
        <Col>
          <Statistic title="Наибольший / наименьший" value={`${data.region.max} / ${data.region.min}`} />
        </Col>
      </Row>
      <Card title={own_only ? `Место в рейтинге: ${data.rows[0].rank} из ${data.of}` : `Рейтинг муниципальных образований (${data.of})`} style={{ marginBottom: 16 }}>
        <Table<ResultRow>
          rowKey="form_id"
          size="small"
          columns={columns}
          dataSource={data.rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          data-testid="ranking-table"
          expandable={{
            rowExpandable: (r) => r.deficits.length > 0,
            expandedRowRender: (r) => (
              <div>
                <Typography.Text strong>Дефициты (показатели с нулевым баллом):</Typography.Text>
                <ul style={{ margin: '4px 0 0' }}>
                  {r.deficits.map((d) => (
                    <li key={d.number}>
                      {d.number}. {d.title}
                    </li>
                  ))}
                </ul>
              </div>
            ),
          }}
        />
      </Card>
      {own_only ? null : (
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <Card title="Рейтинг по сумме баллов" style={{ marginBottom: 16 }}>
            <EChart option={ranking} height={Math.max(200, rows.length * 36 + 40)} label="Диаграмма рейтинга муниципальных образований" testid="ranking-chart" />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title="Критерии по муниципальным образованиям, % от максимума" style={{ marginBottom: 16 }}>
            <EChart option={heat} height={Math.max(240, rows.length * 36 + 110)} label="Тепловая карта: критерии по муниципальным образованиям" testid="heat-map" />
          </Card>
        </Col>
      </Row>
      )}
    </>
  );
}
