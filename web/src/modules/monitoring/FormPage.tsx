import { CheckCircleOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Breadcrumb, Button, Card, Collapse, Descriptions, Popconfirm, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Api } from '../../api/client';
import { FormatDate, FormatDateTime } from '../../shared/dates';
import { useErrorHandler } from '../../shared/errors';
import { PageHeader, PageLoading } from '../../shared/page';
import { AnswersOf, ClaimedPoints, CountStates, HasSomethingToSubmit, kFormStatuses, SectionsToOpen, SubmitProblems } from './form_rules';
import { IndicatorCard } from './IndicatorCard';
import { LoadFailure } from './LoadFailure';
import { MunicipalityReportButton } from './ResultsView';
import type { Form, FormCriterion } from './types';
import { useLoad } from './useLoad';

/** The heading of a criterion's section: its score and how many indicators wait, are returned or accepted. */
function CriterionLabel({ criterion }: { criterion: FormCriterion }) {
  const counts = CountStates(criterion.indicators);
  return (
    <div className="monitoring-criterion">
      <Typography.Text strong>
        Критерий {criterion.number}. {criterion.title}
      </Typography.Text>
      <Space size={4} wrap>
        {counts.returned ? <Tag color="red">возвращено: {counts.returned}</Tag> : null}
        {counts.submitted ? <Tag color="blue">на проверке: {counts.submitted}</Tag> : null}
        {counts.accepted ? <Tag color="green">принято: {counts.accepted}</Tag> : null}
        <Tag>
          заявлено {ClaimedPoints(criterion.indicators)}, засчитано {criterion.score} из {criterion.max_score}
        </Tag>
      </Space>
    </div>
  );
}

/**
 * A municipality's form (003 §App6 8): criteria as collapsible sections, indicator by indicator with evidence;
 * the coordinator saves drafts and submits, the regional reviewer accepts or returns each indicator.
 */
export default function FormPage() {
  const { id } = useParams();
  const handle = useErrorHandler();
  const { message } = App.useApp();
  const [busy, setBusy] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [open, setOpen] = useState<string[] | null>(null);
  const fetcher = useCallback(() => Api<Form>(`/monitoring/forms/${encodeURIComponent(id ?? '')}`), [id]);
  const { data: form, error, reload, setData } = useLoad(fetcher);
  const answers = useMemo(() => (form ? AnswersOf(form) : []), [form]);

  // The sections to open first: those with returned indicators (they are what the coordinator must fix).
  useEffect(() => {
    if (form && open === null) setOpen(SectionsToOpen(form));
  }, [form, open]);

  if (error) {
    return (
      <>
        <PageHeader title="Анкета мониторинга" />
        <LoadFailure what="Анкета мониторинга" error={error} onRetry={() => void reload()} />
      </>
    );
  }
  if (!form) return <PageLoading />;
  const f = form;
  const counts = CountStates(answers);

  const submit = async () => {
    const found = SubmitProblems(answers);
    setProblems(found);
    if (found.length) return;
    setBusy('submit');
    try {
      setData(await Api<Form>(`/monitoring/forms/${f.id}/submit`, { method: 'POST' }));
      void message.success('Анкета отправлена на проверку');
    } catch (e) {
      handle(e);
    } finally {
      setBusy('');
    }
  };
  const acceptAll = async () => {
    setBusy('accept-all');
    try {
      setData(await Api<Form>(`/monitoring/forms/${f.id}/accept-all`, { method: 'POST' }));
      void message.success('Все отправленные показатели приняты');
    } catch (e) {
      handle(e);
    } finally {
      setBusy('');
    }
  };

  const status = kFormStatuses[f.status];
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 12 }}
        items={[
          { title: <Link to="/app/monitoring">Мониторинг ММС</Link> },
          { title: <Link to={`/app/monitoring/campaigns/${f.campaign_id}`}>Мониторинг {f.year}</Link> },
          { title: f.municipality_name },
        ]}
      />
      <PageHeader
        title={`Анкета: ${f.municipality_name}`}
        subtitle={`Мониторинг ММС ${f.year} года, сбор информации ${FormatDate(f.opens_on)} — ${FormatDate(f.closes_on)}`}
        extra={
          <Space wrap>
            <MunicipalityReportButton form_id={f.id} name={f.municipality_name} year={f.year} />
            {f.can_review && counts.submitted ? (
              <Popconfirm title={`Принять все показатели на проверке (${counts.submitted})?`} okText="Принять" cancelText="Отмена" onConfirm={() => void acceptAll()}>
                <Button icon={<CheckCircleOutlined />} loading={busy === 'accept-all'}>
                  Принять все на проверке ({counts.submitted})
                </Button>
              </Popconfirm>
            ) : null}
            {f.can_edit ? (
              <Popconfirm
                title="Отправить анкету на проверку?"
                description="Будут отправлены черновики и возвращённые показатели; незаполненные показатели не отправляются и дают 0 баллов."
                okText="Отправить"
                cancelText="Отмена"
                onConfirm={() => void submit()}
              >
                <Button type="primary" icon={<SendOutlined />} loading={busy === 'submit'} disabled={!HasSomethingToSubmit(answers)}>
                  Отправить на проверку
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label="Статус">
            <Tag color={status.color} data-testid="form-status">
              {status.title}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="Баллы">
            <span data-testid="form-score">
              засчитано {f.score ?? 0} из {f.max_score}, заявлено {f.claimed}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="Показатели">
            заполнено {f.answered} из {f.indicator_count}; на проверке {counts.submitted}, принято {counts.accepted}, возвращено {counts.returned}
          </Descriptions.Item>
          <Descriptions.Item label="Отправлена">{FormatDateTime(f.submitted_at)}</Descriptions.Item>
        </Descriptions>
      </Card>
      {f.campaign_status === 'closed' ? <Alert type="info" showIcon style={{ marginBottom: 16 }} message="Кампания закрыта: итоги зафиксированы, анкета не изменяется." /> : null}
      {counts.returned > 0 && f.can_edit ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="returned-summary"
          message={`Возвращено на доработку: ${answers
            .filter((a) => a.state === 'returned')
            .map((a) => a.number)
            .join(', ')}`}
          description="Исправьте отмеченные показатели и отправьте анкету повторно; остальные показатели остаются без изменений."
        />
      ) : null}
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblems([])}
          style={{ marginBottom: 16 }}
          message="Анкету нельзя отправить"
          description={
            <ul style={{ margin: 0 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Space style={{ marginBottom: 8 }}>
        <Button size="small" onClick={() => setOpen(f.criteria.map((c) => String(c.number)))}>
          Развернуть все
        </Button>
        <Button size="small" onClick={() => setOpen([])}>
          Свернуть все
        </Button>
      </Space>
      <Collapse
        activeKey={open ?? []}
        onChange={(keys) => setOpen(Array.isArray(keys) ? keys : [keys])}
        items={f.criteria.map((c) => ({
          key: String(c.number),
          label: <CriterionLabel criterion={c} />,
          children: (
            <div className="monitoring-indicators" data-testid={`criterion-${c.number}`}>
              {c.indicators.map((a) => (
                <IndicatorCard key={a.number} form_id={f.id} answer={a} onChanged={() => void reload()} />
              ))}
            </div>
          ),
        }))}
      />
    </>
  );
}
