import { Alert, Card, Checkbox, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Api } from '../../api/client';
import { useErrorHandler } from '../../shared/errors';
import { QuorumIndicator, SectionSuffix } from './body_rules';
import type { Session } from './types';

/**
 * Attendance of a session: a checkbox per member and the quorum as it stands. The indicator counts the marks at
 * once (the server's `quorum.required` depends only on the number of voting members); each mark is saved and the
 * server's answer then replaces the local count. Once a vote is recorded the attendance is fixed (409
 * `votes_recorded`).
 */
export function AttendanceCard({ session, editable, onChanged }: { session: Session; editable: boolean; onChanged: (s: Session) => void }) {
  const [present, setPresent] = useState<number[]>([]);
  const [saving, setSaving] = useState(false);
  const handle = useErrorHandler();

  useEffect(() => {
    setPresent(session.members.filter((m) => m.present).map((m) => m.member_id));
  }, [session]);

  const voted = session.items.some((i) => i.vote !== null);
  const voting_present = session.members.filter((m) => m.voting && present.includes(m.member_id)).length;
  const quorum = QuorumIndicator(voting_present, session.members_total, session.quorum.required);

  const toggle = async (member_id: number, checked: boolean) => {
    const previous = present;
    const next = checked ? [...present, member_id] : present.filter((id) => id !== member_id);
    setPresent(next);
    setSaving(true);
    try {
      onChanged(await Api<Session>(`/sessions/${session.id}/attendance`, { method: 'PUT', json: { present: next } }));
    } catch (e) {
      setPresent(previous);
      handle(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      title="Явка и кворум"
      size="small"
      data-testid="attendance"
      extra={
        <span data-testid="quorum-indicator" className={`bodies-quorum ${quorum.reached ? 'bodies-quorum--reached' : 'bodies-quorum--missing'}`} role="status" aria-live="polite">
          {quorum.text}
        </span>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary" data-testid="quorum-rule">
          {session.quorum.text}
          {SectionSuffix(session.quorum.text, session.quorum.section)}
        </Typography.Text>
        {voted && editable ? (
          <Alert type="info" showIcon message="По вопросам повестки уже проголосовали: явку изменить нельзя." />
        ) : null}
        {session.members.length === 0 ? (
          <Typography.Text type="secondary">В составе органа на дату заседания нет членов — добавьте их в карточке органа.</Typography.Text>
        ) : (
          <div className="bodies-attendance">
            {session.members.map((m) => (
              <Checkbox
                key={m.member_id}
                checked={present.includes(m.member_id)}
                disabled={!editable || voted || saving}
                onChange={(e) => void toggle(m.member_id, e.target.checked)}
              >
                {m.full_name} {m.voting ? null : <Tag>совещательный голос</Tag>}
              </Checkbox>
            ))}
          </div>
        )}
      </Space>
    </Card>
  );
}
