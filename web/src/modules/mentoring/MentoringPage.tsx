import { Alert, Button, Card, Col, DatePicker, Form, Input, Progress, Row, Select, Space, Statistic, Table, Tag, Typography, message } from 'antd';
import type { TableProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Api } from '../../api/client';
import type { components } from '../../api/schema';
import { FormatDate, kDateFormat, ToIsoDate } from '../../shared/dates';
import { ErrorText } from '../../shared/errors';
import { PageHeader } from '../../shared/page';
import { useMunicipalities } from '../territory/api';

type Coverage = components['schemas']['MentoringCoverage'];
type CoverageRow = Coverage['items'][number];
type Proposal = components['schemas']['MentoringProposal'];
type ProposedPair = Proposal['pairs'][number];
type Unassigned = Proposal['unassigned'][number];
type AcceptInput = components['schemas']['MentoringAcceptInput'];
type AcceptResult = components['schemas']['MentoringAcceptResult'];
type PairSummary = components['schemas']['MentorshipPairSummary'];

interface DirectiveForm {
  council_protocol: string;
  council_date: Dayjs;
  consent_on: Dayjs;
  directive_number: string;
  directive_on: Dayjs;
}

const kStatus: Record<PairSummary['status'], { title: string; color: string }> = {
  proposed: { title: 'Предложена', color: 'default' },
  active: { title: 'Действует', color: 'green' },
  completed: { title: 'Завершена', color: 'blue' },
  replaced: { title: 'Заменена', color: 'orange' },
  cancelled: { title: 'Отменена', color: 'red' },
};

const PairKey = (p: ProposedPair) => `${p.mentee.id}:${p.mentor.id}`;

/** Share of young specialists with a mentor against the programme's 100 % (003 §App7). */
function ShareBar({ share, target }: { share: number | null | undefined; target: number }) {
  if (share === null || share === undefined) return <Typography.Text type="secondary">нет молодых специалистов</Typography.Text>;
  return <Progress percent={share} size="small" status={share >= target ? 'success' : 'active'} format={(p) => `${p} %`} />;
}

/**
 * Mentoring of a municipality (003 §App2): coverage of young specialists against the 100 % target, the optimal
 * proposal of mentors for everyone without one (a minimum-cost assignment, §3.5 capacity two), and its acceptance
 * by one directive for all chosen pairs.
 */
