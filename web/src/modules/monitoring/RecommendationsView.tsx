import { Alert, App, Button, Card, Empty, Input, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Api } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { FormatDateTime } from '../../shared/dates';
import { useErrorHandler } from '../../shared/errors';
import { PageLoading } from '../../shared/page';
import { IsMonitoringReviewer } from './access';
import { kRecommendationStatuses } from './form_rules';
import { LoadFailure } from './LoadFailure';
import type { Campaign, Recommendation, RecommendationStatus } from './types';
import { useLoad } from './useLoad';

const kStatusOptions = (Object.keys(kRecommendationStatuses) as RecommendationStatus[]).map((s) => ({ value: s, label: kRecommendationStatuses[s].title }));

/**
 * One addressed recommendation (003 §App6 8): the regional operator edits its text for this municipality;
 * both she and the municipality's coordinator keep its follow-up status.
 */
function RecommendationCard({ form_id, item, can_edit_text, onSaved }: { form_id: number; item: Recommendation; can_edit_text: boolean; onSaved: (r: Recommendation) => void }) {
  const [text, setText] = useState(item.text);
  const [status, setStatus] = useState<RecommendationStatus>(item.status);
  const [note, setNote] = useState(item.status_note);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState('');
  const handle = useErrorHandler();
  const { message } = App.useApp();
  useEffect(() => {
    setText(item.text);
    setStatus(item.status);
    setNote(item.status_note);
  }, [item]);
  const changed = text !== item.text || status !== item.status || note !== item.status_note;

  const save = async () => {
    if (can_edit_text && !text.trim()) {
      setProblem('Текст рекомендации: не может быть пустым');
      return;
    }
    setProblem('');
    setSaving(true);
    try {
      const body = can_edit_text ? { text: text.trim(), status, status_note: note } : { status, status_note: note };
      onSaved(await Api<Recommendation>(`/monitoring/forms/${form_id}/recommendations/${item.id}`, { method: 'PUT', json: body }));
      void message.success(`Рекомендация по показателю ${item.indicator_number} сохранена`);
    } catch (e) {
      handle(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid={`recommendation-${item.indicator_number}`}
      title={
        <span>
          Показатель {item.indicator_number}. <Typography.Text type="secondary">{item.indicator_title}</Typography.Text>
        </span>
      }
      extra={<Tag color={kRecommendationStatuses[item.status].color}>{kRecommendationStatuses[item.status].title}</Tag>}
    >
      {can_edit_text ? (
        <Input.TextArea
          aria-label={`Текст рекомендации по показателю ${item.indicator_number}`}
          value={text}
          autoSize={{ minRows: 2, maxRows: 8 }}
          status={problem ? 'error' : undefined}
          onChange={(e) => setText(e.target.value)}
        />
      ) : (
        <Typography.Paragraph>{item.text}</Typography.Paragraph>
      )}
      {problem ? <Typography.Text type="danger">{problem}</Typography.Text> : null}
      <Space wrap style={{ marginTop: 8 }}>
        <Select aria-label={`Статус выполнения рекомендации ${item.indicator_number}`} style={{ width: 160 }} value={status} options={kStatusOptions} onChange={setStatus} />
        <Input aria-label={`Отметка о выполнении ${item.indicator_number}`} placeholder="Отметка о выполнении (что сделано)" style={{ width: 360 }} value={note} onChange={(e) => setNote(e.target.value)} />
        <Button type="primary" disabled={!changed} loading={saving} onClick={() => void save()}>
          Сохранить
        </Button>
        <Typography.Text type="secondary">изменено {FormatDateTime(item.updated_at)}</Typography.Text>
      </Space>
    </Card>
  );
}

/** The addressed recommendations of one municipality's form. */
function FormRecommendations({ form_id }: { form_id: number }) {
  const { user } = useAuth();
  const fetcher = useCallback(() => Api<{ items: Recommendation[] }>(`/monitoring/forms/${form_id}/recommendations`), [form_id]);
  const { data, error, reload, setData } = useLoad(fetcher);
  if (error) return <LoadFailure what="Рекомендации" error={error} onRetry={() => void reload()} />;
  if (!data) return <PageLoading />;
  if (!data.items.length) return <Empty description="Рекомендаций нет: дефицитов не выявлено или анкета ещё не проверена" />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {data.items.map((item) => (
        <RecommendationCard
          key={item.id}
          form_id={form_id}
          item={item}
          can_edit_text={IsMonitoringReviewer(user)}
          onSaved={(saved) => setData({ items: data.items.map((i) => (i.id === saved.id ? saved : i)) })}
        />
      ))}
    </Space>
  );
}

/** Deficits and addressed recommendations per municipality, generated from the library of texts per indicator. */
export function RecommendationsView({ campaign }: { campaign: Campaign }) {
  const [form_id, setFormId] = useState<number | undefined>(campaign.forms[0]?.id);
  if (!campaign.forms.length) return <Empty description="В кампании нет анкет" />;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        message="Адресные рекомендации формируются по каждому дефициту (показателю с нулевым баллом) из библиотеки текстов; текст можно уточнить для муниципалитета и отмечать ход выполнения."
      />
      {campaign.forms.length > 1 ? (
        <Space>
          <Typography.Text>Муниципальное образование</Typography.Text>
          <Select
            aria-label="Муниципальное образование"
            style={{ minWidth: 300 }}
            value={form_id}
            onChange={setFormId}
            showSearch
            optionFilterProp="label"
            options={campaign.forms.map((f) => ({ value: f.id, label: f.municipality_name }))}
          />
        </Space>
      ) : null}
      {form_id ? <FormRecommendations key={form_id} form_id={form_id} /> : null}
    </Space>
  );
}
