import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Api } from '../../api/client';
import { useErrorHandler } from '../../shared/errors';
import { MinMembersText, TermText } from './body_rules';
import { kRoleOptions, MemberModal } from './MemberModal';
import type { Body, BodyMember, MemberInput } from './types';

/** The body's members with roles and terms; keepers add members, change roles and end terms. */
export function MembersCard({ body, editable, onChanged }: { body: Body; editable: boolean; onChanged: (b: Body) => void }) {
  const [adding, setAdding] = useState(false);
  const [busy, setBusy] = useState<number | null>(null);
  const handle = useErrorHandler();
  const { message } = App.useApp();

  const changeRole = async (m: BodyMember, role: BodyMember['role']) => {
    const input: MemberInput = { person_id: m.person_id, role, starts_on: m.starts_on, ends_on: m.ends_on };
    setBusy(m.id);
    try {
      onChanged(await Api<Body>(`/bodies/${body.id}/members/${m.id}`, { method: 'PUT', json: input }));
      void message.success(`${m.full_name}: роль изменена`);
    } catch (e) {
      handle(e);
    } finally {
      setBusy(null);
    }
  };

  const endTerm = async (m: BodyMember) => {
    setBusy(m.id);
    try {
      onChanged(await Api<Body>(`/bodies/${body.id}/members/${m.id}`, { method: 'DELETE' }));
      void message.success(`${m.full_name}: полномочия прекращены`);
    } catch (e) {
      handle(e);
    } finally {
      setBusy(null);
    }
  };

  const columns: TableProps<BodyMember>['columns'] = [
    { title: 'ФИО', dataIndex: 'full_name', render: (v: string, m) => (editable ? <Link to={`/app/people/${m.person_id}`}>{v}</Link> : v) },
    { title: 'Организация', dataIndex: 'organisation_name', render: (v: string | null) => v ?? '—' },
    {
      title: 'Роль',
      key: 'role',
      width: 220,
      render: (_, m) =>
        editable && m.active ? (
          <Select
            aria-label={`Роль: ${m.full_name}`}
            size="small"
            style={{ width: '100%' }}
            value={m.role}
            options={kRoleOptions}
            disabled={busy === m.id}
            onChange={(role) => void changeRole(m, role)}
          />
        ) : (
          m.role_title
        ),
    },
    { title: 'Голос', dataIndex: 'voting', width: 120, render: (v: boolean) => (v ? 'решающий' : 'совещательный') },
    { title: 'Срок полномочий', key: 'term', width: 160, render: (_, m) => TermText(m.starts_on, m.ends_on) },
    { title: 'Статус', dataIndex: 'active', width: 110, render: (v: boolean) => (v ? <Tag color="green">Действует</Tag> : <Tag>Завершены</Tag>) },
    ...(editable
      ? [
          {
            title: '',
            key: 'actions',
            width: 200,
            render: (_: unknown, m: BodyMember) =>
              m.active ? (
                <Popconfirm
                  title="Прекратить полномочия?"
                  description={`${m.full_name} останется в списке с датой окончания сегодня.`}
                  okText="Прекратить"
                  cancelText="Отмена"
                  onConfirm={() => endTerm(m)}
                >
                  <Button size="small" danger loading={busy === m.id}>
                    Прекратить полномочия
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]
      : []),
  ];

  const min = body.profile?.min_members ?? null;
  const below = !!min && body.voting_members < min;
  return (
    <Card
      title={`Состав (${body.voting_members} с правом голоса)`}
      size="small"
      data-testid="body-members"
      extra={
        editable ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
            Добавить члена
          </Button>
        ) : null
      }
    >
      {below ? (
        <Typography.Paragraph type="warning">
          Минимальный состав — {MinMembersText(min)}; сейчас с правом голоса {body.voting_members}.
        </Typography.Paragraph>
      ) : null}
      <Table<BodyMember>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={body.members}
        rowClassName={(m) => (m.active ? '' : 'bodies-row--ended')}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: 'Членов пока нет' }}
      />
      {editable ? (
        <MemberModal
          open={adding}
          body={body}
          onClose={() => setAdding(false)}
          onSaved={(b) => {
            onChanged(b);
            void message.success('Член добавлен');
          }}
        />
      ) : null}
    </Card>
  );
}