export default function MentoringPage() {
  const { municipalities } = useMunicipalities();
  const [params, setParams] = useSearchParams();
  const municipality = Number(params.get('municipality')) || municipalities[0]?.id || 0;
  const [coverage, setCoverage] = useState<Coverage | null>(null);
  const [pairs, setPairs] = useState<PairSummary[]>([]);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<DirectiveForm>();

  const load = useCallback(async () => {
    if (!municipality) return;
    try {
      const [c, p] = await Promise.all([
        Api<Coverage>('/mentoring/coverage', { query: { municipality } }),
        Api<{ items: PairSummary[] }>('/mentoring/pairs', { query: { municipality, size: 500 } }),
      ]);
      setCoverage(c);
      setPairs(p.items);
    } catch (e) {
      setFailure(ErrorText(e));
    }
  }, [municipality]);

  useEffect(() => {
    setProposal(null);
    void load();
  }, [load]);

  const propose = async () => {
    setBusy(true);
    setFailure('');
    try {
      const p = await Api<Proposal>('/mentoring/proposals', { method: 'POST', json: { municipality } });
      setProposal(p);
      setChosen(p.pairs.map(PairKey));
    } catch (e) {
      setFailure(ErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  const accept = async (values: DirectiveForm) => {
    if (!proposal) return;
    setBusy(true);
    setFailure('');
    const body: AcceptInput = {
      pairs: proposal.pairs
        .filter((p) => chosen.includes(PairKey(p)))
        .map((p) => ({ mentee_id: p.mentee.id, mentor_id: p.mentor.id, kind: p.kind as 'subject' | 'consultant' })),
      council_protocol: values.council_protocol,
      council_date: ToIsoDate(values.council_date),
      mentor_consent_on: ToIsoDate(values.consent_on),
      mentee_consent_on: ToIsoDate(values.consent_on),
      directive_number: values.directive_number,
      directive_on: ToIsoDate(values.directive_on),
    };
    try {
      const result = await Api<AcceptResult>('/mentoring/proposals/accept', { method: 'POST', json: body });
      void message.success(`Закреплено пар: ${result.items.length} (приказ № ${values.directive_number})`);
      setProposal(null);
      await load();
    } catch (e) {
      setFailure(ErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  const coverageColumns: TableProps<CoverageRow>['columns'] = [
    { title: 'Организация', dataIndex: 'organisation_name' },
    { title: 'Молодых специалистов', dataIndex: 'young_specialists', width: 120, align: 'right' },
    { title: 'С наставником', dataIndex: 'with_mentor', width: 120, align: 'right' },
    { title: 'Без наставника', dataIndex: 'without_mentor', width: 120, align: 'right', render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : v) },
    { title: 'Охват', key: 'share', width: 220, render: (_, r) => <ShareBar share={r.share} target={coverage?.target_percent ?? 100} /> },
  ];

  const proposalColumns: TableProps<ProposedPair>['columns'] = [
    { title: 'Молодой специалист', key: 'mentee', render: (_, p) => p.mentee.full_name },
    { title: 'Организация', key: 'org', render: (_, p) => p.mentee.organisation_name ?? '—' },
    { title: 'Принят', dataIndex: 'hired_on', width: 110, render: (v: string) => FormatDate(v) },
    { title: 'Наставник', key: 'mentor', render: (_, p) => p.mentor.full_name },
    { title: 'Где работает наставник', key: 'mentor_org', render: (_, p) => p.mentor.organisation_name ?? '—' },
    { title: 'Близость', dataIndex: 'proximity_label', width: 220 },
  ];

  const unassignedColumns: TableProps<Unassigned>['columns'] = [
    { title: 'Молодой специалист', key: 'mentee', render: (_, u) => u.mentee.full_name },
    { title: 'Организация', key: 'org', render: (_, u) => u.mentee.organisation_name ?? '—' },
    { title: 'Почему без наставника', dataIndex: 'text' },
  ];

  const pairColumns: TableProps<PairSummary>['columns'] = [
    { title: 'Молодой специалист', dataIndex: 'mentee_name' },
    { title: 'Наставник', dataIndex: 'mentor_name' },
    { title: 'Организация', dataIndex: 'organisation_name', render: (v: string | null) => v ?? '—' },
    { title: 'Статус', dataIndex: 'status', width: 120, render: (v: PairSummary['status']) => <Tag color={kStatus[v].color}>{kStatus[v].title}</Tag> },
    {
      title: 'Приказ',
      key: 'directive',
      width: 200,
      render: (_, p) =>
        p.directive_number ? (
          <span>
            № {p.directive_number} от {FormatDate(p.directive_on ?? null)}{' '}
            {p.directive_late ? <Tag color="orange">позже двух недель</Tag> : null}
          </span>
        ) : (
          '—'
        ),
    },
    { title: 'Срок', key: 'term', width: 200, render: (_, p) => `${FormatDate(p.starts_on)} — ${FormatDate(p.ends_on)}` },
  ];

  const chosenCount = chosen.length;
  const options = useMemo(() => municipalities.map((m) => ({ value: m.id, label: m.name })), [municipalities]);

  return (
    <>
      <PageHeader title="Наставничество" subtitle="Закрепление наставников за молодыми специалистами (Положение о наставничестве, приложение 2)" />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>Муниципальное образование</Typography.Text>
          <Select
            aria-label="Муниципальное образование"
            style={{ minWidth: 280 }}
            value={municipality || undefined}
            options={options}
            showSearch
            optionFilterProp="label"
            onChange={(v: number) => setParams({ municipality: String(v) })}
          />
        </Space>
        {failure ? <Alert type="error" showIcon message="Не получилось" description={failure} closable onClose={() => setFailure('')} /> : null}
        {coverage ? (
          <Card title="Охват молодых специалистов наставничеством" data-testid="coverage">
            <Row gutter={32} align="middle" style={{ marginBottom: 16 }}>
              <Col>
                <Statistic title="Молодых специалистов" value={coverage.young_specialists} />
              </Col>
              <Col>
                <Statistic title="С наставником" value={coverage.with_mentor} />
              </Col>
              <Col flex="320px">
                <Typography.Text type="secondary">Охват (цель — {coverage.target_percent} %)</Typography.Text>
                <div data-testid="coverage-share">
                  <ShareBar share={coverage.share} target={coverage.target_percent} />
                </div>
              </Col>
              <Col>
                <Button type="primary" loading={busy} onClick={() => void propose()}>
                  Предложить наставников
                </Button>
              </Col>
            </Row>
            <Table<CoverageRow> rowKey="organisation_id" size="small" columns={coverageColumns} dataSource={coverage.items} pagination={{ pageSize: 20, hideOnSinglePage: true }} />
          </Card>
        ) : null}
        {proposal ? (
          <Card title={`Предложение: ${proposal.pairs.length} пар из ${proposal.mentees_considered} молодых специалистов без наставника`}>
            <Typography.Paragraph type="secondary">
              Пары подобраны так, чтобы наставниками стали педагоги с педагогическим стажем не менее 5 лет (п. 3.3), у каждого не
              более двух подшефных (п. 3.5), по возможности того же предмета и той же организации. Снимите отметку с пар, которые
              методический совет не рекомендовал.
            </Typography.Paragraph>
            <Table<ProposedPair>
              rowKey={PairKey}
              size="small"
              columns={proposalColumns}
              dataSource={proposal.pairs}
              rowSelection={{ selectedRowKeys: chosen, onChange: (keys) => setChosen(keys as string[]) }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
            />
            {proposal.unassigned.length ? (
              <>
                <Typography.Title level={5}>Без наставника остаются ({proposal.unassigned.length})</Typography.Title>
                <Table<Unassigned> rowKey={(u) => u.mentee.id} size="small" columns={unassignedColumns} dataSource={proposal.unassigned} pagination={false} />
              </>
            ) : null}
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              Закрепить приказом
            </Typography.Title>
            <Form<DirectiveForm> form={form} layout="inline" onFinish={(v) => void accept(v)} style={{ rowGap: 12 }}>
              <Form.Item name="council_protocol" label="Протокол методического совета №" rules={[{ required: true, message: 'Укажите номер протокола' }]}>
                <Input style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="council_date" label="от" rules={[{ required: true, message: 'Укажите дату протокола' }]}>
                <DatePicker format={kDateFormat} placeholder="дата" />
              </Form.Item>
              <Form.Item name="consent_on" label="Согласия сторон получены" rules={[{ required: true, message: 'Укажите дату согласий' }]}>
                <DatePicker format={kDateFormat} placeholder="дата" />
              </Form.Item>
              <Form.Item name="directive_number" label="Приказ №" rules={[{ required: true, message: 'Укажите номер приказа' }]}>
                <Input style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name="directive_on" label="от" rules={[{ required: true, message: 'Укажите дату приказа' }]}>
                <DatePicker format={kDateFormat} placeholder="дата" />
              </Form.Item>
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={busy} disabled={!chosenCount}>
                  Закрепить выбранные пары ({chosenCount})
                </Button>
              </Form.Item>
            </Form>
          </Card>
        ) : null}
        <Card title="Наставнические пары">
          <Table<PairSummary> rowKey="id" size="small" columns={pairColumns} dataSource={pairs} pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: 'Пар пока нет' }} />
        </Card>
      </Space>
    </>
  );
}
