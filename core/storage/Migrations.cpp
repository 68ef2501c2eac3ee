#include "storage/Migrations.h"

#include "domain/ReferenceData.h"

#include "storage/CatalogueRepository.h"
#include "storage/DictionaryRepository.h"

#include <QPair>
#include <QRegularExpression>

namespace metodist {

namespace {

// Schema 1: the version table, settings and the editable dictionaries.
Migration referenceSchema()
{
    return {1, QStringLiteral("reference data and settings"), {
        QStringLiteral(R"(CREATE TABLE schema_migrations (
            version     INTEGER PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at  TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT))"),
        QStringLiteral(R"(CREATE TABLE municipalities (
            id         INTEGER PRIMARY KEY,
            name       TEXT NOT NULL CHECK (trim(name) <> ''),
            search_key TEXT NOT NULL UNIQUE))"),
        QStringLiteral(R"(CREATE TABLE subjects (
            id         INTEGER PRIMARY KEY,
            code       TEXT UNIQUE,
            name       TEXT NOT NULL CHECK (trim(name) <> ''),
            search_key TEXT NOT NULL UNIQUE))"),
        // Small dictionaries that share one shape. The code is stable and is
        // what the program relies on (e.g. "highest" category); the name is
        // the user's to edit.
        QStringLiteral(R"(CREATE TABLE dictionary_entries (
            id          INTEGER PRIMARY KEY,
            dictionary  TEXT NOT NULL,
            code        TEXT,
            name        TEXT NOT NULL CHECK (trim(name) <> ''),
            description TEXT NOT NULL DEFAULT '',
            position    INTEGER NOT NULL,
            search_key  TEXT NOT NULL,
            UNIQUE (dictionary, code),
            UNIQUE (dictionary, search_key)))"),
        QStringLiteral("CREATE INDEX dictionary_entries_order ON dictionary_entries (dictionary, position)"),
    }};
}

// Schema 2: organisations and teachers, with the trigram index behind
// substring search of names.
Migration peopleSchema()
{
    return {2, QStringLiteral("organisations and teachers with name search"), {
        QStringLiteral(R"(CREATE TABLE organisations (
            id              INTEGER PRIMARY KEY,
            name            TEXT NOT NULL CHECK (trim(name) <> ''),
            municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
            low_results     INTEGER NOT NULL DEFAULT 0 CHECK (low_results IN (0, 1)),
            growth_point    INTEGER NOT NULL DEFAULT 0 CHECK (growth_point IN (0, 1)),
            internship_site INTEGER NOT NULL DEFAULT 0 CHECK (internship_site IN (0, 1)),
            search_key      TEXT NOT NULL,
            UNIQUE (municipality_id, search_key)))"),
        QStringLiteral(R"(CREATE TABLE teachers (
            id                        INTEGER PRIMARY KEY,
            last_name                 TEXT NOT NULL CHECK (trim(last_name) <> ''),
            first_name                TEXT NOT NULL CHECK (trim(first_name) <> ''),
            middle_name               TEXT NOT NULL DEFAULT '',
            snils                     TEXT UNIQUE CHECK (snils IS NULL OR length(snils) = 11),
            organisation_id           INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
            position                  TEXT NOT NULL DEFAULT '',
            subject_id                INTEGER REFERENCES subjects (id) ON DELETE RESTRICT,
            experience_years          INTEGER CHECK (experience_years IS NULL OR experience_years >= 0),
            qualification_category_id INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            competence_level_id       INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            search_key                TEXT NOT NULL,
            created_at                TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            updated_at                TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP))"),
        QStringLiteral("CREATE INDEX teachers_by_key ON teachers (search_key, id)"),
        QStringLiteral("CREATE INDEX teachers_by_organisation ON teachers (organisation_id)"),
        QStringLiteral("CREATE INDEX teachers_by_subject ON teachers (subject_id)"),
        QStringLiteral("CREATE INDEX organisations_by_municipality ON organisations (municipality_id)"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE teachers_search USING fts5 (
            search_key, content = 'teachers', content_rowid = 'id', tokenize = 'trigram'))"),
        QStringLiteral(R"(CREATE TRIGGER teachers_search_insert AFTER INSERT ON teachers BEGIN
            INSERT INTO teachers_search (rowid, search_key) VALUES (new.id, new.search_key);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER teachers_search_delete AFTER DELETE ON teachers BEGIN
            INSERT INTO teachers_search (teachers_search, rowid, search_key)
                VALUES ('delete', old.id, old.search_key);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER teachers_search_update AFTER UPDATE OF search_key ON teachers BEGIN
            INSERT INTO teachers_search (teachers_search, rowid, search_key)
                VALUES ('delete', old.id, old.search_key);
            INSERT INTO teachers_search (rowid, search_key) VALUES (new.id, new.search_key);
            END)"),
    }};
}

