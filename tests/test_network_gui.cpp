#include <catch2/catch.hpp>

// The «Support network» page: what an import brings, filtered and detailed.

#include "TestSupport.h"
#include "GuiTestSupport.h"
#include "dialogs/ConflictDialog.h"
#include "dialogs/ImportWizard.h"
#include "dialogs/NetworkUnitDialog.h"
#include "services/Importer.h"
#include "services/NetworkService.h"
#include "models/NetworkModels.h"
#include "models/OrganisationModel.h"
#include "pages/NetworkPage.h"
#include "services/Setup.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"
#include "storage/OrganisationRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QListWidget>
#include <QTableWidget>
#include <QTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QWizard>

using namespace metodist;
using metodist::test::Scratch;

namespace {

ImportReport importThroughWizard(Database &db, ImportKind kind, const QString &path)
{
    ImportWizard wizard(db, kind);
    wizard.show();
    wizard.setFile(path);
    wizard.next();
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    wizard.button(QWizard::FinishButton)->click();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isWorking(); }, 20000));
    return wizard.lastReport();
}

} // namespace

TEST_CASE("network page: imported units shown, filtered by kind and municipality, with members", "[gui][network]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("network.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    const QString teachers = scratch.path(QStringLiteral("teachers.csv"));
    test::writeFile(teachers, QStringLiteral("Фамилия;Имя;Отчество;Муниципалитет;Организация;Предмет\n"
                                             "Кузнецова;Анна;Петровна;г. Калининград;МАОУ СОШ № 5;математика\n"
                                             "Смирнова;Ольга;Петровна;г. Калининград;МАОУ СОШ № 5;математика\n")
                                  .toUtf8());
    REQUIRE(importThroughWizard(db, ImportKind::Teachers, teachers).created == 2);
    const QString units = scratch.path(QStringLiteral("units.csv"));
    test::writeFile(units, QStringLiteral("Сеть поддержки\n"
                                          "Вид;Название;Муниципалитет;Организация;Предмет;Тема;Руководитель\n"
                                          "РМО;РМО учителей математики;г. Калининград;МАОУ СОШ № 5;математика;;\n"
                                          "ЦМН;Центр методического сопровождения;г. Калининград;МАОУ СОШ № 5;;;\n"
                                          "ММС;МКУ «Методический центр»;Багратионовский район;;;;Петрова А. И.\n"
                                          "сообщество;Клуб молодых педагогов;;;;;Иванова Е. П.\n")
                               .toUtf8());
    CHECK(importThroughWizard(db, ImportKind::Network, units).created == 4);
    const QString members = scratch.path(QStringLiteral("members.csv"));
    test::writeFile(members, QStringLiteral("Объединение;Вид;Муниципалитет;ФИО;Организация;Роль\n"
                                            "РМО учителей математики;РМО;г. Калининград;Кузнецова Анна Петровна;"
                                            "МАОУ СОШ № 5;руководитель\n"
                                            "РМО учителей математики;РМО;г. Калининград;Смирнова Ольга Петровна;"
                                            "МАОУ СОШ № 5;\n"
                                            "Центр методического сопровождения;ЦМН;г. Калининград;;МАОУ СОШ № 5;\n")
                                 .toUtf8());
    CHECK(importThroughWizard(db, ImportKind::NetworkMembers, members).created == 3);

    NetworkPage page;
    QAbstractItemModelTester units_(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester members_(page.members(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester covered_(page.coveredOrganisations(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1366 - 230, 700);
    page.setDatabase(&db);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.model()->rowCount() == 4);
    CHECK(page.title() == NetworkPage::tr("Support network"));

    // The headers are not cut: each column is at least as wide as its text.
    auto *table = page.findChild<QTableView *>(QStringLiteral("networkTable"));
    REQUIRE(table);
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c + 1 < page.model()->columnCount(); ++c)
        CHECK(header->sectionSize(c) >= header->fontMetrics().horizontalAdvance(
                  page.model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));

    auto *kind = page.findChild<QComboBox *>(QStringLiteral("networkKind"));
    auto *municipality = page.findChild<QComboBox *>(QStringLiteral("networkMunicipality"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("networkSearch"));
    REQUIRE(kind);
    REQUIRE(municipality);
    REQUIRE(search);
    kind->setCurrentIndex(kind->findData(QStringLiteral("association")));
    REQUIRE(page.model()->rowCount() == 1);
    const NetworkUnit mo = page.model()->rowAt(0);
    CHECK(mo.name == QStringLiteral("РМО учителей математики"));
    CHECK(mo.members == 2);
    CHECK(page.model()->data(page.model()->index(0, NetworkUnitModel::HostColumn), Qt::DisplayRole).toString()
          == QStringLiteral("МАОУ СОШ № 5"));
    CHECK(page.model()->data(page.model()->index(0, NetworkUnitModel::HeadColumn), Qt::DisplayRole)
              .toString()
              .startsWith(QStringLiteral("Кузнецова")));

    // The chosen unit's members and covered schools below.
    table->selectRow(0);
    REQUIRE(page.members()->rowCount() == 2);
    CHECK(page.members()->rowAt(0).head);
    CHECK(page.coveredOrganisations()->rowCount() == 0);
    auto *details = page.findChild<QLabel *>(QStringLiteral("networkDetails"));
    REQUIRE(details);
    CHECK(details->text().contains(QStringLiteral("РМО учителей математики")));

    kind->setCurrentIndex(kind->findData(QStringLiteral("cmn")));
    REQUIRE(page.model()->rowCount() == 1);
    table->selectRow(0);
    REQUIRE(page.coveredOrganisations()->rowCount() == 1);
    CHECK(page.coveredOrganisations()->rowAt(0).name == QStringLiteral("МАОУ СОШ № 5"));

    kind->setCurrentIndex(0);
    municipality->setCurrentIndex(municipality->findData(qint64(-1)));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0).name == QStringLiteral("Клуб молодых педагогов"));
    CHECK(page.model()->data(page.model()->index(0, NetworkUnitModel::MunicipalityColumn), Qt::DisplayRole)
          == NetworkUnitModel::tr("regional"));
    municipality->setCurrentIndex(0);
    search->setText(QStringLiteral("петрова"));
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->rowAt(0).kindCode == QStringLiteral("mms"));
    search->clear();
    CHECK(page.model()->rowCount() == 4);

    // Deleting goes through the service (the question answered by the test).
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeNetworkUnits"));
    REQUIRE(remove);
    CHECK_FALSE(remove->isEnabled());
    table->selectRow(0);
    CHECK(remove->isEnabled());
}

