import { Breadcrumb, Card, Empty, InputNumber, Progress, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Api } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { PageHeader, PageLoading } from '../../shared/page';
import { TargetsOption } from './chart_data';
import { EChart } from './EChart';
import { LoadFailure } from './LoadFailure';
import type { Target, Targets } from './types';
import { useLoad } from './useLoad';

/** The region of the user's first region-wide grant (the regional operator's), if any. */
function RegionOf(scopes: string[]): number | undefined {
  for (const s of scopes) {
    const m = /^region:(\d+)$/.exec(s);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The programme's expected results (003 §App1 4, passport of §App7): target against actual for a year. */
export default function TargetsPage() {
  const { user } = useAuth();
  // No year chosen: the server takes the latest campaign's year.
  const [year, setYear] = useState<number | undefined>();
  const region = RegionOf(user?.grants.map((g) => g.scope) ?? []);
  const fetcher = useCallback(() => Api<Targets>('/monitoring/targets', { query: { year, region } }), [year, region]);
  const { data, error, loading, reload } = useLoad(fetcher);
  const option = useMemo(
    () => (data ? TargetsOption(data.items.map((t) => ({ title: t.title, target: t.target_percent, actual: t.actual_percent }))) : null),
    [data],
  );

  const columns: TableProps<Target>['columns'] = [
    { title: 'Ожидаемый результат', dataIndex: 'title' },
    { title: 'Цель', dataIndex: 'target_percent', width: 80, align: 'right', render: (v: number) => `${v} %` },
    {
      title: 'Факт',
      key: 'actual',
      width: 260,
      render: (_, t) =>
        t.actual_percent === null ? (
          <Typography.Text type="secondary">нет данных</Typography.Text>
        ) : (
          <Space direction="vertical" size={0} style={{ width: '100%' }}>
            <Progress percent={Math.round(t.actual_percent)} size="small" status={t.met ? 'success' : 'normal'} format={() => `${String(t.actual_percent).replace('.', ',')} %`} />
            <Typography.Text type="secondary">
              {t.numerator} из {t.denominator}
            </Typography.Text>
          </Space>
        ),
    },
    {
      title: 'Выполнено',
      dataIndex: 'met',
      width: 120,
      render: (v: boolean | null) => (v === null ? '—' : v ? <Tag color="green">достигнуто</Tag> : <Tag color="red">не достигнуто</Tag>),
    },
    {
      title: 'Источник',
      key: 'source',
      width: 200,
      render: (_, t) => (t.source === 'campaign' ? `мониторинг, показатели ${t.indicators.join(', ')}` : 'данные о наставничестве'),
    },
  ];

  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/app/monitoring">Мониторинг ММС</Link> }, { title: 'Целевые показатели' }]} />
      <PageHeader
        title="Целевые показатели программы"
        subtitle="Ожидаемые результаты региональной модели (Положение, раздел 4 приложения 1; паспорт приложения 7): цель и факт"
        extra={
          <Space>
            <Typography.Text>Год</Typography.Text>
            <InputNumber aria-label="Год" min={2020} max={2100} value={year ?? data?.year} onChange={(v) => v && setYear(v)} style={{ width: 100 }} />
          </Space>
        }
      />
      {error ? <LoadFailure what="Целевые показатели" error={error} onRetry={() => void reload()} /> : null}
      {!data && loading ? <PageLoading /> : null}
      {data ? (
        <>
          {data.campaign_id === null ? (
            <Typography.Paragraph type="secondary">Кампании мониторинга {data.year} года нет: показатели, зависящие от мониторинга, не рассчитаны.</Typography.Paragraph>
          ) : null}
          <Card title="Цель и факт" style={{ marginBottom: 16 }}>
            {data.items.length && option ? (
              <EChart option={option} height={Math.max(240, data.items.length * 48 + 60)} label="Диаграмма: целевые и фактические значения" testid="targets-chart" />
            ) : (
              <Empty />
            )}
          </Card>
          <Card>
            <Table<Target> rowKey="code" size="small" columns={columns} dataSource={data.items} pagination={false} data-testid="targets-table" />
          </Card>
        </>
      ) : null}
    </>
  );
}
