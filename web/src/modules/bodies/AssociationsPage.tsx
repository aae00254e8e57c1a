import { Alert, Button, Card, Col, DatePicker, Empty, Form, Input, List, Row, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Api } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { FormatDate, kDateFormat, ToIsoDate } from '../../shared/dates';
import { ErrorText } from '../../shared/errors';
import { PageHeader, PageLoading } from '../../shared/page';
import { HasRole } from '../../shared/roles';
import { Plural } from '../people/person_rules';
import { BodiesNav } from './BodiesNav';
import { SectionSuffix } from './body_rules';
import { PersonSelect } from './PersonSelect';
import type { Application, ApplicationInput, Association, AssociationCard } from './types';
import './bodies.css';

interface ApplicationValues {
  person_id?: number;
  applied_on?: Dayjs;
  consent_on?: Dayjs;
  recommender_person_id?: number;
  text?: string;
}

const kStatusTitles: Record<string, string> = { submitted: 'Подано', admitted: 'Принят', refused: 'Отказано' };

/**
 * The application for membership (003 §App3 Прил. 1, §App4 5.3) with the consent of §App3 Прил. 2. The server
 * checks the rules (under 35 for young teachers, a member's recommendation for subject teachers) and its refusal
 * is shown as it came, naming the rule.
 */
