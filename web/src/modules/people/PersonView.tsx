import { Card, Col, Descriptions, Row, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { FormatDate, FormatDateTime } from '../../shared/dates';
import { useCatalogue } from '../territory/api';
import { FormatExperience } from './person_rules';
import type { Consent, Employment, Person } from './types';

function Empty({ text = 'не указано' }: { text?: string }) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}

/** Employment periods on one time axis up to the chosen date: the picture of the experience. */
function EmploymentTimeline({ employments, on }: { employments: Employment[]; on: string }) {
  const positions = useCatalogue('positions');
  const periods = employments.filter((e) => e.started_on <= on);
  if (!periods.length) return null;
  const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const start = Math.min(...periods.map((e) => day(e.started_on)));
  const end = day(on) + 1;
  const span = Math.max(1, end - start);
  return (
    <div className="person-timeline" aria-label="Периоды работы" data-testid="employment-timeline">
      {periods.map((e) => {
        const from = day(e.started_on);
        const to = Math.min(end, e.ended_on ? day(e.ended_on) + 1 : end);
        return (
          <div key={e.id} className="person-timeline__row">
            <div className="person-timeline__label" title={e.organisation_name}>
              {positions.TitleOf(e.position)}
            </div>
            <div className="person-timeline__track">
              <Tooltip title={`${e.organisation_name ?? ''}: ${FormatDate(e.started_on)} — ${e.ended_on ? FormatDate(e.ended_on) : 'по н. в.'}`}>
                <div
                  className={`person-timeline__bar${e.pedagogical ? ' person-timeline__bar--pedagogical' : ''}`}
                  style={{ left: `${((from - start) / span) * 100}%`, width: `${Math.max(0.5, ((to - from) / span) * 100)}%` }}
                />
              </Tooltip>
            </div>
          </div>
        );
      })}
      <div className="person-timeline__axis">
        <span>{FormatDate(periods.map((e) => e.started_on).sort()[0])}</span>
        <span>{FormatDate(on)}</span>
      </div>
    </div>
  );
}

function Section({ title, children, extra, testid }: { title: string; children: ReactNode; extra?: ReactNode; testid: string }) {
  return (
    <Card title={title} size="small" extra={extra} style={{ marginBottom: 16 }} data-testid={testid}>
      {children}
    </Card>
  );
}