// Schema 3: the regional methodists, teachers' support categories,
// professional development and diagnostics.
Migration registrySchema()
{
    return {3, QStringLiteral("methodists, support categories, professional development, diagnostics"), {
        QStringLiteral(R"(CREATE TABLE methodists (
            id                        INTEGER PRIMARY KEY,
            last_name                 TEXT NOT NULL CHECK (trim(last_name) <> ''),
            first_name                TEXT NOT NULL CHECK (trim(first_name) <> ''),
            middle_name               TEXT NOT NULL DEFAULT '',
            snils                     TEXT UNIQUE CHECK (snils IS NULL OR length(snils) = 11),
            municipality_id           INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE RESTRICT,
            organisation_id           INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
            position                  TEXT NOT NULL DEFAULT '',
            subject_id                INTEGER NOT NULL REFERENCES subjects (id) ON DELETE RESTRICT,
            employment_form_id        INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            qualification_category_id INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            education_level_id        INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            experience_years          INTEGER CHECK (experience_years IS NULL OR experience_years >= 0),
            capacity                  INTEGER NOT NULL DEFAULT 60 CHECK (capacity > 0),
            federal_pk                INTEGER NOT NULL DEFAULT 0 CHECK (federal_pk IN (0, 1)),
            active                    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            joined_on                 TEXT,
            search_key                TEXT NOT NULL,
            created_at                TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            updated_at                TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP))"),
        QStringLiteral("CREATE INDEX methodists_by_key ON methodists (search_key, id)"),
        QStringLiteral("CREATE INDEX methodists_by_subject ON methodists (subject_id, municipality_id)"),
        QStringLiteral("CREATE INDEX methodists_by_municipality ON methodists (municipality_id)"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE methodists_search USING fts5 (
            search_key, content = 'methodists', content_rowid = 'id', tokenize = 'trigram'))"),
        QStringLiteral(R"(CREATE TRIGGER methodists_search_insert AFTER INSERT ON methodists BEGIN
            INSERT INTO methodists_search (rowid, search_key) VALUES (new.id, new.search_key);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER methodists_search_delete AFTER DELETE ON methodists BEGIN
            INSERT INTO methodists_search (methodists_search, rowid, search_key)
                VALUES ('delete', old.id, old.search_key);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER methodists_search_update AFTER UPDATE OF search_key ON methodists BEGIN
            INSERT INTO methodists_search (methodists_search, rowid, search_key)
                VALUES ('delete', old.id, old.search_key);
            INSERT INTO methodists_search (rowid, search_key) VALUES (new.id, new.search_key);
            END)"),
        QStringLiteral(R"(CREATE TABLE teacher_support_categories (
            teacher_id  INTEGER NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
            category_id INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            PRIMARY KEY (teacher_id, category_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX teacher_support_categories_by_category ON teacher_support_categories (category_id)"),
        // The other sort orders of the registry tables (keyset paging needs an index each).
        QStringLiteral("CREATE INDEX teachers_by_snils_order ON teachers (coalesce(snils, ''), id)"),
        QStringLiteral("CREATE INDEX teachers_by_experience ON teachers (coalesce(experience_years, -1), id)"),
        QStringLiteral("CREATE INDEX methodists_by_snils_order ON methodists (coalesce(snils, ''), id)"),
        QStringLiteral("CREATE INDEX methodists_by_experience ON methodists (coalesce(experience_years, -1), id)"),
        QStringLiteral(R"(CREATE TABLE professional_development (
            id              INTEGER PRIMARY KEY,
            teacher_id      INTEGER REFERENCES teachers (id) ON DELETE CASCADE,
            methodist_id    INTEGER REFERENCES methodists (id) ON DELETE CASCADE,
            program         TEXT NOT NULL CHECK (trim(program) <> ''),
            hours           INTEGER CHECK (hours IS NULL OR hours > 0),
            federal_registry INTEGER NOT NULL DEFAULT 0 CHECK (federal_registry IN (0, 1)),
            completed_on    TEXT,
            CHECK ((teacher_id IS NULL) <> (methodist_id IS NULL))))"),
        QStringLiteral("CREATE INDEX professional_development_by_teacher ON professional_development (teacher_id)"),
        QStringLiteral("CREATE INDEX professional_development_by_methodist ON professional_development (methodist_id)"),
        QStringLiteral(R"(CREATE TABLE diagnostics (
            id                  INTEGER PRIMARY KEY,
            teacher_id          INTEGER NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
            diagnosed_on        TEXT NOT NULL,
            competence_level_id INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            notes               TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX diagnostics_by_teacher ON diagnostics (teacher_id, diagnosed_on)"),
        QStringLiteral(R"(CREATE TABLE diagnostic_deficits (
            diagnostic_id   INTEGER NOT NULL REFERENCES diagnostics (id) ON DELETE CASCADE,
            deficit_area_id INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            description     TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (diagnostic_id, deficit_area_id)) WITHOUT ROWID)"),
    }};
}


// Schema 4: assignments of teachers to methodists by academic year, the
// planning runs that made them and the orders (приказы) that enact them.
Migration assignmentSchema()
{
    return {4, QStringLiteral("assignments, planning runs and orders"), {
        QStringLiteral(R"(CREATE TABLE orders (
            id                 INTEGER PRIMARY KEY,
            number             TEXT NOT NULL CHECK (trim(number) <> ''),
            issued_on          TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            academic_year      TEXT NOT NULL,
            title              TEXT NOT NULL,
            preamble           TEXT NOT NULL DEFAULT '',
            items              TEXT NOT NULL DEFAULT '',
            signatory_position TEXT NOT NULL DEFAULT '',
            signatory_name     TEXT NOT NULL DEFAULT '',
            created_at         TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP))"),
        // Offices restart the numbering every calendar year.
        QStringLiteral("CREATE UNIQUE INDEX orders_number_per_year ON orders (number, substr(issued_on, 1, 4))"),
        QStringLiteral(R"(CREATE TABLE planning_runs (
            id            INTEGER PRIMARY KEY,
            academic_year TEXT NOT NULL,
            assigned      INTEGER NOT NULL,
            unassigned    INTEGER NOT NULL,
            created_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP))"),
        QStringLiteral(R"(CREATE TABLE assignments (
            id                  INTEGER PRIMARY KEY,
            teacher_id          INTEGER NOT NULL REFERENCES teachers (id) ON DELETE RESTRICT,
            methodist_id        INTEGER NOT NULL REFERENCES methodists (id) ON DELETE RESTRICT,
            academic_year       TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'),
            support_category_id INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            started_on          TEXT NOT NULL,
            ended_on            TEXT,
            end_reason          TEXT NOT NULL DEFAULT '',
            order_id            INTEGER REFERENCES orders (id) ON DELETE SET NULL,
            planning_run_id     INTEGER REFERENCES planning_runs (id) ON DELETE SET NULL,
            override_reason     TEXT NOT NULL DEFAULT '',
            created_at          TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            CHECK (ended_on IS NULL OR ended_on >= started_on)))"),
        // At most one active assignment per teacher per year.
        QStringLiteral("CREATE UNIQUE INDEX assignments_one_active ON assignments (teacher_id, academic_year) "
                       "WHERE ended_on IS NULL"),
        QStringLiteral("CREATE INDEX assignments_by_teacher ON assignments (teacher_id, started_on)"),
        QStringLiteral("CREATE INDEX assignments_by_methodist ON assignments (methodist_id, academic_year)"),
        QStringLiteral("CREATE INDEX assignments_by_order ON assignments (order_id)"),
        QStringLiteral("CREATE INDEX assignments_by_run ON assignments (planning_run_id)"),
    }};
}

