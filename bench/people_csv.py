#!/usr/bin/env python3
"""A valid staff-list CSV of N rows in the columns of the people import template (docs/api/PEOPLE.md "Import").

Names are letters only; each row is a different person: surname × first name × patronymic × birth date are
combined from the row number, so ФИО + birth date never repeat. Organisations are the ИНН of the given SQLite
database (a `metodset demo` one) or of --inn values.

  bench/people_csv.py --rows 100000 --sqlite var/demo.db > people.csv
"""
import argparse
import csv
import datetime
import sqlite3
import sys

SURNAMES = ["Иванов", "Петров", "Сидоров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов",
            "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
            "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев",
            "Соловьёв", "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
            "Александров", "Дмитриев", "Королёв", "Гусев"]
MALE = ["Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис", "Вадим", "Виктор", "Владимир", "Геннадий",
        "Георгий", "Григорий", "Денис", "Дмитрий", "Евгений", "Егор", "Иван", "Игорь", "Илья", "Кирилл"]
FEMALE = ["Анна", "Алла", "Алёна", "Валентина", "Вера", "Галина", "Дарья", "Евгения", "Екатерина", "Елена",
          "Ирина", "Ксения", "Лариса", "Любовь", "Марина", "Мария", "Надежда", "Наталья", "Ольга", "Светлана"]
FATHERS = ["Александр", "Алексей", "Андрей", "Борис", "Василий", "Виктор", "Владимир", "Геннадий", "Григорий",
           "Дмитрий", "Евгений", "Иван", "Игорь", "Михаил", "Николай", "Олег", "Павел", "Пётр", "Сергей", "Юрий"]
PATRONYMIC_STEM = {"Василий": "Васильев", "Геннадий": "Геннадьев", "Григорий": "Григорьев", "Евгений": "Евгеньев",
                   "Юрий": "Юрьев", "Пётр": "Петров", "Игорь": "Игорев", "Николай": "Николаев", "Алексей": "Алексеев",
                   "Андрей": "Андреев", "Сергей": "Сергеев"}
POSITIONS = ["Учитель", "Учитель", "Учитель", "Воспитатель", "Педагог-психолог", "Педагог дополнительного образования",
             "Методист", "Социальный педагог"]
SUBJECTS = ["Математика", "Русский язык; Литература", "Физика; Информатика", "История; Обществознание",
            "Английский язык", "Начальные классы", "Биология; Химия", "География", "Музыка", "Физическая культура"]
LEVELS = ["Высшее — бакалавриат", "Высшее — специалитет", "Высшее — магистратура", "Среднее профессиональное"]
INSTITUTIONS = ["Благовещенский государственный педагогический университет", "Амурский государственный университет",
                "Амурский педагогический колледж"]
CATEGORIES = ["Первая", "Высшая", "", "Соответствие занимаемой должности"]
COURSES = ["Функциональная грамотность", "Обновлённые ФГОС", "Цифровая образовательная среда", ""]
HEADER = ["Фамилия*", "Имя*", "Отчество", "Дата рождения*", "E-mail", "Телефон", "ИНН организации*", "Должность*",
          "Предметы (через «;»)", "Основное место работы (да/нет)", "Дата приёма*",
          "Начало педагогической деятельности", "Уровень образования", "Педагогическое образование (да/нет)",
          "Образовательная организация (вуз, колледж)", "Год окончания", "Квалификационная категория",
          "Дата присвоения категории", "Приказ о присвоении категории", "Курсы ПК: программа", "Курсы ПК: часы",
          "Курсы ПК: дата окончания"]


def patronymic(father, female):
    stem = PATRONYMIC_STEM.get(father, father)
    if father in PATRONYMIC_STEM and stem.endswith("ев"):
        return stem[:-2] + ("евна" if female else "евич")
    if stem.endswith("ов") or stem.endswith("ев"):
        return stem[:-2] + ("овна" if female else "ович") if stem.endswith("ов") else stem + ("на" if female else "ич")
    return stem + ("овна" if female else "ович")


def ru(d):
    return d.strftime("%d.%m.%Y")


def rows(n, inns, taken=frozenset()):
    """`n` rows of new persons. A combination that `taken` (ФИО and ISO birth date of the database's persons)
    already holds is skipped, so that no row updates a person of the demo."""
    base = datetime.date(1965, 1, 1)
    combos = len(SURNAMES) * 20 * len(FATHERS)  # 16 000 names per sex; the birth date makes the rest unique
    j = -1
    for i in range(n):
        while True:
            j += 1
            female = j % 2 == 0
            k = j // 2
            name_ix = k % combos
            surname = SURNAMES[name_ix % len(SURNAMES)]
            first = (FEMALE if female else MALE)[name_ix // len(SURNAMES) % 20]
            father = FATHERS[name_ix // (len(SURNAMES) * 20)]
            if female:
                surname += "а"
            # The birth date advances once every `combos` persons of a sex, so ФИО + date never repeat.
            birth = base + datetime.timedelta(days=(k // combos) * 7 + name_ix % 5)
            middle = patronymic(father, female)
            if (surname, first, middle, birth.isoformat()) not in taken:
                break
        hired = datetime.date(max(birth.year + 23, 2000), 9, 1)
        since = datetime.date(birth.year + 22, 9, 1)
        category = CATEGORIES[i % len(CATEGORIES)]
        course = COURSES[i % len(COURSES)]
        yield [surname, first, middle, ru(birth), f"t{i}@school.example.ru",
               f"+7 (4162) {i % 90 + 10}-{i % 89 + 10}-{i % 87 + 10}", inns[i % len(inns)],
               POSITIONS[i % len(POSITIONS)], SUBJECTS[i % len(SUBJECTS)], "да", ru(hired), ru(since),
               LEVELS[i % len(LEVELS)], "да", INSTITUTIONS[i % len(INSTITUTIONS)], str(since.year - 1),
               category, ru(datetime.date(2022, 3, 1)) if category else "",
               f"Приказ № {i % 500 + 1}-к" if category else "", course, "72" if course else "",
               ru(datetime.date(2024, 5, 20)) if course else ""]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=100000)
    ap.add_argument("--sqlite", help="a SQLite database whose organisations' ИНН to use")
    ap.add_argument("--inn", action="append", default=[], help="an organisation ИНН (repeatable)")
    args = ap.parse_args()
    inns = list(args.inn)
    taken = set()
    if args.sqlite:
        with sqlite3.connect(f"file:{args.sqlite}?mode=ro", uri=True) as db:
            inns += [r[0] for r in db.execute("SELECT inn FROM organisations WHERE inn IS NOT NULL ORDER BY id")]
            taken = {tuple(r) for r in db.execute(
                "SELECT last_name, first_name, COALESCE(middle_name, ''), birth_date FROM persons")}
    if not inns:
        sys.exit("no organisation ИНН: give --sqlite or --inn")
    out = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
    out.writerow(HEADER)
    out.writerows(rows(args.rows, inns, taken))


if __name__ == "__main__":
    main()
