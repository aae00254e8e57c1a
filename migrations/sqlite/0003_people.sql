-- People registry (issue 3, SPEC §3, §14). Dates are TEXT `YYYY-MM-DD`; timestamps TEXT as in 0001.

CREATE TABLE persons (
  id INTEGER PRIMARY KEY,
  last_name TEXT NOT NULL,
  first_name TEXT NOT NULL,
  middle_name TEXT,
  -- RussianSortKey of "Фамилия Имя Отчество": Ё after Е, case-insensitive (byte order on both backends).
  sort_key TEXT NOT NULL,
  -- Lower-case ФИО, e-mail and phone for the registry's text search.
  search_text TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  -- The person's place and summary, derived from the dated sections on every write (never typed), so that
  -- a scoped, filtered, ФИО-ordered page is one index range scan: the organisation of the current main
  -- employment (else of the latest employment in the region).
  region_id INTEGER NOT NULL REFERENCES regions(id),
  municipality_id INTEGER REFERENCES municipalities(id),
  organisation_id INTEGER REFERENCES organisations(id),
  position TEXT,
  -- Codes of the subjects of the current employments, sorted, comma-separated; empty for none.
  subjects TEXT NOT NULL DEFAULT '',
  -- The latest awarded qualification category and the last day it is in force (awarded + 5 years - 1 day).
  category TEXT,
  category_until TEXT,
  -- The end of the latest professional development course.
  last_course_on TEXT,
  -- The last day of the first three years of pedagogical work if the current pedagogical employment goes on.
  young_specialist_until TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX persons_region ON persons(region_id, sort_key);
CREATE INDEX persons_municipality ON persons(municipality_id, sort_key);
CREATE INDEX persons_organisation ON persons(organisation_id, sort_key);
CREATE INDEX persons_birth ON persons(birth_date);

CREATE TABLE employments (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  -- An organisation of the registry, or only a name for work elsewhere (earlier career, other regions).
  organisation_id INTEGER REFERENCES organisations(id),
  organisation_name TEXT NOT NULL,
  position TEXT NOT NULL,
  subjects TEXT NOT NULL DEFAULT '',
  is_main INTEGER NOT NULL,
  pedagogical INTEGER NOT NULL,
  started_on TEXT NOT NULL,
  ended_on TEXT
);
CREATE INDEX employments_person ON employments(person_id);
CREATE INDEX employments_organisation ON employments(organisation_id);

CREATE TABLE educations (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  level TEXT NOT NULL,
  pedagogical INTEGER NOT NULL,
  institution TEXT NOT NULL,
  speciality TEXT,
  graduated_year INTEGER
);
CREATE INDEX educations_person ON educations(person_id);

CREATE TABLE category_awards (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  category TEXT NOT NULL,
  awarded_on TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  directive TEXT
);
CREATE INDEX category_awards_person ON category_awards(person_id, awarded_on);

CREATE TABLE courses (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  programme TEXT NOT NULL,
  provider TEXT,
  hours INTEGER NOT NULL,
  started_on TEXT NOT NULL,
  ended_on TEXT NOT NULL
);
CREATE INDEX courses_person ON courses(person_id, ended_on);

CREATE TABLE achievements (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  level TEXT,
  title TEXT NOT NULL,
  achieved_on TEXT NOT NULL,
  valid_until TEXT,
  document_id INTEGER REFERENCES documents(id)
);
CREATE INDEX achievements_person ON achievements(person_id, achieved_on);
CREATE INDEX achievements_kind ON achievements(kind, level);

-- SPEC §14: consents are records; a withdrawn consent keeps its record with the withdrawal date.
CREATE TABLE consents (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  purpose TEXT NOT NULL,
  form TEXT NOT NULL,
  given_on TEXT NOT NULL,
  withdrawn_on TEXT,
  document_id INTEGER REFERENCES documents(id)
);
CREATE INDEX consents_person ON consents(person_id);

-- Catalogues of the people registry (SPEC §3). Data: later versions add items, never rename codes.
INSERT INTO catalogue_items (catalogue, code, title, position) VALUES
  ('positions', 'director', 'Директор (заведующий)', 1),
  ('positions', 'deputy_teaching', 'Заместитель директора по учебной работе', 2),
  ('positions', 'deputy_upbringing', 'Заместитель директора по воспитательной работе', 3),
  ('positions', 'deputy_methodological', 'Заместитель директора по методической работе', 4),
  ('positions', 'teacher', 'Учитель', 5),
  ('positions', 'psychologist', 'Педагог-психолог', 6),
  ('positions', 'social_pedagogue', 'Социальный педагог', 7),
  ('positions', 'tutor', 'Тьютор', 8),
  ('positions', 'educator', 'Воспитатель', 9),
  ('positions', 'senior_educator', 'Старший воспитатель', 10),
  ('positions', 'methodist', 'Методист', 11),
  ('positions', 'additional_teacher', 'Педагог дополнительного образования', 12),
  ('positions', 'speech_therapist', 'Учитель-логопед', 13),
  ('positions', 'defectologist', 'Учитель-дефектолог', 14),
  ('positions', 'music_director', 'Музыкальный руководитель', 15),
  ('positions', 'pe_instructor', 'Инструктор по физической культуре', 16),
  ('positions', 'teacher_organiser', 'Педагог-организатор', 17),
  ('positions', 'upbringing_advisor', 'Советник директора по воспитанию', 18),
  ('positions', 'librarian', 'Педагог-библиотекарь', 19),
  ('positions', 'senior_counsellor', 'Старший вожатый', 20),
  ('positions', 'other', 'Иная должность (непедагогическая)', 21),

  ('subjects', 'primary', 'Начальные классы', 1),
  ('subjects', 'russian', 'Русский язык', 2),
  ('subjects', 'literature', 'Литература', 3),
  ('subjects', 'native_language', 'Родной язык и литература', 4),
  ('subjects', 'mathematics', 'Математика', 5),
  ('subjects', 'informatics', 'Информатика', 6),
  ('subjects', 'physics', 'Физика', 7),
  ('subjects', 'chemistry', 'Химия', 8),
  ('subjects', 'biology', 'Биология', 9),
  ('subjects', 'geography', 'География', 10),
  ('subjects', 'history', 'История', 11),
  ('subjects', 'social_studies', 'Обществознание', 12),
  ('subjects', 'english', 'Английский язык', 13),
  ('subjects', 'german', 'Немецкий язык', 14),
  ('subjects', 'french', 'Французский язык', 15),
  ('subjects', 'chinese', 'Китайский язык', 16),
  ('subjects', 'music', 'Музыка', 17),
  ('subjects', 'art', 'Изобразительное искусство', 18),
  ('subjects', 'technology', 'Труд (технология)', 19),
  ('subjects', 'physical_education', 'Физическая культура', 20),
  ('subjects', 'safety', 'Основы безопасности и защиты Родины', 21),
  ('subjects', 'orkse', 'ОРКСЭ / ОДНКНР', 22),
  ('subjects', 'preschool', 'Дошкольное образование', 23),
  ('subjects', 'additional', 'Дополнительное образование', 24),
  ('subjects', 'special_education', 'Коррекционная педагогика', 25),

  ('education-levels', 'secondary_professional', 'Среднее профессиональное', 1),
  ('education-levels', 'bachelor', 'Высшее — бакалавриат', 2),
  ('education-levels', 'specialist', 'Высшее — специалитет', 3),
  ('education-levels', 'master', 'Высшее — магистратура', 4),
  ('education-levels', 'postgraduate', 'Высшее — подготовка кадров высшей квалификации', 5),
  ('education-levels', 'retraining', 'Профессиональная переподготовка', 6),

  -- SPEC §0; since 2023 the highest category is followed by «педагог-методист» and «педагог-наставник».
  ('qualification-categories', 'none', 'Без категории', 1),
  ('qualification-categories', 'conformity', 'Соответствие занимаемой должности', 2),
  ('qualification-categories', 'first', 'Первая', 3),
  ('qualification-categories', 'highest', 'Высшая', 4),
  ('qualification-categories', 'methodist', 'Педагог-методист', 5),
  ('qualification-categories', 'mentor', 'Педагог-наставник', 6),

  -- The dated achievements that the eligibility lists test (000 §3.2, 002 §3.2, 003 §App2 3.3, §App4 5.2).
  ('achievement-kinds', 'competence_assessment', 'Успешное прохождение оценки предметных и методических компетенций', 1),
  ('achievement-kinds', 'exam_commission', 'Член предметной комиссии ГИА', 2),
  ('achievement-kinds', 'community_leader', 'Руководитель профессионального сообщества (ассоциации)', 3),
  ('achievement-kinds', 'methodological_head', 'Руководитель методического совета, объединения, кафедры', 4),
  ('achievement-kinds', 'contest_winner', 'Победитель (призёр) этапа конкурса профессионального мастерства', 5),
  ('achievement-kinds', 'expert_evaluation', 'Высокий результат экспертной оценки профессиональной деятельности', 6),
  ('achievement-kinds', 'coordinating_institution', 'Работник координирующей организации', 7),

  ('achievement-levels', 'organisation', 'Уровень образовательной организации', 1),
  ('achievement-levels', 'municipal', 'Муниципальный', 2),
  ('achievement-levels', 'regional', 'Региональный', 3),
  ('achievement-levels', 'federal', 'Федеральный', 4),

  ('consent-purposes', 'processing', 'Обработка персональных данных', 1),
  ('consent-purposes', 'publication', 'Публикация в открытом реестре', 2),

  ('consent-forms', 'written', 'Письменная (на бумаге)', 1),
  ('consent-forms', 'electronic', 'Электронная (в системе)', 2);