// Schema 5: methodical support itself — the events calendar, roadmaps with
// their seven stages and activities, the work log, the catalogue of route
// items and the teachers' individual routes (ИОМ).
Migration supportSchema()
{
    return {5, QStringLiteral("events, roadmaps, work log, route catalogue and routes"), {
        QStringLiteral(R"(CREATE TABLE events (
            id             INTEGER PRIMARY KEY,
            title          TEXT NOT NULL CHECK (trim(title) <> ''),
            starts_on      TEXT NOT NULL,
            ends_on        TEXT,
            level_id       INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            model_stage_id INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            organiser      TEXT NOT NULL DEFAULT '',
            participants   TEXT NOT NULL DEFAULT '',
            description    TEXT NOT NULL DEFAULT '',
            CHECK (ends_on IS NULL OR ends_on >= starts_on)))"),
        QStringLiteral("CREATE INDEX events_by_date ON events (starts_on, id)"),
        QStringLiteral(R"(CREATE TABLE roadmaps (
            id              INTEGER PRIMARY KEY,
            methodist_id    INTEGER NOT NULL REFERENCES methodists (id) ON DELETE CASCADE,
            academic_year   TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'),
            conclusion      TEXT CHECK (conclusion IS NULL OR conclusion IN ('success', 'partial', 'failure')),
            next_year_plans TEXT NOT NULL DEFAULT '',
            created_at      TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            UNIQUE (methodist_id, academic_year)))"),
        QStringLiteral("CREATE INDEX roadmaps_by_year ON roadmaps (academic_year)"),
        QStringLiteral(R"(CREATE TABLE roadmap_stages (
            id            INTEGER PRIMARY KEY,
            roadmap_id    INTEGER NOT NULL REFERENCES roadmaps (id) ON DELETE CASCADE,
            number        INTEGER NOT NULL CHECK (number BETWEEN 1 AND 7),
            planned_start TEXT,
            planned_end   TEXT,
            actual_start  TEXT,
            actual_end    TEXT,
            status        TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'closed')),
            close_reason  TEXT NOT NULL DEFAULT '',
            UNIQUE (roadmap_id, number),
            CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)))"),
        QStringLiteral(R"(CREATE TABLE roadmap_activities (
            id              INTEGER PRIMARY KEY,
            stage_id        INTEGER NOT NULL REFERENCES roadmap_stages (id) ON DELETE CASCADE,
            position        INTEGER NOT NULL,
            title           TEXT NOT NULL CHECK (trim(title) <> ''),
            starts_on       TEXT,
            due_on          TEXT,
            responsible     TEXT NOT NULL DEFAULT '',
            document_kind   TEXT NOT NULL DEFAULT '',
            expected_result TEXT NOT NULL DEFAULT '',
            done            INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
            done_on         TEXT,
            event_id        INTEGER REFERENCES events (id) ON DELETE SET NULL,
            CHECK (due_on IS NULL OR starts_on IS NULL OR due_on >= starts_on)))"),
        QStringLiteral("CREATE INDEX roadmap_activities_by_stage ON roadmap_activities (stage_id, position)"),
        QStringLiteral("CREATE INDEX roadmap_activities_by_event ON roadmap_activities (event_id)"),
        QStringLiteral(R"(CREATE TABLE roadmap_activity_teachers (
            activity_id INTEGER NOT NULL REFERENCES roadmap_activities (id) ON DELETE CASCADE,
            teacher_id  INTEGER NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
            PRIMARY KEY (activity_id, teacher_id)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX roadmap_activity_teachers_by_teacher ON roadmap_activity_teachers (teacher_id)"),
        QStringLiteral(R"(CREATE TABLE work_log (
            id               INTEGER PRIMARY KEY,
            methodist_id     INTEGER NOT NULL REFERENCES methodists (id) ON DELETE CASCADE,
            teacher_id       INTEGER NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
            work_kind_id     INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            worked_on        TEXT NOT NULL CHECK (worked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
            result           TEXT NOT NULL DEFAULT '',
            created_at       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP))"),
        QStringLiteral("CREATE INDEX work_log_by_methodist ON work_log (methodist_id, worked_on)"),
        QStringLiteral("CREATE INDEX work_log_by_teacher ON work_log (teacher_id, worked_on)"),
        QStringLiteral("CREATE INDEX work_log_by_date ON work_log (worked_on)"),
        QStringLiteral(R"(CREATE TABLE route_catalogue (
            id               INTEGER PRIMARY KEY,
            kind_id          INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            title            TEXT NOT NULL CHECK (trim(title) <> ''),
            deficit_area_id  INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            hours            INTEGER CHECK (hours IS NULL OR hours > 0),
            federal_registry INTEGER NOT NULL DEFAULT 0 CHECK (federal_registry IN (0, 1)),
            organisation_id  INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
            event_id         INTEGER REFERENCES events (id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX route_catalogue_by_area ON route_catalogue (deficit_area_id)"),
        // The tutor of the route is the teacher's methodist when it was made;
        // each item may have another.
        QStringLiteral(R"(CREATE TABLE routes (
            id            INTEGER PRIMARY KEY,
            teacher_id    INTEGER NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
            academic_year TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'),
            tutor_id      INTEGER REFERENCES methodists (id) ON DELETE SET NULL,
            diagnostic_id INTEGER REFERENCES diagnostics (id) ON DELETE SET NULL,
            created_at    TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            UNIQUE (teacher_id, academic_year)))"),
        QStringLiteral("CREATE INDEX routes_by_year ON routes (academic_year, tutor_id)"),
        QStringLiteral("CREATE INDEX routes_by_tutor ON routes (tutor_id)"),
        QStringLiteral(R"(CREATE TABLE route_items (
            id               INTEGER PRIMARY KEY,
            route_id         INTEGER NOT NULL REFERENCES routes (id) ON DELETE CASCADE,
            position         INTEGER NOT NULL,
            kind_id          INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            title            TEXT NOT NULL CHECK (trim(title) <> ''),
            deficit_area_id  INTEGER REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            hours            INTEGER CHECK (hours IS NULL OR hours > 0),
            federal_registry INTEGER NOT NULL DEFAULT 0 CHECK (federal_registry IN (0, 1)),
            organisation_id  INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
            event_id         INTEGER REFERENCES events (id) ON DELETE SET NULL,
            catalogue_id     INTEGER REFERENCES route_catalogue (id) ON DELETE SET NULL,
            starts_on        TEXT,
            ends_on          TEXT,
            status           TEXT NOT NULL DEFAULT 'planned'
                             CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
            tutor_id         INTEGER REFERENCES methodists (id) ON DELETE SET NULL,
            CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)))"),
        QStringLiteral("CREATE INDEX route_items_by_route ON route_items (route_id, position)"),
        QStringLiteral("CREATE INDEX route_items_by_event ON route_items (event_id)"),
        QStringLiteral("CREATE INDEX route_items_by_tutor ON route_items (tutor_id)"),
    }};
}

