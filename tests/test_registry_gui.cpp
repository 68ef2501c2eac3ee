#include <catch2/catch.hpp>

#include "MainWindow.h"
#include "TestSupport.h"
#include "dialogs/DevelopmentPanel.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/PersonDialog.h"
#include "storage/MethodistRepository.h"
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QFile>
#include <QMenu>
#include "domain/SearchKey.h"
#include "storage/DictionaryRepository.h"
#include "models/OrganisationModel.h"
#include "models/RegistryModel.h"
#include "models/RegistrySources.h"
#include "pages/CataloguePage.h"
#include "models/CatalogueModel.h"
#include "pages/RegistryPage.h"
#include "services/DemoRegion.h"
#include "services/Setup.h"
#include "services/Importer.h"
#include "storage/TeacherRepository.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include "storage/DevelopmentRepository.h"
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace metodist;
using metodist::test::Scratch;

namespace {

QString fixture(const char *name)
{
    return QDir(QStringLiteral(METODIST_FIXTURES)).filePath(QString::fromUtf8(name));
}

} // namespace

TEST_CASE("registry model loads pages lazily and filters by search key", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("lazy.sqlite"))).ok());
    DemoOptions options;
    options.teachers = 450;
    options.methodists = 5;
    REQUIRE(DemoRegion::generate(db, options).ok());

    RegistryModel model(std::make_unique<TeacherSource>());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    CHECK(model.total() == 450);
    CHECK(model.rowCount() == RegistryModel::pageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * RegistryModel::pageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    // Alphabetical, no row twice across page borders.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    CHECK(ids.size() == 450);

    RegistryFilter filter;
    filter.search = QStringLiteral("АБРАМОВА");
    model.setFilter(filter);
    CHECK(model.total() > 0);
    CHECK(model.total() < 450);
    for (int row = 0; row < model.rowCount(); ++row)
        CHECK(model.data(model.index(row, 0), Qt::DisplayRole).toString().startsWith(QStringLiteral("Абрамова")));

    // The page says what was found, and that the rest loads on scrolling, never «200 of 450».
    RegistryPage page(ImportKind::Teachers);
    page.setDatabase(&db);
    page.reloadKeepingView();
    const auto *count = page.findChild<QLabel *>(QStringLiteral("registryCount"));
    REQUIRE(count);
    CHECK(count->text().startsWith(RegistryPage::tr("Found: %1").arg(QLocale().toString(450))));
    CHECK(count->text().contains(RegistryPage::tr("(%1 loaded; the rest load as you scroll)")
                                     .arg(QLocale().toString(RegistryModel::pageSize))));
}

TEST_CASE("the teachers page imports diagnostics results through the same wizard", "[gui]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("diagnostics.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    REQUIRE(Importer(db, ImportKind::Teachers).importFile(fixture("teachers_cp1251.csv")).ok());
    const QString file = scratch.path(QStringLiteral("diagnostics.csv"));
    QFile csv(file);
    REQUIRE(csv.open(QIODevice::WriteOnly));
    csv.write(QStringLiteral("ФИО;Дата диагностики;Уровень компетенций;Дефициты\r\n"
                             "Ёлкин Пётр Семёнович;15.02.2026;средний;\"цифровые; методические\"\r\n")
                  .toUtf8());
    csv.close();

    MainWindow window;
    REQUIRE(window.openDatabase(path));
    auto *page = window.findChild<RegistryPage *>(QStringLiteral("teachersPage"));
    REQUIRE(page);
    auto *menu = page->findChild<QMenu *>(QStringLiteral("importMenu"));
    REQUIRE(menu);
    REQUIRE(menu->actions().size() == 3);
    CHECK(menu->actions().at(2)->text() == QStringLiteral("Результаты диагностики…"));

    ImportWizard wizard(db, ImportKind::Diagnostics);
    wizard.show();
    wizard.setFile(file);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.lastReport().created == 1);
    RegistryFilter filter;
    filter.search = QStringLiteral("елкин");
    const auto rows = TeacherRepository(db).page(filter, {}, 5).value();
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().competenceLevel == QStringLiteral("средний")); // was «низкий» before the diagnostics
    CHECK(DevelopmentRepository(db).diagnosticsOfTeacher(rows.first().id).value().value(0).deficitAreaIds.size() == 2);
}

