import { Alert, Button, Card, Checkbox, Col, DatePicker, Descriptions, Form, Input, InputNumber, Row, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import { FormatDate, kDateFormat, ToIsoDate } from '../../shared/dates';
import { ErrorText, useErrorHandler } from '../../shared/errors';
import { SectionSuffix, VoteProblem, VoteText } from './body_rules';
import { DecisionModal } from './DecisionModal';
import { PersonSelect } from './PersonSelect';
import type { AgendaItem, DecisionInput, Session, VoteInput } from './types';

interface VoteValues {
  for?: number;
  against?: number;
  abstain?: number;
  decision?: string;
  owner_person_id?: number;
  due_on?: Dayjs;
}

/** Today as the API's date. */
function TodayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The vote on an item: the numbers, the decision to record if adopted, its owner and deadline. */
function VoteForm({ session, item, municipality, onChanged }: { session: Session; item: AgendaItem; municipality?: number | null; onChanged: (s: Session) => void }) {
  const [form] = Form.useForm<VoteValues>();
  const [refusal, setRefusal] = useState('');
  const [busy, setBusy] = useState(false);

  // A refusal for want of a quorum is stale once the attendance changes.
  useEffect(() => setRefusal(''), [session.present_count]);

  const submit = async (values: VoteValues) => {
    setRefusal('');
    const problem = VoteProblem({ for: values.for, against: values.against, abstain: values.abstain }, session.present_count);
    if (problem) {
      setRefusal(problem);
      return;
    }
    const body: VoteInput = {
      for: values.for ?? 0,
      against: values.against ?? 0,
      abstain: values.abstain ?? 0,
      decision: values.decision?.trim() || undefined,
      owner_person_id: values.owner_person_id,
      due_on: ToIsoDate(values.due_on),
    };
    setBusy(true);
    try {
      onChanged(await Api<Session>(`/sessions/${session.id}/items/${item.id}/vote`, { method: 'POST', json: body }));
    } catch (e) {
      // The server's refusal names the rule and its section (no quorum, short of the majority): show it here,
      // by the item it concerns, and keep the numbers for another try.
      setRefusal(ErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  const count = (name: 'for' | 'against' | 'abstain', label: string) => (
    <Col xs={8} md={4}>
      <Form.Item label={label} name={name} rules={[{ required: true, message: `Укажите число голосов «${label}»` }]}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );

  return (
    <Form<VoteValues> form={form} layout="vertical" name={`vote-${item.id}`} initialValues={{ for: 0, against: 0, abstain: 0, decision: item.proposal ?? '' }} onFinish={(v) => void submit(v)}>
      <Row gutter={12}>
        {count('for', 'за')}
        {count('against', 'против')}
        {count('abstain', 'воздержались')}
        <Col xs={24} md={12}>
          <Form.Item label="Решение" name="decision" rules={[{ required: true, whitespace: true, message: 'Сформулируйте решение по вопросу' }]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} placeholder="Что решили" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12} align="bottom">
        <Col xs={24} md={12}>
          <Form.Item label="Ответственный" name="owner_person_id">
            <PersonSelect municipality={municipality} placeholder="Не назначен" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item label="Срок исполнения" name="due_on">
            <DatePicker format={kDateFormat} style={{ width: '100%' }} placeholder="Без срока" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block>
              Провести голосование
            </Button>
          </Form.Item>
        </Col>
      </Row>
      {refusal ? <Alert type="error" showIcon data-testid="vote-refusal" message="Голосование не учтено" description={refusal} closable onClose={() => setRefusal('')} /> : null}
    </Form>
  );
}

/** An adopted decision with its owner and deadline, followed to done. */
function DecisionView({
  session,
  item,
  editable,
  municipality,
  onChanged,
}: {
  session: Session;
  item: AgendaItem;
  editable: boolean;
  municipality?: number | null;
  onChanged: (s: Session) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const handle = useErrorHandler();
  const decision = item.decision;
  if (!decision) return null;

  const markDone = async (done: boolean) => {
    const body: DecisionInput = {
      text: decision.text ?? '',
      owner_person_id: decision.owner_person_id,
      due_on: decision.due_on,
      done_on: done ? TodayIso() : null,
    };
    setBusy(true);
    try {
      onChanged(await Api<Session>(`/sessions/${session.id}/items/${item.id}/decision`, { method: 'PUT', json: body }));
    } catch (e) {
      handle(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered data-testid="decision">
        <Descriptions.Item label="Решение" span={3}>
          {decision.text}
          {editable ? (
            <Button type="link" size="small" onClick={() => setEditing(true)}>
              Изменить
            </Button>
          ) : null}
        </Descriptions.Item>
        <Descriptions.Item label="Ответственный">{decision.owner_name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="Срок">
          {FormatDate(decision.due_on)} {decision.overdue ? <Tag color="red">просрочено</Tag> : null}
        </Descriptions.Item>
        <Descriptions.Item label="Исполнение">
          <Checkbox checked={!!decision.done_on} disabled={!editable || busy} onChange={(e) => void markDone(e.target.checked)}>
            {decision.done_on ? `исполнено ${FormatDate(decision.done_on)}` : 'исполнено'}
          </Checkbox>
        </Descriptions.Item>
      </Descriptions>
      {editable ? (
        <DecisionModal
          open={editing}
          session={session}
          item={item}
          municipality={municipality}
          onClose={() => setEditing(false)}
          onSaved={(s) => {
            setEditing(false);
            onChanged(s);
          }}
        />
      ) : null}
    </>
  );
}

/** One agenda item: the question, the majority it needs, and either the vote form or the adopted decision. */
export function AgendaItemCard({
  session,
  item,
  editable,
  municipality,
  onChanged,
}: {
  session: Session;
  item: AgendaItem;
  editable: boolean;
  municipality?: number | null;
  onChanged: (s: Session) => void;
}) {
  const adopted = item.outcome === 'adopted';
  return (
    <Card
      size="small"
      data-testid={`agenda-item-${item.number}`}
      title={
        <span>
          {item.number}. {item.title}
        </span>
      }
      extra={
        <>
          <Tag>{item.decision_kind_title}</Tag>
          {adopted ? <Tag color="green">Решение принято</Tag> : <Tag color="default">Не голосовали</Tag>}
        </>
      }
    >
      {item.proposal ? <Typography.Paragraph>Предложение: {item.proposal}</Typography.Paragraph> : null}
      <Typography.Paragraph type="secondary">
        Нужно: {item.majority.text}
        {item.majority.required ? `, «за» не менее ${item.majority.required}` : ''}
        {SectionSuffix(item.majority.text, item.majority.section)}
      </Typography.Paragraph>
      {item.vote ? <Typography.Paragraph data-testid="vote-result">Голосовали: {VoteText(item.vote)}</Typography.Paragraph> : null}
      {adopted ? (
        <DecisionView session={session} item={item} editable={editable} municipality={municipality} onChanged={onChanged} />
      ) : editable ? (
        <VoteForm session={session} item={item} municipality={municipality} onChanged={onChanged} />
      ) : null}
    </Card>
  );
}