// Schema 6: monitoring figures entered by hand per municipality and year,
// and covering indexes for the scans of the monitoring report (each lets a
// scan over hundreds of thousands of rows read the index alone).
Migration monitoringSchema()
{
    return {6, QStringLiteral("monitoring values entered by hand"), {
        QStringLiteral(R"(CREATE TABLE monitoring_values (
            id              INTEGER PRIMARY KEY,
            code            TEXT NOT NULL,
            academic_year   TEXT NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'),
            municipality_id INTEGER NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
            numerator       INTEGER NOT NULL CHECK (numerator >= 0),
            denominator     INTEGER NOT NULL CHECK (denominator > 0 AND denominator >= numerator),
            note            TEXT NOT NULL DEFAULT '',
            entered_at      TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            UNIQUE (academic_year, code, municipality_id)))"),
        QStringLiteral("CREATE INDEX professional_development_by_completion "
                       "ON professional_development (federal_registry, completed_on, teacher_id)"),
        QStringLiteral("CREATE INDEX route_items_by_route_status ON route_items (route_id, status, kind_id)"),
        QStringLiteral("CREATE INDEX roadmap_activities_by_stage_done ON roadmap_activities (stage_id, done)"),
        QStringLiteral("DROP INDEX work_log_by_date"),
        QStringLiteral("CREATE INDEX work_log_by_date ON work_log (worked_on, teacher_id)"),
    }};
}

// Schema 7: the texts offices write for dictionary entries («ВКК» for the
// highest category, «Гурьевский р-н»), which imports match after names and
// codes. An alias means one entry of one dictionary; municipalities and
// subjects have tables of their own, so the entry is named by dictionary and
// id, and removing an entry removes its aliases (DictionaryWriter::remove).
// A database made before gets the shipped aliases of the entries it has.
Migration aliasesSchema()
{
    Migration migration{7, QStringLiteral("dictionary aliases"), {
        QStringLiteral(R"(CREATE TABLE dictionary_aliases (
            id         INTEGER PRIMARY KEY,
            dictionary TEXT NOT NULL,
            entry_id   INTEGER NOT NULL,
            alias      TEXT NOT NULL CHECK (trim(alias) <> ''),
            search_key TEXT NOT NULL CHECK (search_key <> ''),
            UNIQUE (dictionary, search_key)))"),
        QStringLiteral("CREATE INDEX dictionary_aliases_by_entry ON dictionary_aliases (dictionary, entry_id)"),
    }};
    migration.data = [](Database &db) -> Status {
        auto added = DictionaryWriter(db).ensureShippedAliases();
        return added ? Status::success() : added.status();
    };
    return migration;
}

// Schema 8: the catalogue of programmes and activities for routes as the
// models keep it (the «единая база ДПП ПК»): provider, form, and the subjects,
// deficit areas and competence levels an entry suits (none listed: any). The
// one deficit area of schema 5 becomes the first of the entry's areas.
Migration catalogueSchema()
{
    Migration migration{8, QStringLiteral("the programme catalogue in full"), {
        QStringLiteral("ALTER TABLE route_catalogue ADD COLUMN provider TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE route_catalogue ADD COLUMN form TEXT NOT NULL DEFAULT '' "
                       "CHECK (form IN ('', 'in_person', 'distance', 'blended'))"),
        QStringLiteral("ALTER TABLE route_catalogue ADD COLUMN search_key TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX route_catalogue_by_key ON route_catalogue (search_key)"),
        QStringLiteral(R"(CREATE TABLE route_catalogue_subjects (
            catalogue_id INTEGER NOT NULL REFERENCES route_catalogue (id) ON DELETE CASCADE,
            subject_id   INTEGER NOT NULL REFERENCES subjects (id) ON DELETE CASCADE,
            PRIMARY KEY (catalogue_id, subject_id)))"),
        QStringLiteral("CREATE INDEX route_catalogue_subjects_by_subject ON route_catalogue_subjects (subject_id)"),
        QStringLiteral(R"(CREATE TABLE route_catalogue_deficits (
            catalogue_id    INTEGER NOT NULL REFERENCES route_catalogue (id) ON DELETE CASCADE,
            deficit_area_id INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE CASCADE,
            PRIMARY KEY (catalogue_id, deficit_area_id)))"),
        QStringLiteral("CREATE INDEX route_catalogue_deficits_by_area ON route_catalogue_deficits (deficit_area_id)"),
        QStringLiteral(R"(CREATE TABLE route_catalogue_levels (
            catalogue_id INTEGER NOT NULL REFERENCES route_catalogue (id) ON DELETE CASCADE,
            level_id     INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE CASCADE,
            PRIMARY KEY (catalogue_id, level_id)))"),
        QStringLiteral("INSERT INTO route_catalogue_deficits (catalogue_id, deficit_area_id) "
                       "SELECT id, deficit_area_id FROM route_catalogue WHERE deficit_area_id IS NOT NULL"),
    }};
    migration.data = [](Database &db) -> Status { return CatalogueWriter(db).rekey(); };
    return migration;
}

