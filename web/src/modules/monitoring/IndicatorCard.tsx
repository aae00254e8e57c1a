import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import { useErrorHandler } from '../../shared/errors';
import { EvidenceEditor, EvidenceLink } from './EvidenceEditor';
import { EvidenceInput, kAnswerStates, SameEvidence } from './form_rules';
import type { Answer, AnswerInput, Evidence } from './types';

interface Draft {
  met: boolean | null;
  comment: string;
  evidence: Evidence | null;
}

const DraftOf = (a: Answer): Draft => ({ met: a.met, comment: a.comment ?? '', evidence: a.evidence });

/** The reviewer's message when returning an indicator (required, 003 §App6 8: processing by the institute). */
function ReturnModal({ number, open, onClose, onReturn }: { number: string; open: boolean; onClose: () => void; onReturn: (message: string) => Promise<void> }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (open) {
      setText('');
      setProblem('');
    }
  }, [open]);
  const submit = async () => {
    if (!text.trim()) {
      setProblem('Сообщение координатору: укажите, что нужно исправить');
      return;
    }
    setSaving(true);
    try {
      await onReturn(text.trim());
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open={open} title={`Вернуть показатель ${number} на доработку`} okText="Вернуть" cancelText="Отмена" confirmLoading={saving} onOk={() => void submit()} onCancel={onClose}>
      <Typography.Paragraph type="secondary">Координатору откроется только этот показатель; остальные остаются на проверке или принятыми.</Typography.Paragraph>
      <Input.TextArea
        aria-label="Сообщение координатору"
        autoSize={{ minRows: 3, maxRows: 8 }}
        maxLength={2000}
        value={text}
        status={problem ? 'error' : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
    </Modal>
  );
}

/**
 * One indicator of the form: the coordinator answers met / not met with evidence and a comment and saves a draft;
 * the reviewer accepts it or returns it with a message; a returned indicator is highlighted with that message.
 */
export function IndicatorCard({ form_id, answer, onChanged }: { form_id: number; answer: Answer; onChanged: () => void }) {
  const [draft, setDraft] = useState<Draft>(DraftOf(answer));
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState('');
  const [returning, setReturning] = useState(false);
  const handle = useErrorHandler();
  const { message } = App.useApp();
  useEffect(() => setDraft(DraftOf(answer)), [answer]);

  const base = `/monitoring/forms/${form_id}/answers/${encodeURIComponent(answer.number)}`;
  const file_path = `${base}/file`;
  const dirty = draft.met !== answer.met || draft.comment !== (answer.comment ?? '') || !SameEvidence(draft.evidence, answer.evidence);
  const proposals = answer.editable ? answer.proposals.filter((p) => !SameEvidence(draft.evidence, p.evidence)) : [];

  const save = async (next: Draft, done: string) => {
    if (next.met === null) {
      setProblem(`Показатель ${answer.number}: отметьте, выполнен ли он`);
      return;
    }
    setProblem('');
    setBusy('save');
    try {
      const body: AnswerInput = { met: next.met, comment: next.comment.trim(), evidence: next.evidence ? EvidenceInput(next.evidence) : null };
      await Api<Answer>(base, { method: 'PUT', json: body });
      void message.success(done);
      onChanged();
    } catch (e) {
      handle(e);
    } finally {
      setBusy('');
    }
  };
  const review = async (what: 'accept' | 'return', json?: { message: string }) => {
    setBusy(what);
    try {
      await Api<Answer>(`${base}/${what}`, { method: 'POST', json });
      void message.success(what === 'accept' ? `Показатель ${answer.number} принят` : `Показатель ${answer.number} возвращён на доработку`);
      setReturning(false);
      onChanged();
    } catch (e) {
      handle(e);
    } finally {
      setBusy('');
    }
  };

  const state = kAnswerStates[answer.state];
  const returned = answer.state === 'returned';
  return (
    <div className={`monitoring-indicator${returned ? ' monitoring-indicator--returned' : ''}`} data-testid={`indicator-${answer.number}`} data-state={answer.state}>
      <div className="monitoring-indicator__head">
        <div>
          <Typography.Text strong>
            {answer.number}. {answer.area}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary">{answer.title}</Typography.Text>
          </div>
        </div>
        <Space size={4} className="monitoring-indicator__tags">
          {answer.additional ? <Tag color="purple">дополнительно</Tag> : null}
          <Tag>
            {answer.points} {answer.points === 1 ? 'балл' : 'балла'}
          </Tag>
          <Tag color={state.color} data-testid="answer-state">
            {state.title}
          </Tag>
        </Space>
      </div>
      {returned && answer.review_message ? (
        <Alert
          type="error"
          showIcon
          style={{ margin: '8px 0' }}
          message={answer.corrected ? 'Возвращён на доработку — исправлено, отправьте анкету повторно' : 'Возвращён на доработку'}
          description={answer.review_message}
          data-testid="review-message"
        />
      ) : null}
      {proposals.map((p, i) => (
        <Alert
          key={i}
          type="info"
          showIcon
          style={{ margin: '8px 0' }}
          message={
            <span>
              В системе уже есть подтверждение ({p.source}): <EvidenceLink evidence={p.evidence} /> {p.title && p.title !== p.evidence.title ? `— ${p.title}` : ''}
            </span>
          }
          action={
            <Button size="small" type="primary" loading={busy === 'save'} onClick={() => void save({ ...draft, met: true, evidence: p.evidence }, `Показатель ${answer.number}: подтверждение из системы сохранено в черновике`)}>
              Подтвердить
            </Button>
          }
        />
      ))}
      {answer.editable ? (
        <Space direction="vertical" size={8} style={{ width: '100%', marginTop: 8 }}>
          <Radio.Group
            aria-label={`Показатель ${answer.number} выполнен?`}
            value={draft.met}
            onChange={(e) => setDraft({ ...draft, met: e.target.value as boolean })}
          >
            <Radio value={true}>Выполнен</Radio>
            <Radio value={false}>Не выполнен</Radio>
          </Radio.Group>
          <EvidenceEditor
            form_id={form_id}
            number={answer.number}
            evidence={draft.evidence}
            onChange={(evidence) => setDraft({ ...draft, evidence })}
            onUploaded={() => {
              void message.success(`Показатель ${answer.number}: файл загружен и сохранён`);
              onChanged();
            }}
          />
          <Input.TextArea
            aria-label={`Комментарий к показателю ${answer.number}`}
            placeholder="Комментарий (необязательно)"
            autoSize={{ minRows: 1, maxRows: 6 }}
            value={draft.comment}
            onChange={(e) => setDraft({ ...draft, comment: e.target.value })}
          />
          {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
          <Space>
            <Button type={dirty ? 'primary' : 'default'} disabled={!dirty} loading={busy === 'save'} onClick={() => void save(draft, `Показатель ${answer.number}: черновик сохранён`)}>
              Сохранить черновик
            </Button>
            {dirty ? <Typography.Text type="warning">есть несохранённые изменения</Typography.Text> : null}
          </Space>
        </Space>
      ) : (
        <div className="monitoring-indicator__answer">
          <Typography.Text>
            Ответ: <b>{answer.met === true ? 'выполнен' : answer.met === false ? 'не выполнен' : 'нет ответа'}</b>
            {answer.state === 'accepted' ? ` — засчитано баллов: ${answer.score}` : ''}
          </Typography.Text>
          {answer.evidence ? (
            <div>
              Подтверждение: <EvidenceLink evidence={answer.evidence} file_path={file_path} />
            </div>
          ) : null}
          {answer.comment ? <div>Комментарий: {answer.comment}</div> : null}
        </div>
      )}
      {answer.can_review ? (
        <Space style={{ marginTop: 8 }}>
          <Button icon={<CheckOutlined />} type="primary" loading={busy === 'accept'} onClick={() => void review('accept')}>
            Принять
          </Button>
          <Button icon={<RollbackOutlined />} danger onClick={() => setReturning(true)}>
            Вернуть на доработку
          </Button>
        </Space>
      ) : null}
      <ReturnModal number={answer.number} open={returning} onClose={() => setReturning(false)} onReturn={(text) => review('return', { message: text })} />
    </div>
  );
}
