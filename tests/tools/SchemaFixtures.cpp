// metodist-schema-fixtures DIR [VERSION]: remakes the stored databases of
// tests/fixtures/schema — one file per released schema version (or only
// VERSION), schema-N.sqlite, made by the migrations up to N alone and filled
// with a few rows in every table that schema has, as an office would have
// left them. test_schema_fixtures opens copies of them with the current
// program and checks that every row survives the upgrade.
//
// When a schema version is added: add its tables' rows to rowsOf() below
// under the new number, run
//   build/tests/metodist-schema-fixtures tests/fixtures/schema NEW_VERSION
// and commit the new file. The files of older versions are never remade:
// they stand for what older versions of the program wrote.
#include "domain/SearchKey.h"
#include "domain/Snils.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <utility>
#include <vector>

using namespace metodist;

namespace {

using Row = std::pair<QString, QVariantList>;

QString snils(const QString &nine)
{
    return nine + Snils::checkDigitsFor(nine);
}

QString key(const QString &text)
{
    return searchKey(text);
}

Row entry(int id, const QString &dictionary, const QString &code, const QString &name, int position)
{
    return {QStringLiteral("INSERT INTO dictionary_entries (id, dictionary, code, name, description, position, "
                           "search_key) VALUES (?, ?, ?, ?, '', ?, ?)"),
            {id, dictionary, code, name, position, key(name)}};
}

// The rows of the tables each schema version added (tables are never
// altered by a later version, so these statements work at every later one).
std::vector<Row> rowsOf(int version)
{
    const QVariant null;
    switch (version) {
    case 1:
        return {
            {QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
             {QStringLiteral("region.name"), QStringLiteral("Калининградская область")}},
            {QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
             {QStringLiteral("region.code"), QStringLiteral("kaliningrad")}},
            {QStringLiteral("INSERT INTO municipalities (id, name, search_key) VALUES (?, ?, ?)"),
             {1, QStringLiteral("Городской округ «Город Калининград»"),
              key(QStringLiteral("Городской округ «Город Калининград»"))}},
            {QStringLiteral("INSERT INTO municipalities (id, name, search_key) VALUES (?, ?, ?)"),
             {2, QStringLiteral("Гурьевский муниципальный округ"), key(QStringLiteral("Гурьевский муниципальный округ"))}},
            {QStringLiteral("INSERT INTO municipalities (id, name, search_key) VALUES (?, ?, ?)"),
             {3, QStringLiteral("Зеленоградский муниципальный округ"),
              key(QStringLiteral("Зеленоградский муниципальный округ"))}},
            {QStringLiteral("INSERT INTO subjects (id, code, name, search_key) VALUES (?, ?, ?, ?)"),
             {1, QStringLiteral("maths"), QStringLiteral("Математика"), key(QStringLiteral("Математика"))}},
            {QStringLiteral("INSERT INTO subjects (id, code, name, search_key) VALUES (?, ?, ?, ?)"),
             {2, QStringLiteral("russian"), QStringLiteral("Русский язык"), key(QStringLiteral("Русский язык"))}},
            entry(1, QStringLiteral("qualification_categories"), QStringLiteral("highest"), QStringLiteral("Высшая"), 1),
            entry(2, QStringLiteral("competence_levels"), QStringLiteral("minimal"), QStringLiteral("Минимальный"), 1),
            entry(3, QStringLiteral("support_categories"), QStringLiteral("young"),
                  QStringLiteral("Молодой специалист"), 1),
            entry(4, QStringLiteral("employment_forms"), QStringLiteral("main"),
                  QStringLiteral("Основное место работы"), 1),
            entry(5, QStringLiteral("education_levels"), QStringLiteral("higher"), QStringLiteral("Высшее"), 1),
            entry(6, QStringLiteral("deficit_areas"), QStringLiteral("digital"),
                  QStringLiteral("Цифровая образовательная среда"), 1),
            entry(7, QStringLiteral("event_levels"), QStringLiteral("regional"), QStringLiteral("Региональный"), 1),
            entry(8, QStringLiteral("model_stages"), QStringLiteral("diagnostics"), QStringLiteral("Диагностический"), 1),
            entry(9, QStringLiteral("work_kinds"), QStringLiteral("consultation"), QStringLiteral("Консультация"), 1),
            entry(10, QStringLiteral("route_item_kinds"), QStringLiteral("course"), QStringLiteral("Курсы ПК"), 1),
        };
    case 2:
        return {
            {QStringLiteral("INSERT INTO organisations (id, name, municipality_id, low_results, growth_point, "
                            "internship_site, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {1, QStringLiteral("МАОУ СОШ № 7"), 1, 1, 0, 1, key(QStringLiteral("МАОУ СОШ № 7"))}},
            {QStringLiteral("INSERT INTO organisations (id, name, municipality_id, low_results, growth_point, "
                            "internship_site, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {2, QStringLiteral("МБОУ «Гимназия № 1» г. Гурьевска"), 2, 0, 1, 0,
              key(QStringLiteral("МБОУ «Гимназия № 1» г. Гурьевска"))}},
            {QStringLiteral("INSERT INTO teachers (id, last_name, first_name, middle_name, snils, organisation_id, "
                            "position, subject_id, experience_years, qualification_category_id, competence_level_id, "
                            "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, QStringLiteral("Семёнова"), QStringLiteral("Алёна"), QStringLiteral("Петровна"),
              snils(QStringLiteral("112233445")), 1, QStringLiteral("учитель математики"), 1, 3, 1, 2,
              key(QStringLiteral("Семёнова Алёна Петровна"))}},
            {QStringLiteral("INSERT INTO teachers (id, last_name, first_name, middle_name, snils, organisation_id, "
                            "position, subject_id, experience_years, qualification_category_id, competence_level_id, "
                            "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {2, QStringLiteral("Кузнецов"), QStringLiteral("Игорь"), QStringLiteral("Николаевич"),
              snils(QStringLiteral("123456780")), 2, QStringLiteral("учитель русского языка"), 2, 12, null, null,
              key(QStringLiteral("Кузнецов Игорь Николаевич"))}},
            {QStringLiteral("INSERT INTO teachers (id, last_name, first_name, middle_name, snils, organisation_id, "
                            "position, subject_id, experience_years, qualification_category_id, competence_level_id, "
                            "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {3, QStringLiteral("Ёлкина"), QStringLiteral("Мария"), QString(), null, null, QString(), 1, null, null,
              null, key(QStringLiteral("Ёлкина Мария"))}},
        };
    case 3:
        return {
            {QStringLiteral("INSERT INTO methodists (id, last_name, first_name, middle_name, snils, municipality_id, "
                            "organisation_id, position, subject_id, employment_form_id, qualification_category_id, "
                            "education_level_id, experience_years, capacity, federal_pk, active, joined_on, "
                            "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, QStringLiteral("Воробьёва"), QStringLiteral("Ольга"), QStringLiteral("Викторовна"),
              snils(QStringLiteral("198765432")), 1, 1, QStringLiteral("региональный методист"), 1, 4, 1, 5, 20, 40, 1,
              1, QStringLiteral("2023-09-01"), key(QStringLiteral("Воробьёва Ольга Викторовна"))}},
            {QStringLiteral("INSERT INTO methodists (id, last_name, first_name, middle_name, snils, municipality_id, "
                            "organisation_id, position, subject_id, employment_form_id, qualification_category_id, "
                            "education_level_id, experience_years, capacity, federal_pk, active, joined_on, "
                            "search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {2, QStringLiteral("Смирнов"), QStringLiteral("Андрей"), QStringLiteral("Павлович"), null, 2, null,
              QString(), 2, null, null, null, null, 60, 0, 0, null, key(QStringLiteral("Смирнов Андрей Павлович"))}},
            {QStringLiteral("INSERT INTO teacher_support_categories (teacher_id, category_id) VALUES (?, ?)"), {1, 3}},
            {QStringLiteral("INSERT INTO professional_development (id, teacher_id, methodist_id, program, hours, "
                            "federal_registry, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {1, 1, null, QStringLiteral("Формирование функциональной грамотности"), 36, 1,
              QStringLiteral("2024-11-20")}},
            {QStringLiteral("INSERT INTO professional_development (id, teacher_id, methodist_id, program, hours, "
                            "federal_registry, completed_on) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {2, null, 1, QStringLiteral("Наставничество в образовательной организации"), 72, 0, null}},
            {QStringLiteral("INSERT INTO diagnostics (id, teacher_id, diagnosed_on, competence_level_id, notes) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {1, 1, QStringLiteral("2024-10-05"), 2, QStringLiteral("Диагностика по методике ФГАОУ ДПО")}},
            {QStringLiteral("INSERT INTO diagnostic_deficits (diagnostic_id, deficit_area_id, description) "
                            "VALUES (?, ?, ?)"),
             {1, 6, QStringLiteral("Не использует ФГИС «Моя школа»")}},
        };
    case 4:
        return {
            {QStringLiteral("INSERT INTO orders (id, number, issued_on, academic_year, title, preamble, items, "
                            "signatory_position, signatory_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, QStringLiteral("123-од"), QStringLiteral("2024-09-02"), QStringLiteral("2024/2025"),
              QStringLiteral("О закреплении педагогов за региональными методистами"),
              QStringLiteral("В целях методического сопровождения педагогов"),
              QStringLiteral("Закрепить педагогов согласно приложению."), QStringLiteral("Директор"),
              QStringLiteral("И. И. Иванов")}},
            {QStringLiteral("INSERT INTO planning_runs (id, academic_year, assigned, unassigned) VALUES (?, ?, ?, ?)"),
             {1, QStringLiteral("2024/2025"), 2, 1}},
            {QStringLiteral("INSERT INTO assignments (id, teacher_id, methodist_id, academic_year, "
                            "support_category_id, started_on, ended_on, end_reason, order_id, planning_run_id, "
                            "override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, 1, 1, QStringLiteral("2024/2025"), 3, QStringLiteral("2024-09-02"), null, QString(), 1, 1, QString()}},
            {QStringLiteral("INSERT INTO assignments (id, teacher_id, methodist_id, academic_year, "
                            "support_category_id, started_on, ended_on, end_reason, order_id, planning_run_id, "
                            "override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {2, 2, 2, QStringLiteral("2024/2025"), null, QStringLiteral("2024-09-02"), QStringLiteral("2024-12-28"),
              QStringLiteral("увольнение методиста"), null, 1, QStringLiteral("другой предмет по согласованию")}},
        };
    case 5:
        return {
            {QStringLiteral("INSERT INTO events (id, title, starts_on, ends_on, level_id, model_stage_id, organiser, "
                            "participants, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, QStringLiteral("Региональный фестиваль открытых уроков"), QStringLiteral("2024-11-11"),
              QStringLiteral("2024-11-13"), 7, 8, QStringLiteral("ЦНППМ"), QStringLiteral("педагоги математики"),
              QStringLiteral("Открытые уроки и их разбор")}},
            {QStringLiteral("INSERT INTO roadmaps (id, methodist_id, academic_year, conclusion, next_year_plans) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {1, 1, QStringLiteral("2024/2025"), QStringLiteral("partial"),
              QStringLiteral("Продолжить сопровождение молодых специалистов")}},
            {QStringLiteral("INSERT INTO roadmap_stages (id, roadmap_id, number, planned_start, planned_end, "
                            "actual_start, actual_end, status, close_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, 1, 1, QStringLiteral("2024-09-02"), QStringLiteral("2024-09-30"), QStringLiteral("2024-09-02"),
              QStringLiteral("2024-10-01"), QStringLiteral("closed"), QString()}},
            {QStringLiteral("INSERT INTO roadmap_stages (id, roadmap_id, number, planned_start, planned_end, "
                            "actual_start, actual_end, status, close_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {2, 1, 2, QStringLiteral("2024-10-01"), QStringLiteral("2024-11-30"), QStringLiteral("2024-10-02"), null,
              QStringLiteral("in_progress"), QString()}},
            {QStringLiteral("INSERT INTO roadmap_activities (id, stage_id, position, title, starts_on, due_on, "
                            "responsible, document_kind, expected_result, done, done_on, event_id) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, 1, 1, QStringLiteral("Входная диагностика профессиональных дефицитов"), QStringLiteral("2024-09-02"),
              QStringLiteral("2024-09-20"), QStringLiteral("Воробьёва О. В."), QStringLiteral("аналитическая справка"),
              QStringLiteral("Выявлены дефициты"), 1, QStringLiteral("2024-09-18"), 1}},
            {QStringLiteral("INSERT INTO roadmap_activity_teachers (activity_id, teacher_id) VALUES (?, ?)"), {1, 1}},
            {QStringLiteral("INSERT INTO work_log (id, methodist_id, teacher_id, work_kind_id, worked_on, "
                            "duration_minutes, result) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {1, 1, 1, 9, QStringLiteral("2024-10-15"), 90, QStringLiteral("Разобран урок, даны рекомендации")}},
            {QStringLiteral("INSERT INTO work_log (id, methodist_id, teacher_id, work_kind_id, worked_on, "
                            "duration_minutes, result) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {2, 1, 3, 9, QStringLiteral("2024-10-22"), null, QString()}},
            {QStringLiteral("INSERT INTO route_catalogue (id, kind_id, title, deficit_area_id, hours, "
                            "federal_registry, organisation_id, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, 10, QStringLiteral("Цифровые сервисы в работе учителя"), 6, 24, 1, 1, null}},
            {QStringLiteral("INSERT INTO routes (id, teacher_id, academic_year, tutor_id, diagnostic_id) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {1, 1, QStringLiteral("2024/2025"), 1, 1}},
            {QStringLiteral("INSERT INTO route_items (id, route_id, position, kind_id, title, deficit_area_id, hours, "
                            "federal_registry, organisation_id, event_id, catalogue_id, starts_on, ends_on, status, "
                            "tutor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {1, 1, 1, 10, QStringLiteral("Цифровые сервисы в работе учителя"), 6, 24, 1, 1, 1, 1,
              QStringLiteral("2024-10-01"), QStringLiteral("2024-12-20"), QStringLiteral("in_progress"), 1}},
        };
    case 6:
        return {
            {QStringLiteral("INSERT INTO monitoring_values (id, code, academic_year, municipality_id, numerator, "
                            "denominator, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {1, QStringLiteral("low_results_share"), QStringLiteral("2024/2025"), 1, 7, 52,
              QStringLiteral("по данным муниципалитета")}},
        };
    case 7:
        return {
            {QStringLiteral("INSERT INTO dictionary_aliases (id, dictionary, entry_id, alias, search_key) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {1, QStringLiteral("municipalities"), 2, QStringLiteral("Гурьевский р-н"), QStringLiteral("гурьевскийрн")}},
        };
    case 8:
        return {
            {QStringLiteral("UPDATE route_catalogue SET provider = ?, form = ? WHERE id = 1"),
             {QStringLiteral("ЦНППМ"), QStringLiteral("blended")}},
            {QStringLiteral("INSERT INTO route_catalogue_subjects (catalogue_id, subject_id) VALUES (?, ?)"), {1, 1}},
            {QStringLiteral("INSERT OR IGNORE INTO route_catalogue_deficits (catalogue_id, deficit_area_id) "
                            "VALUES (?, ?)"),
             {1, 6}},
            {QStringLiteral("INSERT INTO route_catalogue_levels (catalogue_id, level_id) VALUES (?, ?)"), {1, 2}},
        };
    case 9:
        return {
            entry(11, QStringLiteral("network_kinds"), QStringLiteral("cmn"),
                  QStringLiteral("Центр методического сопровождения (ЦМН)"), 1),
            entry(12, QStringLiteral("qualification_categories"), QStringLiteral("pedagogue_mentor"),
                  QStringLiteral("педагог-наставник"), 3),
            {QStringLiteral("INSERT INTO network_units (id, kind_id, name, municipality_id, organisation_id, "
                            "subject_id, theme, head_name, note, search_key) VALUES (?, (SELECT id FROM "
                            "dictionary_entries WHERE dictionary = 'network_kinds' AND code = 'cmn'), ?, ?, ?, ?, ?, "
                            "?, ?, ?)"),
             {1, QStringLiteral("ЦМН Гурьевского округа"), 1, 1, 1, QStringLiteral("Функциональная грамотность"),
              QStringLiteral("Смирнова О. В."), QString(), key(QStringLiteral("ЦМН Гурьевского округа"))}},
            {QStringLiteral("INSERT INTO network_members (id, unit_id, teacher_id, methodist_id, is_head) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {1, 1, 1, null, 0}},
            {QStringLiteral("INSERT INTO network_members (id, unit_id, teacher_id, methodist_id, is_head) "
                            "VALUES (?, ?, ?, ?, ?)"),
             {2, 1, null, 1, 1}},
            {QStringLiteral("INSERT INTO network_organisations (unit_id, organisation_id) VALUES (?, ?)"), {1, 1}},
            {QStringLiteral("UPDATE organisations SET quantorium = 1, mentoring_model = 1 WHERE id = 1"), {}},
            {QStringLiteral("UPDATE teachers SET category_assigned_on = ?, category_applied_on = ?, "
                            "category_applied_id = (SELECT id FROM dictionary_entries WHERE dictionary = "
                            "'qualification_categories' AND code = 'pedagogue_mentor') WHERE id = 1"),
             {QStringLiteral("2023-05-12"), QStringLiteral("2025-02-01")}},
            {QStringLiteral("UPDATE methodists SET left_on = ?, left_reason = ?, phone = ?, email = ?, rate = ? "
                            "WHERE id = 1"),
             {QStringLiteral("2025-06-30"), QStringLiteral("переход на другую работу"), QStringLiteral("+7 4012 00-00-00"),
              QStringLiteral("metodist@example.ru"), 0.5}},
        };
    default:
        return {};
    }
}

int make(const QDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("schema-%1.sqlite").arg(version));
    QFile::remove(path);
    {
        Database db;
        OpenOptions options;
        options.targetSchemaVersion = version;
        if (const Status opened = db.open(path, options); !opened) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(opened.message()));
            return 1;
        }
        Transaction transaction(db);
        for (int v = 1; v <= version; ++v) {
            for (const Row &row : rowsOf(v)) {
                if (auto done = db.exec(row.first, row.second); !done) {
                    std::fprintf(stderr, "%s: %s\n%s\n", qPrintable(path), qPrintable(done.message()),
                                 qPrintable(row.first));
                    return 1;
                }
            }
        }
        if (const Status committed = transaction.commit(); !committed) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(committed.message()));
            return 1;
        }
        // One file, no WAL beside it, as small as it goes.
        db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        db.exec(QStringLiteral("VACUUM"));
    }
    std::printf("%s: schema %d\n", qPrintable(path), version);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int latest = Database::latestSchemaVersion();
    bool ok = true;
    const int only = args.size() > 2 ? args[2].toInt(&ok) : 0;
    if (args.size() < 2 || args.size() > 3 || !ok || only < 0 || only > latest) {
        std::fprintf(stderr, "usage: metodist-schema-fixtures DIR [VERSION (1..%d)]\n", latest);
        return 2;
    }
    const QDir dir(args[1]);
    if (!dir.exists() && !QDir().mkpath(args[1])) {
        std::fprintf(stderr, "metodist-schema-fixtures: cannot make %s\n", qPrintable(args[1]));
        return 1;
    }
    for (int version = 1; version <= latest; ++version)
        if (only == 0 || only == version)
            if (int failed = make(dir, version))
                return failed;
    return 0;
}