TEST_CASE("organisations table: the national-project and mentoring flags are shown and kept", "[gui][network]")
{
    Scratch scratch;
    Database db;
    REQUIRE(db.open(test::databaseLocation(scratch, QStringLiteral("o.sqlite"))).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    auto municipality = DictionaryRepository(db).findByName(QStringLiteral("municipalities"),
                                                            QStringLiteral("Городской округ «Город Калининград»"));
    REQUIRE(municipality.ok());
    Organisation lyceum;
    lyceum.name = QStringLiteral("МАОУ лицей № 23");
    lyceum.municipalityId = municipality.value();
    lyceum.quantorium = true;
    REQUIRE(OrganisationWriter(db).insert(lyceum).ok());

    OrganisationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDatabase(&db);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.columnCount() == OrganisationModel::ColumnCount);
    CHECK(model.data(model.index(0, OrganisationModel::QuantoriumColumn), Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model.data(model.index(0, OrganisationModel::ItCubeColumn), Qt::CheckStateRole).toInt() == Qt::Unchecked);
    REQUIRE(model.setData(model.index(0, OrganisationModel::MentoringColumn), Qt::Checked, Qt::CheckStateRole));
    auto stored = OrganisationRepository(db).list();
    REQUIRE(stored.ok());
    CHECK(stored.value().at(0).mentoringModel);
    CHECK(stored.value().at(0).quantorium);
    CHECK_FALSE(stored.value().at(0).itCube);
}

namespace {

// Presses the editor's OK; a conflict dialog coming up is answered with the
// button of that object name. Returns whether one came up.
bool pressUnitOk(NetworkUnitDialog &editor, const QString &answer)
{
    bool conflict = false;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<ConflictDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        conflict = true;
        if (auto *button = dialog->findChild<QPushButton *>(answer))
            button->click();
        else
            dialog->reject();
    });
    timer.start(0);
    editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    return conflict;
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

} // namespace