TEST_CASE("import wizard walks a Windows-1251 file from file to import", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("wizard.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());

    ImportWizard wizard(db, ImportKind::Teachers);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFile(fixture("teachers_cp1251.csv"));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("preview"));
    REQUIRE(preview);
    CHECK(preview->rowCount() == 3);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Фёдорова"));
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(TeacherRepository(db).count().value() == 0); // nothing written before the last step
    CHECK(wizard.findChild<QPlainTextEdit *>(QStringLiteral("report"))->toPlainText().contains(QStringLiteral("Ошибок")) == false);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.lastReport().created == 3);
    CHECK(TeacherRepository(db).count().value() == 3);
}

TEST_CASE("import wizard reports a broken file and writes nothing", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("broken.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    ImportWizard wizard(db, ImportKind::Teachers);
    wizard.show();
    wizard.setFile(fixture("teachers_broken.csv"));
    wizard.next();
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    // Two values no dictionary knows: the mapping step, left as it is.
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(wizard.findChild<QTableWidget *>(QStringLiteral("values"))->rowCount() == 2);
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    const QString report = wizard.findChild<QPlainTextEdit *>(QStringLiteral("report"))->toPlainText();
    CHECK(report.contains(QStringLiteral("«г. Атлантида»")));
    CHECK(report.contains(QStringLiteral("«астрология»")));
    CHECK(report.contains(QStringLiteral("Строка 3, столбец «СНИЛС»")));
    CHECK(report.contains(QStringLiteral("Строка 9")));
    CHECK(wizard.lastReport().invalid == 6);
    CHECK(TeacherRepository(db).count().value() == 0);
}

TEST_CASE("import wizard maps the office's own values once, and the next file needs no step", "[gui][aliases]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("mapping.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    const QString path = scratch.path(QStringLiteral("teachers.csv"));
    test::writeFile(path, QStringLiteral("Фамилия;Имя;Муниципалитет;Организация;Предмет;Квалификационная категория;"
                                         "Категории сопровождения\n"
                                         "Иванова;Анна;Тюмень;Школа 1;астрономия;ВКК;с трудностями в профессии\n"
                                         "Петрова;Анна;Тюмень;Школа 1;астрономия;1 КК;с трудностями в профессии\n"
                                         "Сидорова;Анна;Тюмень;Школа 1;физика;СЗД;молодые специалисты\n")
                              .toUtf8());
    const DictionaryRepository dictionaries(db);
    const qint64 difficulties =
        dictionaries.findByCodeOrName(QStringLiteral("support_categories"), QStringLiteral("professional_difficulties"))
            .value();
    {
        ImportWizard wizard(db, ImportKind::Teachers);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        wizard.setFile(path);
        wizard.next();
        wizard.next();
        REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
        REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
        auto *values = wizard.findChild<QTableWidget *>(QStringLiteral("values"));
        REQUIRE(values);
        REQUIRE(values->rowCount() == 2);
        for (int row = 0; row < values->rowCount(); ++row) {
            CHECK(values->item(row, 2)->text() == QStringLiteral("2")); // each value is on two rows
            auto *combo = qobject_cast<QComboBox *>(values->cellWidget(row, 3));
            REQUIRE(combo);
            if (values->item(row, 1)->text() == u"астрономия") {
                // Subjects take new entries from a file.
                REQUIRE(combo->findData(qint64(-1)) >= 0);
                combo->setCurrentIndex(combo->findData(qint64(-1)));
            } else {
                REQUIRE(combo->findData(qint64(-1)) < 0); // support categories are the model's
                combo->setCurrentIndex(combo->findData(difficulties));
            }
        }
        wizard.next();
        REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
        REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
        CHECK(wizard.lastReport().invalid == 0);
        CHECK(TeacherRepository(db).count().value() == 0);
        wizard.button(QWizard::FinishButton)->click();
        REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
        CHECK(wizard.result() == QDialog::Accepted);
        CHECK(TeacherRepository(db).count().value() == 3);
    }
    CHECK(dictionaries.findByName(QStringLiteral("subjects"), QStringLiteral("астрономия")).value() > 0);
    bool aliased = false;
    for (const DictionaryAlias &alias : dictionaries.aliases(QStringLiteral("support_categories")).value())
        aliased = aliased || (alias.alias == u"с трудностями в профессии" && alias.entryId == difficulties);
    CHECK(aliased);

    // The next file with the same values: no mapping step.
    const QString next = scratch.path(QStringLiteral("next.csv"));
    test::writeFile(next, QStringLiteral("Фамилия;Имя;Муниципалитет;Организация;Предмет;Категории сопровождения\n"
                                         "Орлова;Анна;Тюмень;Школа 2;Астрономия;С трудностями в профессии\n")
                              .toUtf8());
    ImportWizard wizard(db, ImportKind::Teachers);
    wizard.show();
    wizard.setFile(next);
    wizard.next();
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    CHECK(wizard.currentId() == ImportWizard::CheckPage);
    CHECK(wizard.lastReport().invalid == 0);
}

TEST_CASE("catalogue page: a file through the import wizard, then searched", "[gui][catalogue]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("catalogue.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    const QString path = scratch.path(QStringLiteral("catalogue.csv"));
    test::writeFile(path, QStringLiteral("Единая база ДПП ПК\n"
                                         "Название;Вид;Организатор;Часов;Форма;Федеральный реестр;Предметы;Дефициты\n"
                                         "Методика преподавания физики;КПК;КОИРО;72;очно;да;физика;методические\n"
                                         "Цифровые инструменты учителя;Курсы ПК;КОИРО;24;онлайн;нет;;цифровые\n")
                              .toUtf8());
    ImportWizard wizard(db, ImportKind::Catalogue);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    CHECK(wizard.lastReport().created == 2);

    CataloguePage page;
    page.setDatabase(&db);
    page.show();
    REQUIRE(page.model()->rowCount() == 2);
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("catalogueSearch"));
    REQUIRE(search);
    search->setText(QStringLiteral("ФИЗИК"));
    REQUIRE(page.model()->rowCount() == 1);
    const CatalogueEntry &physics = page.model()->rowAt(0);
    CHECK(physics.subjects == QStringList{QStringLiteral("физика")});
    CHECK(page.model()->data(page.model()->index(0, 4), Qt::DisplayRole).toString() == QStringLiteral("очно"));
    CHECK(page.model()->data(page.model()->index(0, 8), Qt::DisplayRole).toString() == CatalogueModel::tr("any"));
}