// Schema 9: the support network of the regional models (municipal methodical
// services and offices, consultation points, professional communities and
// methodical associations, centres of methodical support, internship sites,
// the faculty of pedagogical professions) with members and the schools a unit
// covers; the national-project and mentoring flags of schools; qualification
// categories since 2023 with the dates a category was given or applied for;
// and the РМА kept current (date left and why, contacts, rate).
Migration networkSchema()
{
    Migration migration{9, QStringLiteral("support network, categories since 2023, the РМА kept current"), {
        QStringLiteral(R"(CREATE TABLE network_units (
            id              INTEGER PRIMARY KEY,
            kind_id         INTEGER NOT NULL REFERENCES dictionary_entries (id) ON DELETE RESTRICT,
            name            TEXT NOT NULL CHECK (trim(name) <> ''),
            municipality_id INTEGER REFERENCES municipalities (id) ON DELETE RESTRICT,
            organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
            subject_id      INTEGER REFERENCES subjects (id) ON DELETE SET NULL,
            theme           TEXT NOT NULL DEFAULT '',
            head_name       TEXT NOT NULL DEFAULT '',
            note            TEXT NOT NULL DEFAULT '',
            search_key      TEXT NOT NULL,
            UNIQUE (kind_id, municipality_id, search_key)))"),
        QStringLiteral("CREATE INDEX network_units_by_municipality ON network_units (municipality_id)"),
        QStringLiteral("CREATE INDEX network_units_by_organisation ON network_units (organisation_id)"),
        QStringLiteral(R"(CREATE TABLE network_members (
            id           INTEGER PRIMARY KEY,
            unit_id      INTEGER NOT NULL REFERENCES network_units (id) ON DELETE CASCADE,
            teacher_id   INTEGER REFERENCES teachers (id) ON DELETE CASCADE,
            methodist_id INTEGER REFERENCES methodists (id) ON DELETE CASCADE,
            is_head      INTEGER NOT NULL DEFAULT 0 CHECK (is_head IN (0, 1)),
            CHECK ((teacher_id IS NULL) <> (methodist_id IS NULL)),
            UNIQUE (unit_id, teacher_id, methodist_id)))"),
        QStringLiteral("CREATE INDEX network_members_by_teacher ON network_members (teacher_id)"),
        QStringLiteral("CREATE INDEX network_members_by_methodist ON network_members (methodist_id)"),
        QStringLiteral(R"(CREATE TABLE network_organisations (
            unit_id         INTEGER NOT NULL REFERENCES network_units (id) ON DELETE CASCADE,
            organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
            PRIMARY KEY (unit_id, organisation_id)))"),
        QStringLiteral("CREATE INDEX network_organisations_by_organisation ON network_organisations (organisation_id)"),
        QStringLiteral("ALTER TABLE organisations ADD COLUMN quantorium INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (quantorium IN (0, 1))"),
        QStringLiteral("ALTER TABLE organisations ADD COLUMN it_cube INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (it_cube IN (0, 1))"),
        QStringLiteral("ALTER TABLE organisations ADD COLUMN mentoring_model INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (mentoring_model IN (0, 1))"),
        QStringLiteral("ALTER TABLE teachers ADD COLUMN category_assigned_on TEXT"),
        QStringLiteral("ALTER TABLE teachers ADD COLUMN category_applied_id INTEGER "
                       "REFERENCES dictionary_entries (id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE teachers ADD COLUMN category_applied_on TEXT"),
        QStringLiteral("ALTER TABLE methodists ADD COLUMN category_assigned_on TEXT"),
        QStringLiteral("ALTER TABLE methodists ADD COLUMN left_on TEXT"),
        QStringLiteral("ALTER TABLE methodists ADD COLUMN left_reason TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE methodists ADD COLUMN phone TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE methodists ADD COLUMN email TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE methodists ADD COLUMN rate REAL CHECK (rate IS NULL OR (rate > 0 AND rate <= 2))"),
    }};
    // The new qualification categories and the kinds of the network, for
    // files set up before them (a file not set up yet gets every dictionary
    // from the set-up).
    migration.data = [](Database &db) -> Status {
        auto setUp = db.exec(QStringLiteral("SELECT 1 FROM dictionary_entries WHERE dictionary = "
                                            "'qualification_categories' LIMIT 1"));
        if (!setUp)
            return setUp.status();
        if (!setUp.value().next())
            return Status::success();
        auto shipped = ReferenceData::shippedDictionaries();
        if (!shipped)
            return shipped.status();
        DictionaryWriter dictionaries(db);
        for (const QString &name : {QStringLiteral("qualification_categories"), QStringLiteral("network_kinds")})
            for (const ReferenceItem &item : shipped.value().value(name))
                if (auto added = dictionaries.ensure(name, item); !added)
                    return added.status();
        return Status::success();
    };
    return migration;
}

// The monitoring report asks who was given the first category and who
// applied for the mentor's in the period: without these (covering, partial)
// indexes each question read the whole teachers table, 120–170 ms at a
// million teachers; with them it reads the period's entries alone.
Migration categoryDatesSchema()
{
    return {10, QStringLiteral("indexes of the dates a category was given or applied for"), {
        QStringLiteral("CREATE INDEX teachers_by_category_given ON teachers (category_assigned_on, "
                       "qualification_category_id) WHERE category_assigned_on IS NOT NULL"),
        QStringLiteral("CREATE INDEX teachers_by_category_applied ON teachers (category_applied_on, "
                       "category_applied_id) WHERE category_applied_on IS NOT NULL"),
    }};
}

