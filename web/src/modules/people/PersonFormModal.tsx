import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Col, DatePicker, Divider, Form, Input, InputNumber, Modal, Row, Select, Space } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Api, ApiError } from '../../api/client';
import { FormatDate, kDateFormat, ToIsoDate } from '../../shared/dates';
import { ErrorText } from '../../shared/errors';
import { useCatalogue } from '../territory/api';
import { useOrganisations } from './api';
import { EmailProblem, FieldPath, PhoneProblem } from './person_rules';
import type { Duplicates, Person, PersonInput } from './types';

type Day = Dayjs | null | undefined;

interface FormValues {
  last_name: string;
  first_name: string;
  middle_name?: string;
  birth_date?: Day;
  email?: string;
  phone?: string;
  employments?: {
    organisation_id?: number;
    position?: string;
    subjects?: string[];
    is_main?: boolean;
    pedagogical?: boolean;
    started_on?: Day;
    ended_on?: Day;
  }[];
  educations?: { level?: string; pedagogical?: boolean; institution?: string; speciality?: string; graduated_year?: number | null }[];
  categories?: { category?: string; awarded_on?: Day; directive?: string }[];
  courses?: { programme?: string; provider?: string; hours?: number | null; started_on?: Day; ended_on?: Day }[];
  achievements?: { kind?: string; level?: string; title?: string; achieved_on?: Day; valid_until?: Day }[];
  consents?: { purpose?: string; form?: string; given_on?: Day; withdrawn_on?: Day }[];
}

function Text(value: string | undefined | null): string | null {
  const text = (value ?? '').trim();
  return text ? text : null;
}

