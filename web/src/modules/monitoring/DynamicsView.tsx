import { Card, Empty, Select, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { Api } from '../../api/client';
import { PageLoading } from '../../shared/page';
import { DynamicsOption, type DynamicsLine } from './chart_data';
import { EChart } from './EChart';
import { LoadFailure } from './LoadFailure';
import type { Campaign, Dynamics } from './types';
import { useLoad } from './useLoad';

/** The lines of the dynamics chart: the municipality's total and the region's average per year. */
export function DynamicsLines(name: string, dynamics: Dynamics): DynamicsLine[] {
  return [
    { name, points: dynamics.years.map((i) => ({ year: i.year, value: i.total })) },
    { name: 'Среднее по области', points: dynamics.years.map((i) => ({ year: i.year, value: Math.round(i.region_average * 10) / 10 })) },
  ];
}

/** Dynamics across years for a municipality against the region's average. */
export function DynamicsView({ campaign }: { campaign: Campaign }) {
  const [municipality, setMunicipality] = useState<number | undefined>(campaign.forms[0]?.municipality_id);
  const name = campaign.forms.find((f) => f.municipality_id === municipality)?.municipality_name ?? '';
  const fetcher = useCallback(
    () => (municipality ? Api<Dynamics>('/monitoring/dynamics', { query: { municipality } }) : Promise.resolve(null)),
    [municipality],
  );
  const { data, error, reload } = useLoad(fetcher);
  const option = useMemo(() => (data ? DynamicsOption(DynamicsLines(name, data), 'баллы') : null), [data, name]);

  if (!campaign.forms.length) return <Empty description="В кампании нет анкет" />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {campaign.forms.length > 1 ? (
        <Space>
          <Typography.Text>Муниципальное образование</Typography.Text>
          <Select
            aria-label="Муниципальное образование для динамики"
            style={{ minWidth: 300 }}
            value={municipality}
            onChange={setMunicipality}
            showSearch
            optionFilterProp="label"
            options={campaign.forms.map((f) => ({ value: f.municipality_id, label: f.municipality_name }))}
          />
        </Space>
      ) : null}
      {error ? <LoadFailure what="Динамика" error={error} onRetry={() => void reload()} /> : null}
      {!data && !error ? <PageLoading /> : null}
      {data && option ? (
        <Card title={`Динамика суммы баллов: ${name}`}>
          {data.years.length ? (
            <>
              <EChart option={option} height={320} label={`Динамика баллов по годам: ${name}`} testid="dynamics-chart" />
              <Typography.Text type="secondary">
                {data.years
                  .filter((i) => i.total !== null)
                  .map((i) => `${i.year}: ${i.total} из ${i.max}, ${i.rank}-е место из ${i.of}`)
                  .join('; ')}
              </Typography.Text>
            </>
          ) : (
            <Empty description="Результатов прошлых лет нет" />
          )}
        </Card>
      ) : null}
    </Space>
  );
}