// Schema 11, on a shared server only: who changed what and when. A row
// trigger writes each inserted, changed or deleted row of the registries,
// assignments, orders, roadmaps and the support work into audit_log, as the
// server knows them (session_user: the role that connected, whatever the
// program claims); a statement trigger tells the other connections that the
// table changed (NOTIFY metodist_changes, the table's name as payload), which
// ChangeWatch turns into changed(). A bulk writer (an import, a plan of a
// million assignments) sets metodist.bulk in its transaction: the triggers
// stay quiet and the writer records one summary row through
// metodist_audit_bulk(). Both functions run as the schema's owner, so that an
// office's roles can be given no right to write audit_log themselves.
// A SQLite file is one person's: it keeps no audit and needs no
// notification, and its writes stay as fast as they were.
Migration auditSchema()
{
    // The record a row belongs to: its id, or for a table of pairs the
    // column that names the owner (a teacher's support categories belong to
    // the teacher).
    const QList<QPair<QString, QString>> audited{
        {QStringLiteral("municipalities"), QStringLiteral("id")},
        {QStringLiteral("subjects"), QStringLiteral("id")},
        {QStringLiteral("dictionary_entries"), QStringLiteral("id")},
        {QStringLiteral("dictionary_aliases"), QStringLiteral("id")},
        {QStringLiteral("organisations"), QStringLiteral("id")},
        {QStringLiteral("teachers"), QStringLiteral("id")},
        {QStringLiteral("methodists"), QStringLiteral("id")},
        {QStringLiteral("teacher_support_categories"), QStringLiteral("teacher_id")},
        {QStringLiteral("professional_development"), QStringLiteral("id")},
        {QStringLiteral("diagnostics"), QStringLiteral("id")},
        {QStringLiteral("diagnostic_deficits"), QStringLiteral("diagnostic_id")},
        {QStringLiteral("orders"), QStringLiteral("id")},
        {QStringLiteral("planning_runs"), QStringLiteral("id")},
        {QStringLiteral("assignments"), QStringLiteral("id")},
        {QStringLiteral("events"), QStringLiteral("id")},
        {QStringLiteral("roadmaps"), QStringLiteral("id")},
        {QStringLiteral("roadmap_stages"), QStringLiteral("id")},
        {QStringLiteral("roadmap_activities"), QStringLiteral("id")},
        {QStringLiteral("roadmap_activity_teachers"), QStringLiteral("activity_id")},
        {QStringLiteral("work_log"), QStringLiteral("id")},
        {QStringLiteral("route_catalogue"), QStringLiteral("id")},
        {QStringLiteral("routes"), QStringLiteral("id")},
        {QStringLiteral("route_items"), QStringLiteral("id")},
        {QStringLiteral("monitoring_values"), QStringLiteral("id")},
        {QStringLiteral("network_units"), QStringLiteral("id")},
        {QStringLiteral("network_members"), QStringLiteral("id")},
        {QStringLiteral("network_organisations"), QStringLiteral("unit_id")},
    };
    // Shown in the window but not worth a history of their own.
    const QStringList notifiedOnly{QStringLiteral("settings"), QStringLiteral("route_catalogue_subjects"),
                                   QStringLiteral("route_catalogue_deficits"), QStringLiteral("route_catalogue_levels")};
    // The trigger's WHEN costs no call of PL/pgSQL: a bulk write pays one
    // look at a setting per row, not a function. Measured on PostgreSQL 15,
    // 500 000 rows in one INSERT: 2.13 s without triggers, 2.17 s with them
    // quiet; audited row by row, 50 000 rows took 2.18 s.
    const QString quiet = QStringLiteral("coalesce(current_setting('metodist.bulk', true), '') <> 'on'");

    QStringList server{
        QStringLiteral(R"(CREATE TABLE audit_log (
            id         BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            at         TIMESTAMPTZ NOT NULL DEFAULT now(),
            actor      TEXT NOT NULL DEFAULT session_user,
            table_name TEXT NOT NULL,
            record_id  BIGINT,
            action     CHAR(1) NOT NULL CHECK (action IN ('I', 'U', 'D')),
            old_values JSONB,
            new_values JSONB,
            row_count  BIGINT NOT NULL DEFAULT 1 CHECK (row_count >= 0)))"),
        QStringLiteral("CREATE INDEX audit_log_by_record ON audit_log (table_name, record_id, id)"),
        // The rows about a person kept in other tables (assignments, courses,
        // diagnostics, memberships) are found by the person they name.
        QStringLiteral("CREATE INDEX audit_log_by_teacher ON audit_log "
                       "(((coalesce(new_values, old_values) ->> 'teacher_id')::bigint), id) "
                       "WHERE (coalesce(new_values, old_values) ->> 'teacher_id') IS NOT NULL"),
        QStringLiteral("CREATE INDEX audit_log_by_methodist ON audit_log "
                       "(((coalesce(new_values, old_values) ->> 'methodist_id')::bigint), id) "
                       "WHERE (coalesce(new_values, old_values) ->> 'methodist_id') IS NOT NULL"),
        // On UPDATE: nothing when only the bookkeeping columns moved; the old
        // values of the changed columns alone, the new row whole (what the
        // row is, and whose).
        QStringLiteral(R"(CREATE FUNCTION metodist_audit_row() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $audit$
            DECLARE
                key_column text := coalesce(TG_ARGV[0], 'id');
                old_row jsonb;
                new_row jsonb;
                changed jsonb;
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    new_row := to_jsonb(NEW) - 'search_key';
                    INSERT INTO audit_log (table_name, record_id, action, new_values)
                        VALUES (TG_TABLE_NAME, (new_row ->> key_column)::bigint, 'I', new_row);
                ELSIF TG_OP = 'UPDATE' THEN
                    old_row := to_jsonb(OLD) - 'search_key';
                    new_row := to_jsonb(NEW) - 'search_key';
                    SELECT jsonb_object_agg(o.key, o.value) INTO changed
                        FROM jsonb_each(old_row) AS o
                        WHERE o.key <> 'updated_at'
                          AND (new_row -> o.key) IS DISTINCT FROM o.value;
                    IF changed IS NOT NULL THEN
                        INSERT INTO audit_log (table_name, record_id, action, old_values, new_values)
                            VALUES (TG_TABLE_NAME, (new_row ->> key_column)::bigint, 'U', changed, new_row);
                    END IF;
                ELSE
                    old_row := to_jsonb(OLD) - 'search_key';
                    INSERT INTO audit_log (table_name, record_id, action, old_values)
                        VALUES (TG_TABLE_NAME, (old_row ->> key_column)::bigint, 'D', old_row);
                END IF;
                RETURN NULL;
            END
            $audit$)"),
        QStringLiteral(R"(CREATE FUNCTION metodist_notify_change() RETURNS trigger
            LANGUAGE plpgsql AS $notify$
            BEGIN
                PERFORM pg_notify('metodist_changes', TG_TABLE_NAME);
                RETURN NULL;
            END
            $notify$)"),
        // One row for a bulk write: how many rows of which table it wrote.
        QStringLiteral(R"(CREATE FUNCTION metodist_audit_bulk(audited_table text, audited_action text, affected bigint)
            RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $bulk$
            BEGIN
                INSERT INTO audit_log (table_name, action, new_values, row_count)
                    VALUES (audited_table, audited_action, jsonb_build_object('bulk', true), affected);
                PERFORM pg_notify('metodist_changes', audited_table);
            END
            $bulk$)"),
    };
    for (const auto &[table, key] : audited)
        server << QStringLiteral("CREATE TRIGGER %1_audit AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                                 "WHEN (%3) EXECUTE FUNCTION metodist_audit_row('%2')")
                      .arg(table, key, quiet);
    for (const auto &[table, key] : audited)
        server << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH STATEMENT "
                                 "WHEN (%2) EXECUTE FUNCTION metodist_notify_change()")
                      .arg(table, quiet);
    for (const QString &table : notifiedOnly)
        server << QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH STATEMENT "
                                 "WHEN (%2) EXECUTE FUNCTION metodist_notify_change()")
                      .arg(table, quiet);
    return {11, QStringLiteral("the audit of changes and notifications on a shared server"), {},
            {{Dialect::PostgreSQL, server}}};
}

