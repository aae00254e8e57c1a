import { BellOutlined, FileExcelOutlined, FileWordOutlined, LockOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Card, Descriptions, Popconfirm, Space, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { Api } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { FormatDate, FormatDateTime } from '../../shared/dates';
import { DownloadFile } from '../../shared/download';
import { useErrorHandler } from '../../shared/errors';
import { PageHeader, PageLoading } from '../../shared/page';
import { IsMonitoringReviewer } from './access';
import { CampaignStatusTag } from './CampaignListPage';
import { DynamicsView } from './DynamicsView';
import { FormsTable } from './FormsTable';
import { LoadFailure } from './LoadFailure';
import { RecommendationsView } from './RecommendationsView';
import { ResultsView } from './ResultsView';
import type { Campaign } from './types';
import { useLoad } from './useLoad';

/** A campaign: the forms and their review progress, results with charts, recommendations, dynamics, reports. */
export default function CampaignPage() {
  const { id } = useParams();
  const { user } = useAuth();
  const reviewer = IsMonitoringReviewer(user);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'forms';
  const handle = useErrorHandler();
  const { message } = App.useApp();
  const [busy, setBusy] = useState('');
  const fetcher = useCallback(() => Api<Campaign>(`/monitoring/campaigns/${encodeURIComponent(id ?? '')}`), [id]);
  const { data: campaign, error, reload } = useLoad(fetcher);

  if (error) {
    return (
      <>
        <PageHeader title="Кампания мониторинга" />
        <LoadFailure what="Кампания мониторинга" error={error} onRetry={() => void reload()} />
      </>
    );
  }
  if (!campaign) return <PageLoading />;
  const c = campaign;

  const act = async (what: string, run: () => Promise<void>) => {
    setBusy(what);
    try {
      await run();
    } catch (e) {
      handle(e);
    } finally {
      setBusy('');
    }
  };
  const close = () =>
    act('close', async () => {
      // The answer is the campaign without its forms: read the whole card again.
      await Api<Campaign>(`/monitoring/campaigns/${c.id}/close`, { method: 'POST' });
      await reload();
      void message.success('Кампания закрыта, итоги зафиксированы');
    });
  const remind = () =>
    act('remind', async () => {
      const r = await Api<{ reminded: { municipality_name: string }[] }>(`/monitoring/campaigns/${c.id}/remind`, { method: 'POST' });
      void message.success(r.reminded.length ? `Напоминание отмечено: ${r.reminded.map((m) => m.municipality_name).join(', ')}` : 'Все анкеты уже отправлены');
      await reload();
    });
  const download = (kind: 'xlsx' | 'docx') =>
    act(kind, () => DownloadFile(`/monitoring/campaigns/${c.id}/report.${kind}`, `Мониторинг ММС ${c.year}.${kind}`));

  const open = c.status === 'open';
  return (
    <>
      <Breadcrumb style={{ marginBottom: 12 }} items={[{ title: <Link to="/app/monitoring">Мониторинг ММС</Link> }, { title: `Мониторинг ${c.year}` }]} />
      <PageHeader
        title={`Мониторинг ММС ${c.year} года`}
        subtitle={`${c.catalog_title}, версия ${c.catalog_version}`}
        extra={
          reviewer ? (
            <Space wrap>
              <Button icon={<FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void download('xlsx')}>
                Таблица баллов (XLSX)
              </Button>
              <Button icon={<FileWordOutlined />} loading={busy === 'docx'} onClick={() => void download('docx')}>
                Аналитический отчёт (DOCX)
              </Button>
              {open ? (
                <>
                  <Button icon={<BellOutlined />} loading={busy === 'remind'} onClick={() => void remind()}>
                    Напомнить
                  </Button>
                  <Popconfirm
                    title="Закрыть кампанию?"
                    description="После закрытия анкеты и баллы не меняются: итоги фиксируются."
                    okText="Закрыть"
                    cancelText="Отмена"
                    onConfirm={() => void close()}
                  >
                    <Button danger icon={<LockOutlined />} loading={busy === 'close'}>
                      Закрыть кампанию
                    </Button>
                  </Popconfirm>
                </>
              ) : null}
            </Space>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label="Статус">
            <span data-testid="campaign-status">
              <CampaignStatusTag campaign={c} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="Сроки сбора">
            {FormatDate(c.opens_on)} — {FormatDate(c.closes_on)}
          </Descriptions.Item>
          <Descriptions.Item label="Анкет">
            {c.forms_total}: отправлено {c.forms_submitted}, принято {c.forms_accepted}
          </Descriptions.Item>
          {c.closed_at ? <Descriptions.Item label="Закрыта">{FormatDateTime(c.closed_at)}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'forms', label: reviewer ? 'Анкеты муниципалитетов' : 'Анкета', children: <FormsTable forms={c.forms} /> },
          { key: 'results', label: 'Результаты', children: <ResultsView campaign={c} /> },
          { key: 'recommendations', label: 'Дефициты и рекомендации', children: <RecommendationsView campaign={c} /> },
          { key: 'dynamics', label: 'Динамика', children: <DynamicsView campaign={c} /> },
        ]}
      />
    </>
  );
}