function Day(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

function Rule(check: (value: string) => string) {
  return {
    validator: (_: unknown, value: string | undefined) => {
      const problem = check(value ?? '');
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
}

/** A date field that must not come before another date field of the same list item. */
function NotBefore(list: string, index: number, other: string, message: string) {
  return ({ getFieldValue }: { getFieldValue: (name: (string | number)[]) => unknown }) => ({
    validator: (_: unknown, value: Day) => {
      const start = getFieldValue([list, index, other]) as Day;
      return value && start && value.isBefore(start, 'day') ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  });
}

function ToValues(person: Person): FormValues {
  return {
    last_name: person.last_name,
    first_name: person.first_name,
    middle_name: person.middle_name ?? '',
    birth_date: Day(person.birth_date),
    email: person.email ?? '',
    phone: person.phone ?? '',
    employments: person.employments.map((e) => ({
      organisation_id: e.organisation_id ?? undefined,
      position: e.position,
      subjects: e.subjects,
      is_main: e.is_main,
      pedagogical: e.pedagogical,
      started_on: Day(e.started_on),
      ended_on: Day(e.ended_on),
    })),
    educations: person.educations.map((e) => ({ ...e, speciality: e.speciality ?? '' })),
    categories: person.categories.map((c) => ({ category: c.category, awarded_on: Day(c.awarded_on), directive: c.directive ?? '' })),
    courses: person.courses.map((c) => ({ ...c, provider: c.provider ?? '', started_on: Day(c.started_on), ended_on: Day(c.ended_on) })),
    achievements: person.achievements.map((a) => ({
      kind: a.kind,
      level: a.level ?? undefined,
      title: a.title,
      achieved_on: Day(a.achieved_on),
      valid_until: Day(a.valid_until),
    })),
    consents: person.consents.map((c) => ({ purpose: c.purpose, form: c.form, given_on: Day(c.given_on), withdrawn_on: Day(c.withdrawn_on) })),
  };
}

function ToInput(v: FormValues, person?: Person): PersonInput {
  // Document links are not edited here; an item keeps its link when it stays at the same place in its list.
  return {
    last_name: v.last_name.trim(),
    first_name: v.first_name.trim(),
    middle_name: Text(v.middle_name),
    birth_date: ToIsoDate(v.birth_date) ?? '',
    email: Text(v.email),
    phone: Text(v.phone),
    employments: (v.employments ?? []).map((e) => ({
      organisation_id: e.organisation_id ?? null,
      position: e.position ?? '',
      subjects: e.subjects ?? [],
      is_main: !!e.is_main,
      pedagogical: !!e.pedagogical,
      started_on: ToIsoDate(e.started_on) ?? '',
      ended_on: ToIsoDate(e.ended_on) ?? null,
    })),
    educations: (v.educations ?? []).map((e) => ({
      level: e.level ?? '',
      pedagogical: !!e.pedagogical,
      institution: (e.institution ?? '').trim(),
      speciality: Text(e.speciality),
      graduated_year: e.graduated_year ?? null,
    })),
    categories: (v.categories ?? []).map((c) => ({
      category: c.category ?? '',
      awarded_on: ToIsoDate(c.awarded_on) ?? '',
      directive: Text(c.directive),
    })),
    courses: (v.courses ?? []).map((c) => ({
      programme: (c.programme ?? '').trim(),
      provider: Text(c.provider),
      hours: c.hours ?? 0,
      started_on: ToIsoDate(c.started_on) ?? '',
      ended_on: ToIsoDate(c.ended_on) ?? '',
    })),
    achievements: (v.achievements ?? []).map((a, i) => ({
      kind: a.kind ?? '',
      level: a.level ?? null,
      title: (a.title ?? '').trim(),
      achieved_on: ToIsoDate(a.achieved_on) ?? '',
      valid_until: ToIsoDate(a.valid_until) ?? null,
      document_id: person?.achievements[i]?.document_id ?? null,
    })),
    consents: (v.consents ?? []).map((c, i) => ({
      purpose: c.purpose ?? '',
      form: c.form ?? '',
      given_on: ToIsoDate(c.given_on) ?? '',
      withdrawn_on: ToIsoDate(c.withdrawn_on) ?? null,
      document_id: person?.consents[i]?.document_id ?? null,
    })),
  };
}

/** A titled dynamic list of a card section: one row of fields per item, add and remove buttons. */
function Section({
  name,
  title,
  add_label,
  blank,
  children,
}: {
  name: string;
  title: string;
  add_label: string;
  blank: Record<string, unknown>;
  children: (index: number) => ReactNode;
}) {
  return (
    <>
      <Divider orientation="left" orientationMargin={0}>
        {title}
      </Divider>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <div data-testid={`section-${name}`}>
            {fields.map((field) => (
              <div key={field.key} className="person-form__item">
                <Row gutter={12} align="top" wrap={false}>
                  <Col flex="auto">{children(field.name)}</Col>
                  <Col flex="none">
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={`Удалить запись ${field.name + 1} раздела «${title}»`}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(blank)}>
              {add_label}
            </Button>
          </div>
        )}
      </Form.List>
    </>
  );
}

const kRequired = (message: string) => [{ required: true, message }];

/** Creates a person (no `person`) or edits the whole card; calls onSaved with the server's answer. */
export function PersonFormModal({
  open,
  person,
  default_organisation,
  onClose,
  onSaved,
}: {
  open: boolean;
  person?: Person;
  default_organisation?: number;
  onClose: () => void;
  onSaved: (saved: Person) => void;
}) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const [duplicates, setDuplicates] = useState<Duplicates | null>(null);
  const { organisations, loading: organisations_loading } = useOrganisations();
  const positions = useCatalogue('positions');
  const subjects = useCatalogue('subjects');
  const levels = useCatalogue('education-levels');
  const categories = useCatalogue('qualification-categories');
  const kinds = useCatalogue('achievement-kinds');
  const achievement_levels = useCatalogue('achievement-levels');
  const purposes = useCatalogue('consent-purposes');
  const consent_forms = useCatalogue('consent-forms');
  const { message, modal } = App.useApp();

  const last_name = Form.useWatch('last_name', form);
  const first_name = Form.useWatch('first_name', form);
  const middle_name = Form.useWatch('middle_name', form);
  const birth_date = Form.useWatch('birth_date', form);
  const birth_iso = ToIsoDate(birth_date);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setDuplicates(null);
    if (person) form.setFieldsValue(ToValues(person));
    else
      form.setFieldsValue({
        employments: [{ organisation_id: default_organisation, is_main: true, pedagogical: true, subjects: [] }],
        // No default date: the browser's «today» may run ahead of the server's in the far-east regions.
        consents: [{ purpose: 'processing', form: 'written' }],
      });
  }, [open, person, default_organisation, form]);

  // While ФИО and date of birth are typed, look for the same person already in the registry.
  useEffect(() => {
    if (!open) return;
    const last = (last_name ?? '').trim();
    const first = (first_name ?? '').trim();
    if (!last || !first || !birth_iso) {
      setDuplicates(null);
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      Api<Duplicates>('/people/duplicates', {
        query: { last_name: last, first_name: first, middle_name: (middle_name ?? '').trim(), birth_date: birth_iso },
      })
        .then((found) => {
          if (!live) return;
          const others = found.items.filter((p) => p.id !== person?.id);
          setDuplicates(others.length || found.outside_scope ? { items: others, outside_scope: found.outside_scope } : null);
        })
        .catch(() => live && setDuplicates(null));
    }, 400);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [open, last_name, first_name, middle_name, birth_iso, person?.id]);

  const save = async (body: PersonInput) => {
    setSaving(true);
    try {
      const saved = person
        ? await Api<Person>(`/people/${person.id}`, { method: 'PUT', json: body })
        : await Api<Person>('/people', { method: 'POST', json: body });
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.code === 'duplicate' && !body.allow_duplicate) {
        modal.confirm({
          title: 'Такой педагог уже есть в реестре',
          content: `${e.message} Сохранить ещё одну карточку с теми же ФИО и датой рождения?`,
          okText: 'Всё равно сохранить',
          cancelText: 'Отмена',
          onOk: () => save({ ...body, allow_duplicate: true }),
        });
        return;
      }
      if (e instanceof ApiError && e.status === 401) return;
      if (e instanceof ApiError && e.field) {
        // The server's field names are dynamic paths into the lists, not known to the form's value type.
        const untyped = form as FormInstance;
        const path = FieldPath(e.field);
        untyped.setFields([{ name: path, errors: [e.message] }]);
        untyped.scrollToField(path);
      }
      void message.error(ErrorText(e));
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = async () => {
    let values: FormValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows the problems under the fields
    }
    await save(ToInput(values, person));
  };

  const date = { format: kDateFormat, style: { width: '100%' }, placeholder: 'ДД.ММ.ГГГГ' };
  const options = (c: { items: { code: string; title: string }[] }) => c.items.map((i) => ({ value: i.code, label: i.title }));

  return (
    <Modal
      open={open}
      title={person ? 'Изменение карточки педагога' : 'Новый педагог'}
      okText="Сохранить"
      cancelText="Отмена"
      onOk={onSubmit}
      onCancel={onClose}
      confirmLoading={saving}
      width={1040}
      forceRender
      maskClosable={false}
    >
      <Form<FormValues> form={form} layout="vertical" name="person" scrollToFirstError size="middle">
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item
              label="Фамилия"
              name="last_name"
              rules={[{ required: true, whitespace: true, message: 'Укажите фамилию' }, { max: 100, message: 'Фамилия длиннее 100 символов' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label="Имя"
              name="first_name"
              rules={[{ required: true, whitespace: true, message: 'Укажите имя' }, { max: 100, message: 'Имя длиннее 100 символов' }]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Отчество" name="middle_name" rules={[{ max: 100, message: 'Отчество длиннее 100 символов' }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label="Дата рождения"
              name="birth_date"
              rules={[
                { required: true, message: 'Укажите дату рождения' },
                {
                  validator: (_: unknown, v: Day) =>
                    v && (v.isAfter(dayjs()) || v.isBefore(dayjs('1900-01-01')))
                      ? Promise.reject(new Error('Дата рождения указана неверно'))
                      : Promise.resolve(),
                },
              ]}
            >
              <DatePicker {...date} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Электронная почта" name="email" rules={[Rule(EmailProblem)]}>
              <Input inputMode="email" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="Телефон" name="phone" rules={[Rule(PhoneProblem)]}>
              <Input inputMode="tel" placeholder="+7 (4162) 12-34-56" />
            </Form.Item>
          </Col>
        </Row>
        {duplicates ? (
          <Alert
            type="warning"
            showIcon
            data-testid="duplicate-warning"
            message="Возможно, этот педагог уже есть в реестре"
            description={
              <Space direction="vertical" size={2}>
                {duplicates.items.map((p) => (
                  <Link key={p.id} to={`/app/people/${p.id}`} target="_blank">
                    {p.full_name}, {FormatDate(p.birth_date)}
                    {p.organisation_name ? ` — ${p.organisation_name}` : ''}
                  </Link>
                ))}
                {duplicates.outside_scope ? <span>Педагог с такими ФИО и датой рождения есть в другой организации или муниципалитете.</span> : null}
              </Space>
            }
          />
        ) : null}

        <Section name="employments" title="Места работы" add_label="Добавить место работы" blank={{ is_main: false, pedagogical: true, subjects: [] }}>
          {(i) => (
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item label="Организация" name={[i, 'organisation_id']} rules={kRequired('Укажите организацию')}>
                  <Select
                    showSearch
                    optionFilterProp="label"
                    loading={organisations_loading}
                    placeholder="Выберите организацию"
                    options={organisations.map((o) => ({ value: o.id, label: o.short_name || o.name }))}
                    notFoundContent="Ничего не найдено"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label="Должность" name={[i, 'position']} rules={kRequired('Укажите должность')}>
                  <Select showSearch optionFilterProp="label" placeholder="Выберите должность" options={options(positions)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label="Предметы" name={[i, 'subjects']}>
                  <Select mode="multiple" optionFilterProp="label" placeholder="Не указаны" options={options(subjects)} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label="Дата приёма" name={[i, 'started_on']} rules={kRequired('Укажите дату приёма')}>
                  <DatePicker {...date} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  label="Дата увольнения"
                  name={[i, 'ended_on']}
                  dependencies={[['employments', i, 'started_on']]}
                  rules={[NotBefore('employments', i, 'started_on', 'Дата увольнения раньше даты приёма')]}
                >
                  <DatePicker {...date} placeholder="работает" />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Space size="large">
                  <Form.Item name={[i, 'is_main']} valuePropName="checked" noStyle>
                    <Checkbox>Основное место работы</Checkbox>
                  </Form.Item>
                  <Form.Item name={[i, 'pedagogical']} valuePropName="checked" noStyle>
                    <Checkbox>Педагогическая должность</Checkbox>
                  </Form.Item>
                </Space>
              </Col>
            </Row>
          )}
        </Section>

        <Section name="educations" title="Образование" add_label="Добавить образование" blank={{ pedagogical: true }}>
          {(i) => (
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item label="Уровень" name={[i, 'level']} rules={kRequired('Укажите уровень образования')}>
                  <Select placeholder="Выберите уровень" options={options(levels)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item
                  label="Образовательная организация"
                  name={[i, 'institution']}
                  rules={[{ required: true, whitespace: true, message: 'Укажите образовательную организацию' }]}
                >
                  <Input placeholder="Благовещенский государственный педагогический университет" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item label="Специальность" name={[i, 'speciality']}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label="Год окончания" name={[i, 'graduated_year']}>
                  <InputNumber min={1940} max={dayjs().year() + 6} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={8}>
                <Form.Item label=" " name={[i, 'pedagogical']} valuePropName="checked">
                  <Checkbox>Педагогическое образование</Checkbox>
                </Form.Item>
              </Col>
            </Row>
          )}
        </Section>

        <Section name="categories" title="Квалификационные категории" add_label="Добавить категорию" blank={{}}>
          {(i) => (
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item label="Категория" name={[i, 'category']} rules={kRequired('Укажите категорию')}>
                  <Select placeholder="Выберите категорию" options={options(categories).filter((c) => c.value !== 'none')} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label="Дата присвоения" name={[i, 'awarded_on']} rules={kRequired('Укажите дату присвоения')}>
                  <DatePicker {...date} />
                </Form.Item>
              </Col>
              <Col xs={12} md={10}>
                <Form.Item label="Приказ" name={[i, 'directive']}>
                  <Input placeholder="№ 123 от 01.02.2024" />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Section>

        <Section name="courses" title="Повышение квалификации" add_label="Добавить курсы" blank={{}}>
          {(i) => (
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item
                  label="Программа"
                  name={[i, 'programme']}
                  rules={[{ required: true, whitespace: true, message: 'Укажите программу курсов' }]}
                >
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label="Организатор" name={[i, 'provider']}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={8} md={4}>
                <Form.Item
                  label="Часов"
                  name={[i, 'hours']}
                  rules={[{ required: true, message: 'Укажите объём в часах' }, { type: 'number', min: 1, message: 'Не меньше 1 часа' }]}
                >
                  <InputNumber min={1} max={2000} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={8} md={6}>
                <Form.Item label="Начало" name={[i, 'started_on']} rules={kRequired('Укажите дату начала')}>
                  <DatePicker {...date} />
                </Form.Item>
              </Col>
              <Col xs={8} md={6}>
                <Form.Item
                  label="Окончание"
                  name={[i, 'ended_on']}
                  dependencies={[['courses', i, 'started_on']]}
                  rules={[{ required: true, message: 'Укажите дату окончания' }, NotBefore('courses', i, 'started_on', 'Окончание раньше начала')]}
                >
                  <DatePicker {...date} />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Section>

        <Section name="achievements" title="Достижения" add_label="Добавить достижение" blank={{}}>
          {(i) => (
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item label="Вид" name={[i, 'kind']} rules={kRequired('Укажите вид достижения')}>
                  <Select placeholder="Выберите вид" options={options(kinds)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label="Уровень" name={[i, 'level']}>
                  <Select allowClear placeholder="Не указан" options={options(achievement_levels)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label="Название" name={[i, 'title']} rules={[{ required: true, whitespace: true, message: 'Укажите название' }]}>
                  <Input placeholder="Учитель года — 2025, муниципальный этап, победитель" />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item label="Дата" name={[i, 'achieved_on']} rules={kRequired('Укажите дату')}>
                  <DatePicker {...date} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  label="Действует до"
                  name={[i, 'valid_until']}
                  dependencies={[['achievements', i, 'achieved_on']]}
                  rules={[NotBefore('achievements', i, 'achieved_on', 'Дата окончания раньше даты достижения')]}
                >
                  <DatePicker {...date} placeholder="бессрочно" />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Section>

        <Section name="consents" title="Согласия на обработку персональных данных" add_label="Добавить согласие" blank={{ form: 'written' }}>
          {(i) => (
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item label="Цель" name={[i, 'purpose']} rules={kRequired('Укажите цель')}>
                  <Select placeholder="Выберите цель" options={options(purposes)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item label="Форма" name={[i, 'form']} rules={kRequired('Укажите форму')}>
                  <Select options={options(consent_forms)} />
                </Form.Item>
              </Col>
              <Col xs={12} md={5}>
                <Form.Item label="Дано" name={[i, 'given_on']} rules={kRequired('Укажите дату согласия')}>
                  <DatePicker {...date} />
                </Form.Item>
              </Col>
              <Col xs={12} md={5}>
                <Form.Item
                  label="Отозвано"
                  name={[i, 'withdrawn_on']}
                  dependencies={[['consents', i, 'given_on']]}
                  rules={[NotBefore('consents', i, 'given_on', 'Отзыв раньше даты согласия')]}
                >
                  <DatePicker {...date} placeholder="действует" />
                </Form.Item>
              </Col>
            </Row>
          )}
        </Section>
      </Form>
    </Modal>
  );
}
