import { Progress, Space, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { Link } from 'react-router-dom';
import { FormatDateTime } from '../../shared/dates';
import { kFormStatuses } from './form_rules';
import type { FormSummary } from './types';

/** The forms of a campaign with their review progress (a coordinator sees only her own). */
export function FormsTable({ forms }: { forms: FormSummary[] }) {
  const columns: TableProps<FormSummary>['columns'] = [
    {
      title: 'Муниципальное образование',
      dataIndex: 'municipality_name',
      render: (name: string, f) => <Link to={`/app/monitoring/forms/${f.id}`}>{name}</Link>,
    },
    { title: 'Статус', dataIndex: 'status', width: 170, render: (s: FormSummary['status']) => <Tag color={kFormStatuses[s].color}>{kFormStatuses[s].title}</Tag> },
    {
      title: 'Проверка показателей',
      key: 'progress',
      width: 300,
      render: (_, f) => (
        <Space direction="vertical" size={0} style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            заполнено {f.answered} из {f.indicator_count}; принято {f.accepted}
            {f.returned ? `, возвращено ${f.returned}` : ''}
          </Typography.Text>
          <Progress
            size="small"
            percent={f.indicator_count ? Math.round(((f.submitted + f.accepted + f.returned) / f.indicator_count) * 100) : 0}
            success={{ percent: f.indicator_count ? Math.round((f.accepted / f.indicator_count) * 100) : 0 }}
            format={() => `${f.accepted}/${f.indicator_count}`}
          />
        </Space>
      ),
    },
    { title: 'Заявлено баллов', dataIndex: 'claimed', width: 110, align: 'right' },
    { title: 'Засчитано', dataIndex: 'score', width: 100, align: 'right', render: (v: number | null) => v ?? '—' },
    { title: 'Отправлена', dataIndex: 'submitted_at', width: 170, render: (v: string | null) => FormatDateTime(v) },
    { title: 'Напоминание', dataIndex: 'reminded_at', width: 170, render: (v: string | null) => FormatDateTime(v) },
  ];
  return (
    <Table<FormSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={forms}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: 'Анкет нет' }}
      data-testid="forms-table"
    />
  );
}