TEST_CASE("teachers page searches as the user types", "[gui]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("page.sqlite"));
    {
        Database db;
        REQUIRE(db.open(path).ok());
        REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
        REQUIRE(Importer(db, ImportKind::Teachers).importFile(fixture("teachers_cp1251.csv")).ok());
    }
    MainWindow window;
    REQUIRE(window.openDatabase(path));
    window.showArea(1);
    auto *page = window.findChild<RegistryPage *>(QStringLiteral("teachersPage"));
    REQUIRE(page);
    CHECK(page->model()->total() == 3);
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    // Typed text as the line edit receives it (keyClicks knows only ASCII).
    search->insert(QStringLiteral("петр"));
    CHECK(QTest::qWaitFor([&] { return page->model()->total() == qint64(3); })); // Пётр, Петровна, Петрова-Водкина
    search->clear();
    search->insert(QStringLiteral("ЕЛКИН"));
    CHECK(QTest::qWaitFor([&] { return page->model()->total() == qint64(1); }));
    CHECK(page->model()->data(page->model()->index(0, 0), Qt::DisplayRole).toString()
          == QStringLiteral("Ёлкин Пётр Семёнович"));

    // Organisations are offered for the chosen municipality and narrow the table.
    search->clear();
    CHECK(QTest::qWaitFor([&] { return page->model()->total() == qint64(3); }));
    auto *organisation = page->findChild<QComboBox *>(QStringLiteral("organisationFilter"));
    REQUIRE(organisation);
    CHECK_FALSE(organisation->isEnabled());
    auto combos = page->findChildren<QComboBox *>();
    QComboBox *municipality = combos.first(); // the first filter
    municipality->setCurrentIndex(municipality->findText(QStringLiteral("г. Тюмень")));
    REQUIRE(organisation->isEnabled());
    CHECK(organisation->count() == 2); // «all» and the one school of Тюмень in the file
    CHECK(page->model()->total() == 1);
    organisation->setCurrentIndex(1);
    CHECK(page->model()->total() == 1);
    CHECK(page->model()->data(page->model()->index(0, 3), Qt::DisplayRole).toString()
          == QStringLiteral("МАОУ СОШ № 5 г. Тюмени"));
}