// Schema 12: who may do what in a shared registry on a server (a file is one
// person's and has no roles). Four group roles, shared by the server's
// Metodist databases: administrator (everything, users and roles),
// coordinator (registries, assignment, orders, monitoring), methodist (their
// own teachers; their own roadmap, work log and their teachers' routes and
// diagnostics), viewer (reads). The server enforces them — GRANTs per table
// and row-level security — so a modified client gets no further. Which
// methodist a login is lives in staff_accounts; the grants are given again
// after every upgrade (metodist_grant_access(), called by the dialect's
// markAsOurs()), so a table a later step adds is covered too.
Migration serverRolesSchema()
{
    // The rows of a teacher's methodist: active assignments to them.
    const QString ownTeachers = QStringLiteral(
        "(SELECT a.teacher_id FROM assignments a WHERE a.methodist_id = metodist_own_methodist() "
        "AND a.ended_on IS NULL)");
    Migration migration{12, QStringLiteral("roles of a shared registry on a server"), {}};
    migration.variants[Dialect::PostgreSQL] = {
        QStringLiteral(R"(DO $$
            DECLARE
                r text;
            BEGIN
                FOREACH r IN ARRAY ARRAY['metodist_administrator', 'metodist_coordinator',
                                         'metodist_methodist', 'metodist_viewer'] LOOP
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
                        BEGIN
                            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
                        EXCEPTION WHEN duplicate_object OR unique_violation THEN
                            NULL; -- another database's upgrade made it meanwhile
                        END;
                    END IF;
                END LOOP;
            END $$)"),
        QStringLiteral(R"(CREATE TABLE staff_accounts (
            login        TEXT PRIMARY KEY CHECK (login ~ '^[a-z_][a-z0-9_]{0,62}$'),
            methodist_id INTEGER UNIQUE REFERENCES methodists (id) ON DELETE SET NULL))"),
        QStringLiteral(R"(CREATE FUNCTION metodist_own_methodist() RETURNS integer LANGUAGE sql STABLE AS $$
            SELECT methodist_id FROM staff_accounts WHERE login = current_user $$)"),
        QStringLiteral(R"(CREATE FUNCTION metodist_grant_access() RETURNS void LANGUAGE plpgsql AS $$
            DECLARE
                t text;
                methodist_writes text[] := ARRAY['diagnostics', 'diagnostic_deficits', 'roadmaps',
                    'roadmap_stages', 'roadmap_activities', 'roadmap_activity_teachers', 'work_log',
                    'routes', 'route_items'];
            BEGIN
                FOR t IN SELECT c.relname FROM pg_class c
                         WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p') LOOP
                    EXECUTE format('GRANT ALL ON %I TO metodist_administrator', t);
                    EXECUTE format('GRANT SELECT ON %I TO metodist_coordinator, metodist_viewer', t);
                    IF t <> 'audit_log' THEN
                        EXECUTE format('GRANT SELECT ON %I TO metodist_methodist', t);
                    END IF;
                    IF t NOT IN ('staff_accounts', 'audit_log', 'schema_migrations') THEN
                        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO metodist_coordinator', t);
                    END IF;
                    IF t = ANY (methodist_writes) THEN
                        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO metodist_methodist', t);
                    END IF;
                END LOOP;
                EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO metodist_administrator, '
                               'metodist_coordinator, metodist_methodist', current_schema());
            END $$)"),
        // Everyone who may see every row of a personal table, on every one.
        QStringLiteral(R"(DO $$
            DECLARE
                t text;
            BEGIN
                FOREACH t IN ARRAY ARRAY['teachers', 'teacher_support_categories', 'professional_development',
                    'diagnostics', 'diagnostic_deficits', 'assignments', 'roadmaps', 'roadmap_stages',
                    'roadmap_activities', 'roadmap_activity_teachers', 'work_log', 'routes', 'route_items'] LOOP
                    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
                    EXECUTE format('CREATE POLICY staff ON %I TO metodist_administrator, metodist_coordinator '
                                   'USING (true) WITH CHECK (true)', t);
                    EXECUTE format('CREATE POLICY viewer ON %I FOR SELECT TO metodist_viewer USING (true)', t);
                END LOOP;
            END $$)"),
        // A methodist: the teachers assigned to them and what hangs on them.
        QStringLiteral("CREATE POLICY own ON teachers FOR SELECT TO metodist_methodist USING (id IN %1)")
            .arg(ownTeachers),
        QStringLiteral("CREATE POLICY own ON teacher_support_categories FOR SELECT TO metodist_methodist "
                       "USING (teacher_id IN %1)").arg(ownTeachers),
        QStringLiteral("CREATE POLICY own ON professional_development FOR SELECT TO metodist_methodist "
                       "USING (teacher_id IN %1)").arg(ownTeachers),
        QStringLiteral("CREATE POLICY own ON diagnostics TO metodist_methodist USING (teacher_id IN %1) "
                       "WITH CHECK (teacher_id IN %1)").arg(ownTeachers),
        QStringLiteral("CREATE POLICY own ON diagnostic_deficits TO metodist_methodist "
                       "USING (diagnostic_id IN (SELECT id FROM diagnostics))"),
        QStringLiteral("CREATE POLICY own ON assignments FOR SELECT TO metodist_methodist "
                       "USING (methodist_id = metodist_own_methodist())"),
        QStringLiteral("CREATE POLICY own ON roadmaps TO metodist_methodist "
                       "USING (methodist_id = metodist_own_methodist())"),
        QStringLiteral("CREATE POLICY own ON roadmap_stages TO metodist_methodist "
                       "USING (roadmap_id IN (SELECT id FROM roadmaps))"),
        QStringLiteral("CREATE POLICY own ON roadmap_activities TO metodist_methodist "
                       "USING (stage_id IN (SELECT id FROM roadmap_stages))"),
        QStringLiteral("CREATE POLICY own ON roadmap_activity_teachers TO metodist_methodist "
                       "USING (activity_id IN (SELECT id FROM roadmap_activities)) "
                       "WITH CHECK (activity_id IN (SELECT id FROM roadmap_activities) AND teacher_id IN %1)")
            .arg(ownTeachers),
        QStringLiteral("CREATE POLICY own ON work_log TO metodist_methodist "
                       "USING (methodist_id = metodist_own_methodist()) "
                       "WITH CHECK (methodist_id = metodist_own_methodist() AND teacher_id IN %1)").arg(ownTeachers),
        QStringLiteral("CREATE POLICY own ON routes TO metodist_methodist "
                       "USING (teacher_id IN %1 OR tutor_id = metodist_own_methodist()) "
                       "WITH CHECK (teacher_id IN %1)").arg(ownTeachers),
        QStringLiteral("CREATE POLICY own ON route_items TO metodist_methodist "
                       "USING (route_id IN (SELECT id FROM routes))"),
    };
    return migration;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{referenceSchema(), peopleSchema(), registrySchema(), assignmentSchema(),
                                            supportSchema(), monitoringSchema(), aliasesSchema(),
                                            catalogueSchema(), networkSchema(), categoryDatesSchema(),
                                            auditSchema(), serverRolesSchema()};
    return all;
}