TEST_CASE("network unit editor: a unit made with a member and a covered school, then edited", "[gui][network]")
{
    Scratch scratch;
    const QString path = test::databaseLocation(scratch, QStringLiteral("editor.sqlite"));
    Database db;
    REQUIRE(db.open(path).ok());
    REQUIRE(Setup::initialise(db, QStringLiteral("kaliningrad")).ok());
    const QString teachers = scratch.path(QStringLiteral("teachers.csv"));
    test::writeFile(teachers, QStringLiteral("Фамилия;Имя;Отчество;Муниципалитет;Организация;Предмет\n"
                                             "Кузнецова;Анна;Петровна;г. Калининград;МАОУ СОШ № 5;математика\n"
                                             "Смирнова;Ольга;Петровна;г. Калининград;МАОУ СОШ № 7;математика\n")
                                  .toUtf8());
    REQUIRE(Importer(db, ImportKind::Teachers).importFile(teachers).value().created == 2);
    const qint64 association = DictionaryRepository(db).findByCodeOrName(QStringLiteral("network_kinds"),
                                                                          QStringLiteral("association")).value();
    const auto school5 = OrganisationRepository(db).findAnywhere(QStringLiteral("МАОУ СОШ № 5"));
    REQUIRE(school5.ok());
    REQUIRE(school5.value().size() == 1);
    const qint64 kgd = OrganisationRepository(db).get(school5.value().first()).value().municipalityId;
    REQUIRE(association > 0);

    qint64 id = 0;
    {
        NetworkUnitDialog editor(db, 0);
        editor.show();
        QPushButton *ok = editor.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problems = child<QLabel>(editor, "problems");
        CHECK_FALSE(ok->isEnabled()); // no kind, no name
        CHECK(problems->isVisible());
        auto *kind = child<QComboBox>(editor, "unitKind");
        kind->setCurrentIndex(kind->findData(association));
        child<QLineEdit>(editor, "unitName")->setText(QStringLiteral("РМО учителей математики"));
        auto *municipality = child<QComboBox>(editor, "unitMunicipality");
        municipality->setCurrentIndex(municipality->findData(kgd));
        auto *host = child<QComboBox>(editor, "unitHost");
        host->setEditText(QStringLiteral("Школа, которой нет"));
        CHECK_FALSE(ok->isEnabled()); // a host not in the list
        host->setCurrentIndex(host->findText(QStringLiteral("МАОУ СОШ № 5")));
        REQUIRE(host->currentIndex() > 0);
        CHECK(ok->isEnabled());
        CHECK_FALSE(problems->isVisible());

        child<QLineEdit>(editor, "personSearch")->setText(QStringLiteral("кузнец"));
        auto *matches = child<QListWidget>(editor, "personMatches");
        REQUIRE(matches->count() == 1);
        child<QPushButton>(editor, "addMember")->click();
        auto *members = child<QTableWidget>(editor, "unitMembers");
        REQUIRE(members->rowCount() == 1);
        members->selectRow(0);
        child<QPushButton>(editor, "makeHead")->click();
        child<QLineEdit>(editor, "schoolSearch")->setText(QStringLiteral("СОШ № 7"));
        REQUIRE(child<QListWidget>(editor, "schoolMatches")->count() >= 1);
        child<QPushButton>(editor, "addSchool")->click();
        CHECK(child<QListWidget>(editor, "unitSchools")->count() == 1);
        if (const QByteArray folder = qgetenv("METODIST_SCREENSHOTS"); !folder.isEmpty())
            editor.grab().save(QDir(QString::fromLocal8Bit(folder)).filePath(QStringLiteral("network-unit-editor.png")));
        CHECK_FALSE(pressUnitOk(editor, QStringLiteral("keepEditing")));
        CHECK(editor.result() == QDialog::Accepted);
        id = editor.unitId();
    }
    REQUIRE(id > 0);
    auto saved = NetworkService(db).details(id);
    REQUIRE(saved.ok());
    CHECK(saved.value().unit.name == QStringLiteral("РМО учителей математики"));
    CHECK(saved.value().unit.municipalityId == kgd);
    CHECK(saved.value().unit.organisation == QStringLiteral("МАОУ СОШ № 5"));
    REQUIRE(saved.value().members.size() == 1);
    CHECK(saved.value().members.first().head);
    CHECK(saved.value().unit.head.startsWith(QStringLiteral("Кузнецова")));
    REQUIRE(saved.value().organisations.size() == 1);
    CHECK(saved.value().organisations.first().name == QStringLiteral("МАОУ СОШ № 7"));

    SECTION("edited: a member added, the school removed")
    {
        NetworkUnitDialog editor(db, id);
        editor.show();
        CHECK(child<QLineEdit>(editor, "unitName")->text() == QStringLiteral("РМО учителей математики"));
        CHECK(child<QComboBox>(editor, "unitHost")->currentText() == QStringLiteral("МАОУ СОШ № 5"));
        CHECK(child<QTableWidget>(editor, "unitMembers")->rowCount() == 1);
        child<QLineEdit>(editor, "unitTheme")->setText(QStringLiteral("Функциональная грамотность"));
        child<QLineEdit>(editor, "personSearch")->setText(QStringLiteral("Смирнова"));
        child<QPushButton>(editor, "addMember")->click();
        auto *schools = child<QListWidget>(editor, "unitSchools");
        schools->setCurrentRow(0);
        child<QPushButton>(editor, "removeSchool")->click();
        CHECK(schools->count() == 0);
        CHECK_FALSE(pressUnitOk(editor, QStringLiteral("keepEditing")));
        CHECK(editor.result() == QDialog::Accepted);
        auto now = NetworkService(db).details(id);
        REQUIRE(now.ok());
        CHECK(now.value().unit.theme == QStringLiteral("Функциональная грамотность"));
        CHECK(now.value().members.size() == 2);
        CHECK(now.value().organisations.isEmpty());
    }

    SECTION("changed elsewhere while open: the user is asked, and the other change stays")
    {
        NetworkUnitDialog editor(db, id);
        editor.show();
        Database other;
        REQUIRE(other.open(path).ok());
        NetworkUnitDetails theirs = saved.value();
        theirs.unit.theme = QStringLiteral("Наставничество");
        REQUIRE(NetworkService(other).saveUnit(saved.value(), theirs).value().isSaved());
        child<QLineEdit>(editor, "unitTheme")->setText(QStringLiteral("Цифровая школа"));
        CHECK(pressUnitOk(editor, QStringLiteral("keepEditing")));
        CHECK(editor.isVisible());
        CHECK(editor.result() != QDialog::Accepted);
        CHECK(NetworkService(db).details(id).value().unit.theme == QStringLiteral("Наставничество"));
        // Taking the stored version shows it in the form.
        CHECK(pressUnitOk(editor, QStringLiteral("takeStored")));
        CHECK(child<QLineEdit>(editor, "unitTheme")->text() == QStringLiteral("Наставничество"));
    }

    SECTION("the page: Add… and Edit… open the editor; the table reloads after a save")
    {
        NetworkPage page;
        page.setDatabase(&db);
        page.show();
        CHECK(test::pageButton(page, "addNetworkUnit")->isEnabled());
        CHECK_FALSE(test::pageButton(page, "editNetworkUnit")->isEnabled());
        CHECK(test::answerModal(test::pageButton(page, "addNetworkUnit"), [](QWidget *modal) {
            CHECK(qobject_cast<NetworkUnitDialog *>(modal));
        }));
        auto *table = page.findChild<QTableView *>(QStringLiteral("networkTable"));
        REQUIRE(table);
        REQUIRE(table->model()->rowCount() == 1);
        table->selectRow(0);
        QPushButton *edit = test::pageButton(page, "editNetworkUnit");
        CHECK(edit->isEnabled());
        // Renamed through Edit…: the table shows the new name.
        CHECK(test::answerModal(edit, [](QWidget *modal) {
            auto *editor = qobject_cast<NetworkUnitDialog *>(modal);
            if (!editor)
                return;
            if (auto *name = editor->findChild<QLineEdit *>(QStringLiteral("unitName")))
                name->setText(QStringLiteral("РМО математиков"));
            editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }));
        CHECK(page.model()->rowAt(0).name == QStringLiteral("РМО математиков"));

        // A double-click on a row opens its editor too.
        bool opened = false;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, [&] {
            auto *editor = qobject_cast<NetworkUnitDialog *>(QApplication::activeModalWidget());
            opened = editor && editor->findChild<QLineEdit *>(QStringLiteral("unitName"))->text()
                                   == QStringLiteral("РМО математиков");
            if (editor)
                editor->reject();
        });
        timer.start(0);
        const QRect cell = table->visualRect(table->model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        CHECK(opened);
    }
}