function ApplicationForm({ association, on_behalf, onFiled }: { association: AssociationCard; on_behalf: boolean; onFiled: (a: Application) => void }) {
  const [form] = Form.useForm<ApplicationValues>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState('');
  const [filed, setFiled] = useState<Application | null>(null);

  const submit = async (values: ApplicationValues) => {
    setRefusal('');
    setFiled(null);
    const body: ApplicationInput = {
      person_id: values.person_id,
      applied_on: ToIsoDate(values.applied_on),
      consent_on: ToIsoDate(values.consent_on) ?? '',
      recommender_person_id: values.recommender_person_id,
      text: values.text?.trim() || undefined,
    };
    setBusy(true);
    try {
      const application = await Api<Application>(`/associations/${association.id}/applications`, { method: 'POST', json: body });
      setFiled(application);
      onFiled(application);
      form.resetFields(['person_id', 'recommender_person_id', 'text']);
    } catch (e) {
      // The refusal names the rule (age, recommendation, consent): one message above the button, not two.
      setRefusal(ErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ApplicationValues>
      form={form}
      layout="vertical"
      name="application"
      initialValues={{ applied_on: dayjs(), consent_on: dayjs() }}
      onFinish={(v) => void submit(v)}
      data-testid="application-form"
    >
      {on_behalf ? (
        <Form.Item label="Заявитель" name="person_id" rules={[{ required: true, message: 'Выберите заявителя из реестра педагогов' }]}>
          <PersonSelect />
        </Form.Item>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="Дата заявления" name="applied_on" rules={[{ required: true, message: 'Укажите дату заявления' }]}>
            <DatePicker format={kDateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="Согласие на обработку ПДн от"
            name="consent_on"
            rules={[{ required: true, message: 'Укажите дату согласия на обработку персональных данных' }]}
          >
            <DatePicker format={kDateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {association.kind === 'subject_teachers' ? (
        <Form.Item label="Рекомендация члена Ассоциации" name="recommender_person_id" rules={[{ required: true, message: 'Выберите члена Ассоциации, давшего рекомендацию' }]}>
          <PersonSelect placeholder="Член Ассоциации (п. 3.4 Положения)" />
        </Form.Item>
      ) : null}
      <Form.Item label="Текст заявления" name="text" rules={[{ max: 2000, message: 'Текст заявления длиннее 2000 символов' }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="Прошу принять меня в члены…" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        Подать заявление
      </Button>
      {refusal ? <Alert style={{ marginTop: 12 }} type="error" showIcon data-testid="application-refusal" message="Заявление не принято" description={refusal} /> : null}
      {filed ? (
        <Alert style={{ marginTop: 12 }} type="success" showIcon message={`Заявление подано: ${filed.full_name}, ${FormatDate(filed.applied_on)}. Его рассмотрит совет.`} />
      ) : null}
    </Form>
  );
}

/** The associations of the region (003 §App3, §App4): rules, branches, applications. */
export default function AssociationsPage() {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const [list, setList] = useState<Association[] | null>(null);
  const [card, setCard] = useState<AssociationCard | null>(null);
  const [applications, setApplications] = useState<Application[]>([]);
  const [failure, setFailure] = useState('');
  const admin = HasRole(user, 'regional-admin');
  const chosen = Number(params.get('id')) || list?.[0]?.id || 0;

  useEffect(() => {
    Api<{ items: Association[] }>('/associations')
      .then((r) => setList(r.items))
      .catch((e: unknown) => setFailure(ErrorText(e)));
  }, []);

  const loadApplications = useCallback(() => {
    if (!chosen || !admin) return;
    Api<{ items: Application[] }>(`/associations/${chosen}/applications`, { query: { status: 'submitted' } })
      .then((r) => setApplications(r.items))
      .catch(() => setApplications([]));
  }, [chosen, admin]);

  useEffect(() => {
    if (!chosen) return;
    setCard(null);
    Api<AssociationCard>(`/associations/${chosen}`)
      .then(setCard)
      .catch((e: unknown) => setFailure(ErrorText(e)));
    loadApplications();
  }, [chosen, loadApplications]);

  const can_apply = admin || !!user?.person_id;
  return (
    <>
      <PageHeader title="Коллегиальные органы" subtitle="Ассоциации учителей-предметников и молодых педагогов" />
      <BodiesNav />
      {failure ? <Alert type="error" showIcon message="Не удалось загрузить ассоциации" description={failure} style={{ marginBottom: 16 }} /> : null}
      {!list && !failure ? <PageLoading /> : null}
      {list && list.length === 0 ? <Empty description="Ассоциаций пока нет" /> : null}
      {list && list.length ? (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Select
            id="association"
            aria-label="Ассоциация"
            style={{ minWidth: 420 }}
            value={chosen || undefined}
            options={list.map((a) => ({ value: a.id, label: a.name }))}
            onChange={(v: number) => setParams({ id: String(v) }, { replace: true })}
          />
          {card ? (
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={10}>
                <Card size="small" title={card.name}>
                  <Typography.Paragraph data-testid="association-counts">
                    {card.members_count} {Plural(card.members_count, 'член', 'члена', 'членов')}, {card.branches_count}{' '}
                    {Plural(card.branches_count, 'территориальное отделение', 'территориальных отделения', 'территориальных отделений')}
                  </Typography.Paragraph>
                  <List
                    size="small"
                    dataSource={card.rules}
                    renderItem={(r) => (
                      <List.Item>
                        {r.text}
                        <Typography.Text type="secondary">{SectionSuffix(r.text, r.section)}</Typography.Text>
                      </List.Item>
                    )}
                  />
                  {card.branches.length ? (
                    <Table
                      rowKey="id"
                      size="small"
                      style={{ marginTop: 12 }}
                      pagination={false}
                      dataSource={card.branches}
                      columns={[
                        { title: 'Отделение', dataIndex: 'name' },
                        { title: 'Муниципальное образование', dataIndex: 'municipality_name' },
                        { title: 'Членов', dataIndex: 'members_count', width: 90, align: 'right' },
                      ]}
                    />
                  ) : null}
                </Card>
              </Col>
              <Col xs={24} xl={14}>
                <Space direction="vertical" size="middle" style={{ width: '100%' }}>
                  <Card size="small" title="Заявление о вступлении">
                    {can_apply ? (
                      <ApplicationForm association={card} on_behalf={admin} onFiled={loadApplications} />
                    ) : (
                      <Typography.Text type="secondary">Заявление подаёт педагог из своего кабинета.</Typography.Text>
                    )}
                  </Card>
                  {admin ? (
                    <Card size="small" title="Заявления на рассмотрении">
                      <Table<Application>
                        rowKey="id"
                        size="small"
                        dataSource={applications}
                        pagination={{ pageSize: 10, hideOnSinglePage: true }}
                        locale={{ emptyText: 'Заявлений нет' }}
                        columns={[
                          { title: 'Заявитель', dataIndex: 'full_name' },
                          { title: 'Дата', dataIndex: 'applied_on', width: 120, render: (v: string) => FormatDate(v) },
                          { title: 'Рекомендация', dataIndex: 'recommender_name', render: (v: string | null) => v ?? '—' },
                          { title: 'Статус', dataIndex: 'status', width: 120, render: (v: string) => kStatusTitles[v] ?? v },
                        ]}
                      />
                    </Card>
                  ) : null}
                </Space>
              </Col>
            </Row>
          ) : (
            <PageLoading />
          )}
        </Space>
      ) : null}
    </>
  );
}
