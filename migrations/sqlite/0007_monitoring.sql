-- Monitoring of municipal methodological services (issue 5, SPEC §11–§12, 003 §App6, §App7).
-- Catalogues are versioned data: a campaign keeps the catalogue version it was opened with; a new version is a
-- new row of monitoring_catalogs with its own indicators. The preset `amur-2020` (the table of 003 §App6) is
-- inserted below; src/modules/monitoring/domain/amur_2020.cpp holds the same table and the API test compares them.

CREATE TABLE monitoring_catalogs (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  -- NULL: a preset every region reads; else the region whose admin made the version.
  region_id INTEGER REFERENCES regions(id),
  based_on_id INTEGER REFERENCES monitoring_catalogs(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE UNIQUE INDEX monitoring_catalogs_version ON monitoring_catalogs(code, version);

-- One scored line of the table; criterion columns are repeated on each of its indicators.
CREATE TABLE monitoring_indicators (
  id INTEGER PRIMARY KEY,
  catalog_id INTEGER NOT NULL REFERENCES monitoring_catalogs(id),
  position INTEGER NOT NULL,
  criterion_number INTEGER NOT NULL,
  criterion_title TEXT NOT NULL,
  number TEXT NOT NULL,
  area TEXT NOT NULL,
  title TEXT NOT NULL,
  points INTEGER NOT NULL,
  additional INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX monitoring_indicators_number ON monitoring_indicators(catalog_id, number);

-- A yearly campaign of one region (003 §App6 8: once a year, in June); status open | closed.
-- region_id NULL: a national campaign over the municipalities of every region (the federal operator's).
CREATE TABLE monitoring_campaigns (
  id INTEGER PRIMARY KEY,
  region_id INTEGER REFERENCES regions(id),
  year INTEGER NOT NULL,
  catalog_id INTEGER NOT NULL REFERENCES monitoring_catalogs(id),
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  status TEXT NOT NULL,
  closed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX monitoring_campaigns_year ON monitoring_campaigns(region_id, year);

-- One municipality's form in a campaign.
CREATE TABLE monitoring_forms (
  id INTEGER PRIMARY KEY,
  campaign_id INTEGER NOT NULL REFERENCES monitoring_campaigns(id),
  region_id INTEGER NOT NULL REFERENCES regions(id),
  municipality_id INTEGER NOT NULL REFERENCES municipalities(id),
  submitted_at TEXT,
  reminded_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX monitoring_forms_municipality ON monitoring_forms(campaign_id, municipality_id);
CREATE INDEX monitoring_forms_by_municipality ON monitoring_forms(municipality_id);

-- The answer to one indicator: state draft | submitted | accepted | returned (an absent row is `empty`);
-- evidence kind document | file | link | object.
CREATE TABLE monitoring_answers (
  id INTEGER PRIMARY KEY,
  form_id INTEGER NOT NULL REFERENCES monitoring_forms(id),
  indicator_id INTEGER NOT NULL REFERENCES monitoring_indicators(id),
  state TEXT NOT NULL,
  met INTEGER,
  comment TEXT NOT NULL DEFAULT '',
  evidence_kind TEXT,
  evidence_document_id INTEGER REFERENCES documents(id),
  evidence_attachment_id INTEGER,
  evidence_url TEXT,
  evidence_object_type TEXT,
  evidence_object_id INTEGER,
  evidence_title TEXT,
  review_message TEXT,
  corrected INTEGER NOT NULL DEFAULT 0,
  updated_by INTEGER REFERENCES users(id),
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX monitoring_answers_indicator ON monitoring_answers(form_id, indicator_id);

-- The editable library of recommendation texts, one per indicator of a catalogue.
CREATE TABLE monitoring_recommendation_texts (
  catalog_id INTEGER NOT NULL REFERENCES monitoring_catalogs(id),
  indicator_number TEXT NOT NULL,
  text TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (catalog_id, indicator_number)
);

-- Addressed recommendations of a form, one per deficit; status new | in_progress | done.
CREATE TABLE monitoring_recommendations (
  id INTEGER PRIMARY KEY,
  form_id INTEGER NOT NULL REFERENCES monitoring_forms(id),
  indicator_id INTEGER NOT NULL REFERENCES monitoring_indicators(id),
  text TEXT NOT NULL,
  status TEXT NOT NULL,
  status_note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX monitoring_recommendations_indicator ON monitoring_recommendations(form_id, indicator_id);

INSERT INTO monitoring_catalogs (code, version, title) VALUES ('amur-2020', 1,
  'Критерии и показатели эффективности муниципальных методических служб в системе общего образования Амурской области (003 §App6)');
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 1, 1, 'Соответствие содержания и организации методической работы специфике образовательных организаций', '1.1',
  'Положение о деятельности муниципальной методической службы /Программа деятельности муниципальной методической службы',
  'Наличие одного документа', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 2, 1, 'Соответствие содержания и организации методической работы специфике образовательных организаций', '1.2',
  'Положение о деятельности муниципальной методической службы /Программа деятельности муниципальной методической службы',
  'Соответствие планируемых результатов заявленным целям', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 3, 1, 'Соответствие содержания и организации методической работы специфике образовательных организаций', '1.3',
  'План-график работы муниципальной методической службы',
  'Наличие мероприятий с различными категориями специалистов системы образования по организации методической работы', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 4, 1, 'Соответствие содержания и организации методической работы специфике образовательных организаций', '1.4',
  'Информационный ресурс муниципальных методических служб (сайт, страница на сайте и др.)',
  'Наличие информационного ресурса', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 5, 1, 'Соответствие содержания и организации методической работы специфике образовательных организаций', '1.5',
  'Адресные рекомендации для коллективов школ, разных категорий педагогов',
  'Наличие', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 6, 1, 'Соответствие содержания и организации методической работы специфике образовательных организаций', '1.6',
  'Адресные программы повышения квалификации для коллективов школ, разных категорий педагогов, организуемые в МО',
  'Наличие', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 7, 2, 'Наличие системы поддержки молодых педагогов и/или системы наставничества', '2.1',
  'Муниципальная программа по осуществлению поддержки молодых педагогов и/или наставничеству',
  'Наличие документа', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 8, 2, 'Наличие системы поддержки молодых педагогов и/или системы наставничества', '2.2',
  '«Дорожная карта»/план-график мероприятий по поддержке молодых педагогов и/или реализации системы наставничества',
  'Наличие мероприятий', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 9, 2, 'Наличие системы поддержки молодых педагогов и/или системы наставничества', '2.3',
  'Изучение состояния адаптации молодых педагогов в специфике профессиональной деятельности',
  'Наличие муниципального мониторинга адаптации молодых педагогов к специфике профессиональной деятельности', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 10, 2, 'Наличие системы поддержки молодых педагогов и/или системы наставничества', '2.4',
  'Изучение состояния адаптации молодых педагогов в специфике профессиональной деятельности',
  'Наличие анализа проведения мониторинга', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 11, 2, 'Наличие системы поддержки молодых педагогов и/или системы наставничества', '2.5',
  'Активное участие молодых педагогов в деятельности региональной ассоциации молодых педагогов',
  'Наличие педагогов, участвующих в ассоциации молодых педагогов Амурской области', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 12, 2, 'Наличие системы поддержки молодых педагогов и/или системы наставничества', '2.6',
  'Обеспечение наставничества',
  'Наличие муниципальной программы/ «дорожной карты» сопровождения деятельности педагогов-наставников', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 13, 2, 'Наличие системы поддержки молодых педагогов и/или системы наставничества', '2.7',
  'Обеспечение наставничества',
  'Наличие анализа реализации муниципальной программы/ «дорожной карты» работы педагогов-наставников', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 14, 3, 'Развитие и поддержка школьных методических объединений', '3.1',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие муниципальной программы/ «дорожной карты» по развитию и сопровождению школьных методических объединений', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 15, 3, 'Развитие и поддержка школьных методических объединений', '3.2',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие плана-графика заседаний РМО продуктов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 16, 3, 'Развитие и поддержка школьных методических объединений', '3.3',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие анализа выполнения плана-графика заседаний РМО', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 17, 3, 'Развитие и поддержка школьных методических объединений', '3.4',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие ежемесячных методических семинаров для директоров школ', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 18, 3, 'Развитие и поддержка школьных методических объединений', '3.5',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие регулярных методических семинаров для заместителей директоров школ по учебно-методической работе продуктов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 19, 3, 'Развитие и поддержка школьных методических объединений', '3.6',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие регулярных методических семинаров для заместителей директоров школ по воспитательной работе для педагогов-психологов продуктов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 20, 3, 'Развитие и поддержка школьных методических объединений', '3.7',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие регулярных методических семинаров для предметных педагогов-тьюторов продуктов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 21, 3, 'Развитие и поддержка школьных методических объединений', '3.8',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие регулярных методических семинаров для руководителей школьных методических объединений продуктов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 22, 3, 'Развитие и поддержка школьных методических объединений', '3.9',
  'Проектирование сопровождения методических объединений учителей',
  'Наличие регулярных методических семинаров для социальных педагогов продуктов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 23, 3, 'Развитие и поддержка школьных методических объединений', '3.10',
  'Программы (проекты, дорожные карты) профессионального развития педагогов в ОО муниципалитета',
  'Наличие программ профессионального развития педагогов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 24, 3, 'Развитие и поддержка школьных методических объединений', '3.11',
  'Активность представителей школьных методических объединений в профессиональных конкурсах, грантах',
  'Участие в профессиональных конкурсах, грантах', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 25, 3, 'Развитие и поддержка школьных методических объединений', '3.12',
  'Изучение профессиональных потребностей и дефицитов работников образования',
  'Наличие муниципального мониторинга профессиональных потребностей и дефицитов работников образования', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 26, 3, 'Развитие и поддержка школьных методических объединений', '3.13',
  'Работа виртуального методического кабинета на сайте муниципальной методической службы',
  'Наличие в виртуальном кабинете медиатеки современных учебно-методических материалов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 27, 3, 'Развитие и поддержка школьных методических объединений', '3.14',
  'Прогнозирование, планирование и организация аттестации педагогических работников',
  'Наличие плана-графика аттестации педагогических работников', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 28, 3, 'Развитие и поддержка школьных методических объединений', '3.15',
  'Прогнозирование, планирование и организация повышения квалификации педагогических работников',
  'Наличие плана-графика повышения квалификации педагогических работников', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 29, 3, 'Развитие и поддержка школьных методических объединений', '3.16',
  'Разработка и издание методических пособий',
  'Наличие методических материалов, представленных на региональных конкурсах методических продуктов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 30, 3, 'Развитие и поддержка школьных методических объединений', '3.17',
  'Разработка и издание методических пособий',
  'Наличие методических рекомендаций, получивших гриф редакционно-издательского совета ГАУ ДПО «АМИРО» или Экспертного совета при министерстве образования и науки Амурской области', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 31, 3, 'Развитие и поддержка школьных методических объединений', '3.18',
  'Разработка и издание методических пособий',
  'Наличие методических материалов, прошедших рецензирование кафедры и размещенных на сайте ГАУ ДПО «АМИРО»', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 32, 3, 'Развитие и поддержка школьных методических объединений', '3.19',
  'Организация и результативность участия в профессиональных конкурсах',
  'Проведение муниципального этапа конкурса «Учитель года Амурской области»', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 33, 3, 'Развитие и поддержка школьных методических объединений', '3.20',
  'Организация и результативность участия в профессиональных конкурсах',
  'Участие в региональном этапе конкурса «Учитель года Амурской области»', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 34, 3, 'Развитие и поддержка школьных методических объединений', '3.21',
  'Организация и результативность участия в профессиональных конкурсах',
  'Результативность участия в региональном этапе конкурса «Учитель года Амурской области»', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 35, 3, 'Развитие и поддержка школьных методических объединений', '3.22',
  'Организация и результативность участия в профессиональных конкурсах',
  'Проведение муниципальных профессиональных конкурсов среди педагогов', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 36, 3, 'Развитие и поддержка школьных методических объединений', '3.23',
  'Организация и результативность участия в профессиональных конкурсах',
  'Участие в региональном этапе профессиональных конкурсов «За нравственный подвиг учителя», «Сердце отдаю детям» и др.', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 37, 3, 'Развитие и поддержка школьных методических объединений', '3.24',
  'Организация и результативность участия в профессиональных конкурсах',
  'Участие педагогов в конкурсе на присуждение премий лучшим учителям за достижения в педагогической деятельности', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 38, 3, 'Развитие и поддержка школьных методических объединений', '3.25',
  'Организация и результативность участия в профессиональных конкурсах',
  'Результативность участия в конкурсе на присуждение премий лучшим учителям за достижения в педагогической деятельности', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 39, 3, 'Развитие и поддержка школьных методических объединений', '3.26',
  'Поддержка педагогов по актуальным направлениям развития системы образования',
  'Наличие муниципального проекта или программы повышения профессиональной компетентности педагогов в области организации работы с одарёнными детьми', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 40, 3, 'Развитие и поддержка школьных методических объединений', '3.27',
  'Поддержка педагогов по актуальным направлениям развития системы образования',
  'Наличие муниципального проекта или программы повышения профессиональной компетентности педагогов в области организации предпрофильной подготовки и профильного обучения', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 41, 3, 'Развитие и поддержка школьных методических объединений', '3.28',
  'Поддержка педагогов по актуальным направлениям развития системы образования',
  'Наличие муниципального проекта или программы повышения профессиональной компетентности педагогов в области проектной и исследовательской деятельности обучающихся', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 42, 3, 'Развитие и поддержка школьных методических объединений', '3.29',
  'Поддержка педагогов по актуальным направлениям развития системы образования',
  'Наличие муниципального проекта или программы повышения профессиональной компетентности педагогов в области организации инклюзивных практик', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 43, 3, 'Развитие и поддержка школьных методических объединений', '3.30',
  'Поддержка педагогов по актуальным направлениям развития системы образования',
  'Наличие муниципального проекта или программы повышения профессиональной компетентности педагогов в области цифровизации образовательного процесса', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 44, 3, 'Развитие и поддержка школьных методических объединений', '3.31',
  'Поддержка педагогов по актуальным направлениям развития системы образования',
  'Наличие «Дорожной карты» повышения качества образования в школах с низкими результатами обучения и школах, функционирующих в неблагоприятных социальных условиях', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 45, 3, 'Развитие и поддержка школьных методических объединений', '3.32',
  'Изучение состояния деятельности школьных методических служб',
  'Наличие мониторинга деятельности школьных методических служб', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 46, 4, 'Наличие системы аналитической деятельности', '4.1',
  'Аналитические справки (отчёты) о результатах оценочных процедур (ВПр, ОГЭ, ЕГЭ и других)',
  'Наличие аналитической справки о результатах ВПр', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 47, 4, 'Наличие системы аналитической деятельности', '4.2',
  'Аналитические справки (отчёты) о результатах оценочных процедур (ВПр, ОГЭ, ЕГЭ и других)',
  'Наличие аналитической справки о результатах ОГЭ', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 48, 4, 'Наличие системы аналитической деятельности', '4.3',
  'Аналитические справки (отчёты) о результатах оценочных процедур (ВПр, ОГЭ, ЕГЭ и других)',
  'Наличие аналитической справки о результатах ЕГЭ', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 49, 4, 'Наличие системы аналитической деятельности', '4.4',
  'Аналитические справки (отчёты) о результатах оценочных процедур (ВПр, ОГЭ, ЕГЭ и других)',
  'Наличие аналитической справки о результатах муниципальных диагностических работ', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 50, 4, 'Наличие системы аналитической деятельности', '4.5',
  'Аналитическая справка о результатах повышения квалификации',
  'Наличие документа', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 51, 4, 'Наличие системы аналитической деятельности', '4.6',
  'Аналитическая справка по аттестации педагогов',
  'Наличие документа', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 52, 4, 'Наличие системы аналитической деятельности', '4.7',
  'Аналитическая справка о деятельности школьных муниципальных методических объединений',
  'Наличие документа', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 53, 5, 'Наличие управленческих решений по результатам анализа деятельности школьных муниципальных методических объединений, методических служб на уровне муниципалитета', '5.1',
  'Приказы, распоряжения, программы по результатам анализа деятельности школьных методических объединений, методических служб на уровне муниципалитета; протоколы заседаний, советов по результатам и другие подтверждающие материалы по результатам аналитической деятельности',
  'Наличие материалов по данному направлению', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 54, 5, 'Наличие управленческих решений по результатам анализа деятельности школьных муниципальных методических объединений, методических служб на уровне муниципалитета', '5.2',
  'Приказы, распоряжения, программы по результатам анализа деятельности школьных методических объединений, методических служб на уровне муниципалитета; протоколы заседаний, советов по результатам и другие подтверждающие материалы по результатам аналитической деятельности',
  'Включение опыта методической муниципальной службы в Банк лучших практик в сфере образования Амурской области', 2, 1
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 55, 6, 'Наличие показателей мониторинга системы методической работы', '6.1',
  'Мониторинг показателей системы методической работы на уровне муниципалитета Отчет о методической работе за год в соответствии с показателями мониторинга (в том числе реализация программы по осуществлению поддержки молодых педагогов и/или наставничеству; программы поддержки школьных методических объединений, мониторинг дефицитов школьных методических объединений, дефицитов педагогов по образовательным организациям и др.) Отчет о самообследовании (с информацией о результатах методической работы)',
  'Наличие одного из документов, содержащих информацию по данному направлению', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 56, 7, 'Организация работы по инновационному развитию системы образования', '7.1',
  'Наличие региональных инновационных площадок',
  'Наличие приказа о присвоении статуса региональной инновационной площадки', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 57, 7, 'Организация работы по инновационному развитию системы образования', '7.2',
  'Участие ОО муниципалитета в федеральных конкурсах на получение субсидий',
  'Наличие протоколов технической экспертизы', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 58, 7, 'Организация работы по инновационному развитию системы образования', '7.3',
  'Наличие полученных субсидий',
  'Наличие протоколов итоговой экспертизы Министерства просвещения РФ', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 59, 7, 'Организация работы по инновационному развитию системы образования', '7.4',
  'Наличие пилотных площадок по одному из направлений инновационной деятельности',
  'Наличие приказа о присвоении статуса региональной пилотной площадки', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
INSERT INTO monitoring_indicators (catalog_id, position, criterion_number, criterion_title, number, area, title, points, additional)
  SELECT id, 60, 7, 'Организация работы по инновационному развитию системы образования', '7.5',
  'Наличие стажировочных площадок по одному из направлений инновационной деятельности',
  'Наличие приказа о присвоении статуса региональной стажировочной площадки', 1, 0
  FROM monitoring_catalogs WHERE code = 'amur-2020' AND version = 1;