TEST_CASE("registry model sorts in the database and pages without gaps", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("sort.sqlite"))).ok());
    DemoOptions options;
    options.teachers = 530;
    options.methodists = 0;
    REQUIRE(DemoRegion::generate(db, options).ok());
    RegistryModel model(std::make_unique<TeacherSource>());
    model.setDatabase(&db);
    CHECK_FALSE(model.canSortBy(9)); // support categories: a list, not a value
    model.sort(6, Qt::DescendingOrder); // experience
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 530);
    QSet<qint64> ids;
    int previous = 1000;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.idAt(row));
        const QVariant value = model.data(model.index(row, 6), Qt::DisplayRole);
        const int years = value.isNull() ? -1 : value.toInt();
        CHECK(years <= previous);
        previous = years;
    }
    CHECK(ids.size() == 530);

    // Every other column: whole pages in the database, no row lost or
    // repeated across pages; equal values together, then by name.
    for (const int column : {2, 3, 4, 5, 7, 8}) {
        INFO("column " << column);
        REQUIRE(model.canSortBy(column));
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            while (model.canFetchMore({}))
                model.fetchMore({});
            REQUIRE(model.rowCount() == 530);
            QSet<qint64> seen;
            QSet<QString> closedGroups;
            QString group, previousName;
            bool ordered = true;
            for (int row = 0; row < model.rowCount(); ++row) {
                seen.insert(model.idAt(row));
                QString value = model.data(model.index(row, column), Qt::DisplayRole).toString();
                if (column == 3) // a school is its name within its municipality
                    value += QChar(1) + model.data(model.index(row, 2), Qt::DisplayRole).toString();
                const QString name = searchKey(model.data(model.index(row, 0), Qt::DisplayRole).toString());
                if (value != group) {
                    CHECK_FALSE(closedGroups.contains(value)); // a value comes back later: not grouped
                    closedGroups.insert(group);
                    // Names (and dictionaries) compare by their folded keys.
                    if (row > 0 && column != 7 && column != 8) {
                        const QString a = column == 4 ? group : searchKey(group);
                        const QString b = column == 4 ? value : searchKey(value);
                        ordered = ordered && (order == Qt::AscendingOrder ? a < b : a > b);
                    }
                    group = value;
                } else if (row > 0) {
                    ordered = ordered && (order == Qt::AscendingOrder ? previousName <= name : previousName >= name);
                }
                previousName = name;
            }
            CHECK(ordered);
            CHECK(seen.size() == 530);
        }
    }
    // Categories follow the dictionary's own order, not the alphabet.
    model.sort(7, Qt::AscendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList categories;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString value = model.data(model.index(row, 7), Qt::DisplayRole).toString();
        if (!value.isEmpty() && (categories.isEmpty() || categories.last() != value))
            categories << value;
    }
    auto dictionary = DictionaryRepository(db).entries(QStringLiteral("qualification_categories"));
    REQUIRE(dictionary.ok());
    QStringList inOrder;
    for (const DictionaryEntry &entry : dictionary.value()) {
        if (categories.contains(entry.name))
            inOrder << entry.name;
    }
    CHECK(categories.size() >= 2);
    CHECK(categories == inOrder);

    // Over more rows than an order without an index is offered for, the sort
    // is refused, and a filter that lets too many rows in falls back to names.
    QStringList refusals;
    int resets = 0;
    QObject::connect(&model, &RegistryModel::sortRefused, [&](const QString &m) { refusals << m; });
    QObject::connect(&model, &RegistryModel::sortReset, [&] { ++resets; });
    model.setSortLimit(100);
    model.sort(0, Qt::AscendingOrder);
    model.sort(5, Qt::AscendingOrder); // subject, 530 rows
    REQUIRE(refusals.size() == 1);
    CHECK(refusals.first().contains(QStringLiteral("530")));
    CHECK(model.filter().sort == SortKey::Name);
    CHECK(model.sortRefusal(6).isEmpty()); // experience has an index: always
    RegistryFilter few = model.filter();
    few.search = QStringLiteral("ёлк");
    model.setFilter(few);
    REQUIRE(model.total() <= 100);
    model.sort(5, Qt::AscendingOrder);
    CHECK(model.filter().sort == SortKey::Subject);
    few.search.clear();
    few.sort = SortKey::Subject;
    model.setFilter(few); // 530 rows again
    CHECK(resets == 1);
    CHECK(model.filter().sort == SortKey::Name);
}

