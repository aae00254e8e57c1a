import { AimOutlined, BookOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Api } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { FormatDate } from '../../shared/dates';
import { PageHeader } from '../../shared/page';
import { IsMonitoringReviewer } from './access';
import { LoadFailure } from './LoadFailure';
import { OpenCampaignModal } from './OpenCampaignModal';
import type { CampaignSummary } from './types';
import { useLoad } from './useLoad';

/** A campaign's status as a tag (an open campaign past its deadline is flagged). */
export function CampaignStatusTag({ campaign }: { campaign: Pick<CampaignSummary, 'status' | 'overdue'> }) {
  if (campaign.status === 'closed') return <Tag color="default">Закрыта, итоги зафиксированы</Tag>;
  return campaign.overdue ? <Tag color="red">Открыта, срок истёк</Tag> : <Tag color="green">Открыта</Tag>;
}

/** The yearly campaigns of monitoring (003 §App6 8): the regional operator opens them, coordinators fill their forms. */
export default function CampaignListPage() {
  const { user } = useAuth();
  const reviewer = IsMonitoringReviewer(user);
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const fetcher = useCallback(() => Api<{ items: CampaignSummary[] }>('/monitoring/campaigns'), []);
  const { data, error, loading, reload } = useLoad(fetcher);

  const columns: TableProps<CampaignSummary>['columns'] = [
    {
      title: 'Год',
      dataIndex: 'year',
      width: 90,
      render: (year: number, c) => <Link to={`campaigns/${c.id}`}>Мониторинг {year}</Link>,
    },
    { title: 'Сроки сбора', key: 'window', width: 200, render: (_, c) => `${FormatDate(c.opens_on)} — ${FormatDate(c.closes_on)}` },
    { title: 'Статус', key: 'status', width: 220, render: (_, c) => <CampaignStatusTag campaign={c} /> },
    { title: 'Перечень критериев', key: 'catalog', render: (_, c) => `${c.catalog_title} (версия ${c.catalog_version})` },
    {
      title: reviewer ? 'Анкеты: отправлено / принято' : 'Анкета',
      key: 'progress',
      width: 280,
      render: (_, c) => (
        <Space direction="vertical" size={0} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            {c.forms_submitted} из {c.forms_total} отправлено, принято {c.forms_accepted}
          </Typography.Text>
          <Progress
            size="small"
            percent={c.forms_total ? Math.round((c.forms_submitted / c.forms_total) * 100) : 0}
            success={{ percent: c.forms_total ? Math.round((c.forms_accepted / c.forms_total) * 100) : 0 }}
          />
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Мониторинг ММС"
        subtitle="Мониторинг эффективности деятельности муниципальных методических служб (Положение, приложение 6)"
        extra={
          <Space wrap>
            {reviewer ? (
              <>
                <Link to="targets">
                  <Button icon={<AimOutlined />}>Целевые показатели</Button>
                </Link>
                <Link to="library">
                  <Button icon={<BookOutlined />}>Библиотека рекомендаций</Button>
                </Link>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
                  Открыть кампанию
                </Button>
              </>
            ) : null}
          </Space>
        }
      />
      {error ? <LoadFailure what="Кампании мониторинга" error={error} onRetry={() => void reload()} /> : null}
      <Card>
        <Table<CampaignSummary>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={data?.items ?? []}
          pagination={false}
          locale={{ emptyText: reviewer ? 'Кампаний пока нет: откройте кампанию текущего года' : 'Ваше муниципальное образование пока не включено ни в одну кампанию' }}
        />
      </Card>
      <OpenCampaignModal
        open={opening}
        onClose={() => setOpening(false)}
        onOpened={(campaign) => {
          setOpening(false);
          navigate(`campaigns/${campaign.id}`);
        }}
      />
    </>
  );
}