/** Every section of a person's card, as of `person.derived.on`. */
export function PersonView({ person, consent_action }: { person: Person; consent_action?: (c: Consent) => ReactNode }) {
  const positions = useCatalogue('positions');
  const subjects = useCatalogue('subjects');
  const levels = useCatalogue('education-levels');
  const categories = useCatalogue('qualification-categories');
  const kinds = useCatalogue('achievement-kinds');
  const achievement_levels = useCatalogue('achievement-levels');
  const purposes = useCatalogue('consent-purposes');
  const forms = useCatalogue('consent-forms');
  const d = person.derived;
  const in_force = d.category.code !== 'none' ? person.categories.find((c) => c.awarded_on === d.category.awarded_on && c.category === d.category.code) : undefined;
  // The server's schema does not promise the experience by subject; a card without it shows «нет».
  const specialty = d.experience.specialty ?? [];
  const subject_list = (codes: string[]) => (codes.length ? codes.map((c) => subjects.TitleOf(c)).join(', ') : '—');

  return (
    <>
      <Section title="Общие сведения" testid="section-general">
        <Descriptions column={{ xs: 1, md: 3 }} size="small">
          <Descriptions.Item label="Дата рождения">
            {FormatDate(person.birth_date)} ({d.age} {d.age % 10 === 1 && d.age % 100 !== 11 ? 'год' : d.age % 10 >= 2 && d.age % 10 <= 4 && (d.age % 100 < 12 || d.age % 100 > 14) ? 'года' : 'лет'})
          </Descriptions.Item>
          <Descriptions.Item label="Электронная почта">{person.email || <Empty />}</Descriptions.Item>
          <Descriptions.Item label="Телефон">{person.phone || <Empty />}</Descriptions.Item>
          <Descriptions.Item label="Организация">{person.organisation_name || <Empty />}</Descriptions.Item>
          <Descriptions.Item label="Муниципалитет">{person.municipality_name || <Empty />}</Descriptions.Item>
          <Descriptions.Item label="Карточка изменена">{FormatDateTime(person.updated_at)}</Descriptions.Item>
        </Descriptions>
      </Section>

      <Section title={`Стаж на ${FormatDate(d.on)}`} testid="section-experience">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Statistic title="Общий" value={FormatExperience(d.experience.total)} valueStyle={{ fontSize: 20 }} />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title="Педагогический" value={FormatExperience(d.experience.pedagogical)} valueStyle={{ fontSize: 20 }} />
          </Col>
          <Col xs={24} md={8}>
            <Typography.Text type="secondary">По специальности</Typography.Text>
            {specialty.length ? (
              specialty.map((s) => (
                <div key={s.subject}>
                  {subjects.TitleOf(s.subject)}: <b>{FormatExperience(s)}</b>
                </div>
              ))
            ) : (
              <div>
                <Empty text="нет" />
              </div>
            )}
          </Col>
        </Row>
        <Descriptions column={{ xs: 1, md: 3 }} size="small" style={{ marginTop: 12 }} data-testid="derived-facts">
          <Descriptions.Item label="Категория">
            {d.category.code === 'none' ? (
              <>
                {categories.TitleOf('none')}
                {d.category.lapsed_on ? ` (истекла ${FormatDate(d.category.lapsed_on)})` : ''}
              </>
            ) : (
              `${categories.TitleOf(d.category.code)} до ${FormatDate(d.category.valid_until)}`
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Последние курсы ПК">{d.last_course_on ? FormatDate(d.last_course_on) : <Empty text="нет" />}</Descriptions.Item>
          <Descriptions.Item label="Возраст">{d.age}</Descriptions.Item>
        </Descriptions>
        <EmploymentTimeline employments={person.employments} on={d.on} />
      </Section>

      <Section title="Места работы" testid="section-employments">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={person.employments}
          locale={{ emptyText: 'Нет сведений' }}
          columns={[
            { title: 'Организация', dataIndex: 'organisation_name' },
            { title: 'Должность', dataIndex: 'position', render: (v: string) => positions.TitleOf(v) },
            { title: 'Предметы', dataIndex: 'subjects', render: subject_list },
            {
              title: 'Период',
              render: (_: unknown, e: Employment) => `${FormatDate(e.started_on)} — ${e.ended_on ? FormatDate(e.ended_on) : 'по н. в.'}`,
            },
            {
              title: '',
              render: (_: unknown, e: Employment) => (
                <>
                  {e.is_main ? <Tag color="blue">основное</Tag> : <Tag>совместительство</Tag>}
                  {e.pedagogical ? null : <Tag>непедагогическая</Tag>}
                </>
              ),
            },
          ]}
        />
      </Section>

      <Section title="Образование" testid="section-educations">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={person.educations}
          locale={{ emptyText: 'Нет сведений' }}
          columns={[
            { title: 'Уровень', dataIndex: 'level', render: (v: string) => levels.TitleOf(v) },
            { title: 'Организация', dataIndex: 'institution' },
            { title: 'Специальность', dataIndex: 'speciality', render: (v: string | null) => v ?? '—' },
            { title: 'Год окончания', dataIndex: 'graduated_year', render: (v: number | null) => v ?? '—' },
            { title: 'Педагогическое', dataIndex: 'pedagogical', render: (v: boolean) => (v ? 'да' : 'нет') },
          ]}
        />
      </Section>

      <Section title="Квалификационные категории" testid="section-categories">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={person.categories}
          locale={{ emptyText: 'Категория не присваивалась' }}
          rowClassName={(c) => (c === in_force ? 'person-row--in-force' : '')}
          columns={[
            {
              title: 'Категория',
              dataIndex: 'category',
              render: (v: string, c) => (
                <>
                  {categories.TitleOf(v)} {c === in_force ? <Tag color="green">действует</Tag> : null}
                </>
              ),
            },
            { title: 'Присвоена', dataIndex: 'awarded_on', render: FormatDate },
            { title: 'Действует по', dataIndex: 'valid_until', render: FormatDate },
            {
              title: 'Истекает',
              key: 'lapse',
              render: (_: unknown, c) => {
                if (!c.valid_until) return '—';
                const lapse = new Date(Date.parse(`${c.valid_until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
                return FormatDate(lapse);
              },
            },
            { title: 'Приказ', dataIndex: 'directive', render: (v: string | null) => v ?? '—' },
          ]}
        />
      </Section>

      <Section title="Повышение квалификации" testid="section-courses">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={person.courses}
          locale={{ emptyText: 'Нет сведений о курсах' }}
          columns={[
            { title: 'Программа', dataIndex: 'programme' },
            { title: 'Организатор', dataIndex: 'provider', render: (v: string | null) => v ?? '—' },
            { title: 'Часов', dataIndex: 'hours', width: 80 },
            { title: 'Период', render: (_: unknown, c) => `${FormatDate(c.started_on)} — ${FormatDate(c.ended_on)}` },
          ]}
        />
      </Section>

      <Section title="Достижения" testid="section-achievements">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={person.achievements}
          locale={{ emptyText: 'Нет сведений' }}
          columns={[
            { title: 'Вид', dataIndex: 'kind', render: (v: string) => kinds.TitleOf(v) },
            { title: 'Уровень', dataIndex: 'level', render: (v: string | null) => (v ? achievement_levels.TitleOf(v) : '—') },
            { title: 'Название', dataIndex: 'title' },
            { title: 'Дата', dataIndex: 'achieved_on', render: FormatDate },
            { title: 'Действует до', dataIndex: 'valid_until', render: (v: string | null) => (v ? FormatDate(v) : 'бессрочно') },
          ]}
        />
      </Section>

      <Section title="Согласия на обработку персональных данных" testid="section-consents">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={person.consents}
          locale={{ emptyText: 'Согласий нет' }}
          columns={[
            { title: 'Цель', dataIndex: 'purpose', render: (v: string) => purposes.TitleOf(v) },
            { title: 'Форма', dataIndex: 'form', render: (v: string) => forms.TitleOf(v) },
            { title: 'Дано', dataIndex: 'given_on', render: FormatDate },
            {
              title: 'Отозвано',
              dataIndex: 'withdrawn_on',
              render: (v: string | null) => (v ? <Tag color="red">{FormatDate(v)}</Tag> : <Tag color="green">действует</Tag>),
            },
            ...(consent_action ? [{ title: '', key: 'action', render: (_: unknown, c: Consent) => consent_action(c) }] : []),
          ]}
        />
      </Section>
    </>
  );
}