TEST_CASE("organisations keep the flags reports need, edited in place", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("orgs.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    REQUIRE(Importer(db, ImportKind::Teachers).importFile(fixture("teachers_cp1251.csv")).ok());
    OrganisationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    REQUIRE(model.rowCount() == 3);
    const QModelIndex lowResults = model.index(0, OrganisationModel::LowResultsColumn);
    CHECK(model.data(lowResults, Qt::CheckStateRole).toInt() == Qt::Unchecked);
    REQUIRE(model.setData(lowResults, Qt::Checked, Qt::CheckStateRole));
    auto stored = OrganisationRepository(db).list();
    REQUIRE(stored.ok());
    CHECK(stored.value().at(0).lowResults);
    CHECK_FALSE(stored.value().at(0).growthPoint);
    CHECK_FALSE(model.setData(model.index(0, OrganisationModel::NameColumn), QStringLiteral("  "), Qt::EditRole));
}

TEST_CASE("the teacher card lists ПК records and diagnostics", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("card.sqlite"))).ok());
    DemoOptions options;
    options.teachers = 60;
    options.methodists = 0;
    REQUIRE(DemoRegion::generate(db, options).ok());
    DevelopmentWriter development(db);
    PkRecord pk;
    pk.teacherId = 1;
    pk.program = QStringLiteral("Школа современного учителя");
    pk.federalRegistry = true;
    REQUIRE(development.addPk(pk).ok());
    const int pkCount = int(development.pkOfTeacher(1).value().size());
    const int diagnosticsCount = int(development.diagnosticsOfTeacher(1).value().size());

    DevelopmentPanel panel(db, 1);
    CHECK(panel.pkCount() == pkCount);
    CHECK(panel.diagnosticsCount() == diagnosticsCount);
    auto *list = panel.findChild<QListWidget *>(QStringLiteral("pkList"));
    REQUIRE(list);
    bool listed = false;
    for (int i = 0; i < list->count(); ++i)
        listed = listed || list->item(i)->text().contains(QStringLiteral("Школа современного учителя"));
    CHECK(listed);
}

TEST_CASE("import wizard lets the user map an unrecognised column", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("mapping.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("tyumen")).ok());
    const QString path = scratch.path(QStringLiteral("odd.csv"));
    test::writeFile(path, QStringLiteral("Фамилия педагога;Имя;Муниципалитет;Организация;Предмет\n"
                                         "Кузнецова;Ольга;г. Ишим;МАОУ СОШ № 2 г. Ишима;биология\n")
                              .toUtf8());
    ImportWizard wizard(db, ImportKind::Teachers);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("mapping"));
    REQUIRE(mapping);
    REQUIRE(mapping->rowCount() == 5);
    auto *first = qobject_cast<QComboBox *>(mapping->cellWidget(0, 1));
    REQUIRE(first);
    CHECK(first->currentIndex() == 0); // not recognised: «(не использовать)»
    first->setCurrentIndex(first->findText(QStringLiteral("Фамилия")));
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    CHECK(wizard.lastReport().created == 1);
    CHECK(TeacherRepository(db).count().value() == 1);
}

