import { Alert, Card, Col, InputNumber, Row, Segmented, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Api } from '../../api/client';
import { FormatDate } from '../../shared/dates';
import { ErrorText } from '../../shared/errors';
import { PageHeader, PageLoading } from '../../shared/page';
import { useMunicipalities } from '../territory/api';
import { BodiesNav } from './BodiesNav';
import { kIssueTitles, SectionSuffix } from './body_rules';
import { ComplianceChart } from './ComplianceChart';
import type { Compliance, ComplianceRow, IssueCode } from './types';
import './bodies.css';

/**
 * Compliance of the bodies of a territory for a year (SPEC §8): bodies that missed their required sessions
 * (001 §3.8.10.1, 004 §5.1.5), councils below their minimum size (001 §3.8.5), unions not renewed this year
 * (004 §5.1.1).
 */
export default function CompliancePage() {
  const [params, setParams] = useSearchParams();
  const { municipalities } = useMunicipalities();
  const municipality = Number(params.get('municipality')) || undefined;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const [data, setData] = useState<Compliance | null>(null);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState('');
  const [shown, setShown] = useState<'all' | IssueCode>('all');

  useEffect(() => {
    let live = true;
    setLoading(true);
    setFailure('');
    Api<Compliance>('/bodies/compliance', { query: { municipality, year } })
      .then((answer) => live && setData(answer))
      .catch((e: unknown) => live && setFailure(ErrorText(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [municipality, year]);

  const set = (key: string, value?: number) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, String(value));
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const rows = useMemo(() => (data?.items ?? []).filter((r) => shown === 'all' || r.issues.some((i) => i.code === shown)), [data, shown]);

  const columns: TableProps<ComplianceRow>['columns'] = [
    { title: 'Орган', key: 'name', render: (_, r) => <Link to={`/app/bodies/${r.body.id}`}>{r.body.name}</Link> },
    { title: 'Вид', key: 'kind', width: 200, render: (_, r) => r.body.kind_title },
    { title: 'Территория / организация', key: 'place', width: 220, render: (_, r) => r.body.organisation_name ?? r.body.municipality_name ?? 'Регион' },
    { title: 'Членов', key: 'members', width: 90, align: 'right', render: (_, r) => r.body.members_count },
    {
      title: 'Заседаний',
      key: 'sessions',
      width: 130,
      render: (_, r) => (
        <span>
          {r.sessions_held} из {r.sessions_required}
          {r.body.last_session_on ? <div className="ant-typography ant-typography-secondary">последнее {FormatDate(r.body.last_session_on)}</div> : null}
        </span>
      ),
    },
    {
      title: 'Нарушения',
      key: 'issues',
      render: (_, r) => (
        <Space direction="vertical" size={2}>
          {r.issues.map((i) => (
            <span key={i.code}>
              <Tag color="orange">{kIssueTitles[i.code] ?? i.code}</Tag>
              {i.text}
              <Typography.Text type="secondary">{SectionSuffix(i.text, i.section)}</Typography.Text>
            </span>
          ))}
        </Space>
      ),
    },
  ];

  const counts = data?.counts;
  return (
    <>
      <PageHeader title="Коллегиальные органы" subtitle="Соблюдение требований положений: заседания, минимальный состав, ежегодное обновление" />
      <BodiesNav />
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label="Территория"
          style={{ minWidth: 280 }}
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder="Вся моя территория"
          value={municipality}
          options={municipalities.map((m) => ({ value: m.id, label: m.name }))}
          onChange={(v?: number) => set('municipality', v)}
        />
        <InputNumber aria-label="Год" addonBefore="Год" style={{ width: 160 }} precision={0} min={2000} max={2100} value={year} onChange={(v) => set('year', v ?? undefined)} />
      </Space>
      {failure ? <Alert type="error" showIcon message="Не удалось загрузить сводку" description={failure} style={{ marginBottom: 16 }} /> : null}
      {loading && !data ? <PageLoading /> : null}
      {data && counts ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={10}>
              <Card size="small" title={`${data.unit.name}, ${data.year} г. (на ${FormatDate(data.on)})`} data-testid="compliance-summary">
                <Row gutter={16}>
                  <Col span={12}>
                    <Statistic title="Органов" value={data.bodies_total} />
                  </Col>
                  <Col span={12}>
                    <Statistic title="С нарушениями" value={data.bodies_with_issues} valueStyle={data.bodies_with_issues ? { color: '#d46b08' } : undefined} />
                  </Col>
                </Row>
                <Row gutter={16} style={{ marginTop: 16 }}>
                  {(Object.keys(kIssueTitles) as IssueCode[]).map((code) => (
                    <Col span={8} key={code}>
                      <Statistic title={kIssueTitles[code]} value={counts[code] ?? 0} valueStyle={{ fontSize: 20 }} />
                    </Col>
                  ))}
                </Row>
              </Card>
            </Col>
            <Col xs={24} lg={14}>
              <Card size="small" title="Органы с нарушениями по видам нарушений">
                <ComplianceChart counts={counts} />
              </Card>
            </Col>
          </Row>
          <Card
            size="small"
            title="Органы с нарушениями"
            extra={
              <Segmented
                value={shown}
                onChange={(v) => setShown(v as 'all' | IssueCode)}
                options={[{ value: 'all', label: 'Все' }, ...(Object.keys(kIssueTitles) as IssueCode[]).map((c) => ({ value: c, label: kIssueTitles[c] }))]}
              />
            }
          >
            <Table<ComplianceRow>
              rowKey={(r) => r.body.id}
              size="small"
              loading={loading}
              columns={columns}
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: 'Нарушений нет' }}
            />
          </Card>
        </Space>
      ) : null}
    </>
  );
}