namespace {

// A GLOB pattern as the POSIX regular expression PostgreSQL's ~ matches:
// the whole text, * any run, ? one character, [..] as it is.
QString globAsRegex(const QString &glob)
{
    QString regex = QStringLiteral("^");
    bool inClass = false;
    for (const QChar c : glob) {
        if (inClass) {
            regex += c;
            inClass = c != u']';
        } else if (c == u'[') {
            regex += c;
            inClass = true;
        } else if (c == u'*') {
            regex += QStringLiteral(".*");
        } else if (c == u'?') {
            regex += u'.';
        } else if (QStringLiteral(".^$+(){}|\\").contains(c)) {
            regex += u'\\';
            regex += c;
        } else {
            regex += c;
        }
    }
    return regex + u'$';
}

} // namespace

QStringList serverStatements(const QString &statement)
{
    using RE = QRegularExpression;
    constexpr auto options = RE::CaseInsensitiveOption | RE::DotMatchesEverythingOption;
    // An FTS5 trigram table over a table's search_key: on the server, a
    // trigram index (pg_trgm) of that column answers the same LIKE.
    static const RE fts(QStringLiteral(R"(^\s*CREATE\s+VIRTUAL\s+TABLE\s+(\w+)\s+USING\s+fts5\s*\(\s*(\w+)\s*,\s*)"
                                       R"(content\s*=\s*'(\w+)'.*\)\s*$)"),
                        options);
    if (const auto m = fts.match(statement); m.hasMatch())
        return {QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
                QStringLiteral("CREATE INDEX %1 ON %3 USING gin (%2 gin_trgm_ops)")
                    .arg(m.captured(1), m.captured(2), m.captured(3))};
    // The triggers that keep an FTS5 table: the server's index keeps itself.
    static const RE ftsTrigger(QStringLiteral(R"(^\s*CREATE\s+TRIGGER\s+\w+_search_\w+\s)"), options);
    if (ftsTrigger.match(statement).hasMatch())
        return {};
    QString s = statement;
    static const RE rowid(QStringLiteral(R"(\bINTEGER\s+PRIMARY\s+KEY\b)"), options);
    s.replace(rowid, QStringLiteral("INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    static const RE withoutRowid(QStringLiteral(R"(\s*\bWITHOUT\s+ROWID\b)"), options);
    s.replace(withoutRowid, QString());
    static const RE real(QStringLiteral(R"(\bREAL\b)"), options);
    s.replace(real, QStringLiteral("DOUBLE PRECISION"));
    // Times as SQLite's CURRENT_TIMESTAMP writes them: «2026-12-03 09:15:00», UTC.
    static const RE now(QStringLiteral(R"(\bDEFAULT\s+CURRENT_TIMESTAMP\b)"), options);
    s.replace(now, QStringLiteral("DEFAULT to_char(CURRENT_TIMESTAMP AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"));
    static const RE glob(QStringLiteral(R"(\bGLOB\s+'([^']*)')"), options);
    for (auto m = glob.match(s); m.hasMatch(); m = glob.match(s))
        s.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("~ '%1'").arg(globAsRegex(m.captured(1))));
    return {s};
}

QStringList sqliteOnlySyntax(const QString &statement)
{
    static const QList<QPair<QRegularExpression, QString>> constructs{
        {QRegularExpression(QStringLiteral(R"(\bWITHOUT\s+ROWID\b)"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("WITHOUT ROWID")},
        {QRegularExpression(QStringLiteral(R"(\bGLOB\b)"), QRegularExpression::CaseInsensitiveOption), QStringLiteral("GLOB")},
        {QRegularExpression(QStringLiteral(R"(\bUSING\s+fts5\b)"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("FTS5")},
        // SQLite's conflict clause, not a trigger's «INSERT OR UPDATE».
        {QRegularExpression(QStringLiteral(R"(\bINSERT\s+OR\s+(REPLACE|IGNORE|ABORT|FAIL|ROLLBACK)\b)"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("INSERT OR …")},
        {QRegularExpression(QStringLiteral(R"(\bPRAGMA\b)"), QRegularExpression::CaseInsensitiveOption), QStringLiteral("PRAGMA")},
        {QRegularExpression(QStringLiteral(R"(\bAUTOINCREMENT\b)"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("AUTOINCREMENT")},
        {QRegularExpression(QStringLiteral(R"(\b(printf|group_concat|strftime|julianday)\s*\()"),
                            QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("SQLite functions")},
        {QRegularExpression(QStringLiteral(R"(\bsqlite_\w+)"), QRegularExpression::CaseInsensitiveOption),
         QStringLiteral("sqlite_ tables")},
    };
    QStringList found;
    for (const auto &[pattern, name] : constructs)
        if (pattern.match(statement).hasMatch())
            found << name;
    return found;
}

} // namespace metodist
