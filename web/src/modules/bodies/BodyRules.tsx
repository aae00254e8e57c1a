import { Card, Descriptions, Typography } from 'antd';
import { Plural } from '../people/person_rules';
import { kDecisionKindTitles, MinMembersText, SectionSuffix, SessionsRuleText } from './body_rules';
import type { Body } from './types';

const kSignatureTitles: Record<string, string> = {
  chair: 'председатель',
  president: 'президент',
  secretary: 'секретарь',
  head: 'руководитель',
};

/** A rule's text followed by its section, «… (п. 3.8.10.1)». */
function WithSection({ text, section }: { text: string; section: string }) {
  const suffix = SectionSuffix(text, section);
  return (
    <span>
      {text}
      {suffix ? <Typography.Text type="secondary">{suffix}</Typography.Text> : null}
    </span>
  );
}

/** «3 года», «5 лет». */
function Years(n: number): string {
  return `${n} ${Plural(n, 'год', 'года', 'лет')}`;
}

/** The body's rules from its regulation profile, in plain Russian with the sections they come from. */
export function BodyRules({ body, preset_title }: { body: Body; preset_title?: string }) {
  const p = body.profile;
  if (!p) {
    return (
      <Card title="Правила работы" size="small" data-testid="body-rules">
        <Typography.Text type="warning">Положение органа не найдено: правила не применяются.</Typography.Text>
      </Card>
    );
  }
  return (
    <Card title="Правила работы" size="small" data-testid="body-rules">
      <Descriptions column={1} size="small" labelStyle={{ width: 200 }}>
        {preset_title ? <Descriptions.Item label="Положение">{preset_title}</Descriptions.Item> : null}
        <Descriptions.Item label="Кворум">
          <WithSection text={p.quorum.text} section={p.quorum.section} />
        </Descriptions.Item>
        <Descriptions.Item label="Решения принимаются">
          <div>
            {p.majorities.map((m) => (
              <div key={m.decision_kind}>
                {p.majorities.length > 1 ? <Typography.Text strong>{kDecisionKindTitles[m.decision_kind] ?? m.decision_kind}: </Typography.Text> : null}
                <WithSection text={m.text} section={m.section} />
              </div>
            ))}
          </div>
        </Descriptions.Item>
        <Descriptions.Item label="Минимальный состав">
          <WithSection text={MinMembersText(p.min_members)} section={p.min_members ? p.min_members_section : ''} />
        </Descriptions.Item>
        <Descriptions.Item label="Заседания">{SessionsRuleText(p.min_sessions)}</Descriptions.Item>
        {p.renewal_yearly ? (
          <Descriptions.Item label="Обновление">
            <WithSection text="создаётся ежегодно, руководитель и заместитель избираются членами на год" section={p.renewal_section} />
          </Descriptions.Item>
        ) : null}
        {p.term_years ? (
          <Descriptions.Item label="Срок полномочий">
            <WithSection text={Years(p.term_years)} section={p.term_section} />
          </Descriptions.Item>
        ) : null}
        {p.signatures.length ? (
          <Descriptions.Item label="Протокол подписывают">
            <WithSection text={p.signatures.map((s) => kSignatureTitles[s] ?? s).join(' и ')} section={p.signatures_section} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
