import { DownloadOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Api } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { FormatDate } from '../../shared/dates';
import { DownloadFile } from '../../shared/download';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { NotFoundPage, PageHeader, PageLoading } from '../../shared/page';
import { AgendaItemCard } from './AgendaItemCard';
import { CanKeepBodies } from './access';
import { AttendanceCard } from './AttendanceCard';
import { kDecisionKindTitles } from './body_rules';
import type { Body, DecisionKind, Session } from './types';
import './bodies.css';

interface ItemValues {
  title: string;
  decision_kind: DecisionKind;
  proposal?: string;
}

/** Adds a question to the agenda with the kind of decision it asks for (the kind decides the majority). */
function AddItemForm({ session, onChanged }: { session: Session; onChanged: (s: Session) => void }) {
  const [form] = Form.useForm<ItemValues>();
  const [busy, setBusy] = useState(false);
  const handle = useErrorHandler();

  const submit = async (values: ItemValues) => {
    setBusy(true);
    try {
      onChanged(
        await Api<Session>(`/sessions/${session.id}/items`, {
          method: 'POST',
          json: { title: values.title.trim(), decision_kind: values.decision_kind, proposal: values.proposal?.trim() || undefined },
        }),
      );
      form.resetFields();
    } catch (e) {
      handle(e, form, ['title', 'decision_kind', 'proposal']);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<ItemValues> form={form} layout="vertical" name="agenda_item" initialValues={{ decision_kind: 'ordinary' }} onFinish={(v) => void submit(v)}>
      <Row gutter={12} align="bottom">
        <Col xs={24} lg={9}>
          <Form.Item label="Вопрос повестки" name="title" rules={[{ required: true, whitespace: true, message: 'Сформулируйте вопрос повестки' }]}>
            <Input placeholder="Например: Об утверждении плана работы на год" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={5}>
          <Form.Item label="Вид решения" name="decision_kind" rules={[{ required: true, message: 'Выберите вид решения' }]}>
            <Select options={(Object.keys(kDecisionKindTitles) as DecisionKind[]).map((k) => ({ value: k, label: kDecisionKindTitles[k] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={7}>
          <Form.Item label="Проект решения" name="proposal">
            <Input placeholder="Необязательно" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={3}>
          <Form.Item>
            <Button htmlType="submit" icon={<PlusOutlined />} loading={busy} block>
              Добавить
            </Button>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** The protocol: signature lines, download as DOCX and registration in the document registry (001 §3.8.10). */
function ProtocolCard({ session, editable, onChanged }: { session: Session; editable: boolean; onChanged: (s: Session) => void }) {
  const [busy, setBusy] = useState<'' | 'download' | 'register'>('');
  const handle = useErrorHandler();
  const { message } = App.useApp();

  const download = async () => {
    setBusy('download');
    try {
      await DownloadFile(`/sessions/${session.id}/protocol.docx`, `Протокол № ${session.number} от ${FormatDate(session.held_on)}.docx`);
    } catch (e) {
      handle(e);
    } finally {
      setBusy('');
    }
  };

  const register = async () => {
    setBusy('register');
    try {
      const answer = await Api<{ document_id: number; number: string; session: Session }>(`/sessions/${session.id}/protocol`, { method: 'POST' });
      onChanged(answer.session);
      void message.success(`Протокол зарегистрирован в реестре документов (№ ${answer.number})`);
    } catch (e) {
      handle(e);
    } finally {
      setBusy('');
    }
  };

  return (
    <Card title="Протокол" size="small" data-testid="protocol">
      <Space direction="vertical" style={{ width: '100%' }}>
        <div>
          {session.signatures.map((s) => (
            <div key={s.role}>
              {s.title}: {s.full_name ?? <Typography.Text type="warning">не назначен — укажите в составе органа</Typography.Text>}
            </div>
          ))}
        </div>
        <Space wrap>
          <Button type="primary" icon={<DownloadOutlined />} loading={busy === 'download'} onClick={() => void download()}>
            Скачать протокол (DOCX)
          </Button>
          {editable ? (
            <Button icon={<FileAddOutlined />} loading={busy === 'register'} onClick={() => void register()}>
              {session.protocol_document_id ? 'Зарегистрировать новую редакцию' : 'Зарегистрировать в реестре документов'}
            </Button>
          ) : null}
          {session.protocol_document_id ? <Link to={`/app/documents/${session.protocol_document_id}`}>Протокол в реестре документов</Link> : null}
        </Space>
      </Space>
    </Card>
  );
}

/**
 * A session: attendance with the quorum as it is marked, the agenda with a vote per item (the server refuses a
 * decision without quorum or short of its majority, naming the rule), decisions followed to done, the protocol.
 */
export default function SessionPage() {
  const { id } = useParams();
  const { user } = useAuth();
  const [session, setSession] = useState<Session | null>(null);
  const [municipality, setMunicipality] = useState<number | null>(null);
  const [failure, setFailure] = useState('');
  const [missing, setMissing] = useState(false);

  const load = useCallback(async () => {
    try {
      const s = await Api<Session>(`/sessions/${id}`);
      setSession(s);
      setFailure('');
      // The body's territory narrows the search for owners of decisions; a failure here only widens it.
      Api<Body>(`/bodies/${s.body_id}`)
        .then((b) => setMunicipality(b.municipality_id))
        .catch(() => setMunicipality(null));
    } catch (e) {
      if ((e as { status?: number }).status === 404) setMissing(true);
      else setFailure(ErrorText(e));
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (missing) return <NotFoundPage home="/app/bodies" />;
  if (!session) {
    return failure ? (
      <Alert type="error" showIcon message="Не удалось открыть заседание" description={failure} action={<Button onClick={() => void load()}>Повторить</Button>} />
    ) : (
      <PageLoading />
    );
  }

  const editable = CanKeepBodies(user);
  const title = `Заседание № ${session.number} от ${FormatDate(session.held_on)}`;
  return (
    <>
      <PageHeader
        title={title}
        subtitle={[session.body_name, session.title, session.place].filter(Boolean).join(' · ')}
        extra={<Link to={`/app/bodies/${session.body_id}`}>← {session.body_name}</Link>}
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <AttendanceCard session={session} editable={editable} onChanged={setSession} />
        <Card title="Повестка и решения" size="small" data-testid="agenda">
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            {session.items.length === 0 ? <Typography.Text type="secondary">Вопросов в повестке пока нет.</Typography.Text> : null}
            {session.items.map((item) => (
              <AgendaItemCard key={item.id} session={session} item={item} editable={editable} municipality={municipality} onChanged={setSession} />
            ))}
            {editable ? <AddItemForm session={session} onChanged={setSession} /> : null}
          </Space>
        </Card>
        <ProtocolCard session={session} editable={editable} onChanged={setSession} />
      </Space>
    </>
  );
}