TEST_CASE("a registry above the count cap shows its exact size unless a short fragment capped it", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("big.sqlite"))).ok());
    DemoOptions options;
    options.teachers = countCap + 50;
    options.methodists = 0;
    options.supportData = false;
    REQUIRE(DemoRegion::generate(db, options).ok());
    RegistryModel model(std::make_unique<TeacherSource>());
    model.setDatabase(&db);
    CHECK(model.total() == countCap + 50);
    CHECK_FALSE(model.totalCapped());
    // Organisation sorts (10 050 rows are under the limit), schools of one
    // name in different municipalities kept apart.
    model.sort(3, Qt::AscendingOrder);
    REQUIRE(model.filter().sort == SortKey::Organisation);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == countCap + 50);
    QSet<QString> finished;
    QString current;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString school = model.data(model.index(row, 3), Qt::DisplayRole).toString() + u'|'
                               + model.data(model.index(row, 2), Qt::DisplayRole).toString();
        if (school != current) {
            CHECK_FALSE(finished.contains(school));
            finished.insert(current);
            current = school;
        }
    }
}

TEST_CASE("the methodist's editor keeps the РМА current: dates, contacts, rate and own ПК", "[gui]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("rma.sqlite"))).ok());
    DemoOptions options;
    options.teachers = 60;
    options.methodists = 2;
    options.supportData = false;
    REQUIRE(DemoRegion::generate(db, options).ok());
    const qint64 id = MethodistRepository(db).page({}, {}, 1).value().first().id;
    PkRecord pk;
    pk.methodistId = id;
    pk.program = QStringLiteral("Методическое сопровождение педагогов");
    pk.federalRegistry = true;
    REQUIRE(DevelopmentWriter(db).addPk(pk).ok());

    PersonDialog dialog(db, ImportKind::Methodists, id);
    dialog.show();
    // The methodist's own ПК, without the teachers' diagnostics.
    auto *pkList = dialog.findChild<QListWidget *>(QStringLiteral("pkList"));
    REQUIRE(pkList);
    REQUIRE(pkList->count() == 1);
    CHECK(pkList->item(0)->text().contains(QStringLiteral("Методическое сопровождение")));
    CHECK_FALSE(dialog.findChild<QListWidget *>(QStringLiteral("diagnosticsList"))->isVisible());

    auto *joined = dialog.findChild<QDateEdit *>(QStringLiteral("joinedOn"));
    auto *left = dialog.findChild<QDateEdit *>(QStringLiteral("leftOn"));
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("leftReason"));
    auto *email = dialog.findChild<QLineEdit *>(QStringLiteral("email"));
    auto *rate = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rate"));
    REQUIRE(joined);
    REQUIRE(left);
    REQUIRE(reason);
    REQUIRE(email);
    REQUIRE(rate);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    // A date of leaving before joining, or an address without «@», keeps OK off.
    joined->setDate(QDate(2024, 9, 1));
    left->setDate(QDate(2023, 6, 1));
    CHECK_FALSE(ok->isEnabled());
    left->setDate(QDate(2025, 6, 30));
    email->setText(QStringLiteral("metodist.example.ru"));
    CHECK_FALSE(ok->isEnabled());
    email->setText(QStringLiteral("metodist@example.ru"));
    reason->setText(QStringLiteral("переход на другую работу"));
    rate->setValue(0.5);
    REQUIRE(ok->isEnabled());
    ok->click();

    const Methodist saved = MethodistRepository(db).get(id).value();
    CHECK(saved.joinedOn == QDate(2024, 9, 1));
    CHECK(saved.leftOn == QDate(2025, 6, 30));
    CHECK(saved.leftReason == QStringLiteral("переход на другую работу"));
    CHECK(saved.email == QStringLiteral("metodist@example.ru"));
    REQUIRE(saved.rate);
    CHECK(*saved.rate == Approx(0.5));
}
