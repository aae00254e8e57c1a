import { Alert, Button, Col, Row, Space, Tag } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Api } from '../../api/client';
import { useAuth } from '../../shared/auth';
import { ErrorText } from '../../shared/errors';
import { NotFoundPage, PageHeader, PageLoading } from '../../shared/page';
import { CanKeepBodies } from './access';
import { usePresets } from './api';
import { kIssueTitles, SectionSuffix, SectionText } from './body_rules';
import { BodyEditModal } from './BodyEditModal';
import { BodyFormModal, type BodyFormValues } from './BodyFormModal';
import { BodyRules } from './BodyRules';
import { MembersCard } from './MembersCard';
import { SessionsCard } from './SessionsCard';
import type { Body } from './types';
import './bodies.css';

/** A body's card: its rules in plain Russian, compliance problems, members with roles and terms, sessions. */
export default function BodyCardPage() {
  const { id } = useParams();
  const { user } = useAuth();
  const [body, setBody] = useState<Body | null>(null);
  const [failure, setFailure] = useState('');
  const [missing, setMissing] = useState(false);
  const { presets } = usePresets();
  const navigate = useNavigate();
  const [renewing, setRenewing] = useState(false);
  const [editing, setEditing] = useState(false);

  const load = useCallback(async () => {
    try {
      setBody(await Api<Body>(`/bodies/${id}`));
      setFailure('');
    } catch (e) {
      if ((e as { status?: number }).status === 404) setMissing(true);
      else setFailure(ErrorText(e));
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  // The next year's composition starts from this one (memoised: the dialog resets its fields when it changes).
  const renewal = useMemo<Partial<BodyFormValues> | undefined>(
    () =>
      body
        ? {
            preset: body.preset,
            kind: body.kind,
            name: body.name,
            municipality_id: body.municipality_id ?? undefined,
            organisation_id: body.organisation_id ?? undefined,
            subject: body.subject ?? undefined,
            year: body.year + 1,
          }
        : undefined,
    [body],
  );

  if (missing) return <NotFoundPage home="/app/bodies" />;
  if (!body) {
    return failure ? (
      <Alert type="error" showIcon message="Не удалось открыть орган" description={failure} action={<Button onClick={() => void load()}>Повторить</Button>} />
    ) : (
      <PageLoading />
    );
  }

  // Only keepers write; members read their body (the server enforces it as well, with the territory).
  const editable = CanKeepBodies(user);
  const place = body.organisation_name ?? body.municipality_name ?? 'региональный уровень';
  const subtitle = [body.kind_title, place, body.subject_title ?? body.subject ?? '', `${body.year} г.`].filter(Boolean).join(' · ');
  const issues = body.compliance.issues;
  // 004 §5.1.1, 5.2.2: a union is created every year and elects its head and deputy anew; last year's body shows
  // the renewal as a task.
  const next_year = body.year + 1;
  const renewal_due = !!body.profile?.renewal_yearly && body.year < new Date().getFullYear();
  return (
    <>
      <PageHeader
        title={body.name}
        subtitle={subtitle}
        extra={
          <Space>
            {editable ? <Button onClick={() => setEditing(true)}>Изменить</Button> : null}
            <Link to="/app/bodies">← Все органы</Link>
          </Space>
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {issues.length ? (
          <Alert
            type="warning"
            showIcon
            data-testid="body-issues"
            message="Нарушены требования положения"
            description={
              <ul className="bodies-issues">
                {issues.map((i) => (
                  <li key={i.code}>
                    <Tag color="orange">{kIssueTitles[i.code] ?? i.code}</Tag>
                    {i.text}
                    {SectionSuffix(i.text, i.section)}
                  </li>
                ))}
              </ul>
            }
          />
        ) : null}
        {renewal_due && editable ? (
          <Alert
            type="info"
            showIcon
            data-testid="renewal-task"
            message={`Объединение создаётся ежегодно: сформируйте состав на ${next_year} год и проведите выборы руководителя и заместителя`}
            description={body.profile?.renewal_section ? SectionText(body.profile.renewal_section) : undefined}
            action={<Button onClick={() => setRenewing(true)}>Создать на {next_year} год</Button>}
          />
        ) : null}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <BodyRules body={body} preset_title={presets.find((p) => p.code === body.preset)?.title} />
          </Col>
          <Col xs={24} xl={14}>
            <SessionsCard body_id={body.id} editable={editable} />
          </Col>
        </Row>
        <MembersCard body={body} editable={editable} onChanged={setBody} />
      </Space>
      {editable ? (
        <BodyEditModal
          open={editing}
          body={body}
          onClose={() => setEditing(false)}
          onSaved={(b) => {
            setEditing(false);
            setBody(b);
          }}
        />
      ) : null}
      {editable ? (
        <BodyFormModal
          open={renewing}
          initial={renewal}
          onClose={() => setRenewing(false)}
          onSaved={(b) => {
            setRenewing(false);
            navigate(`/app/bodies/${b.id}`);
          }}
        />
      ) : null}
    </>
  );
}
