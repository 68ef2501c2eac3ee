#include <catch2/catch.hpp>

// The «Support network» page: what an import brings, filtered and detailed.

#include "TestSupport.h"
#include "dialogs/ImportWizard.h"
#include "models/NetworkModels.h"
#include "models/OrganisationModel.h"
#include "pages/NetworkPage.h"
#include "services/Setup.h"
#include "storage/Database.h"
#include "storage/DictionaryRepository.h"
#include "storage/OrganisationRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
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
    REQUIRE(db.open(scratch.path(QStringLiteral("network.sqlite"))).ok());
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
    REQUIRE(db.open(scratch.path(QStringLiteral("o.sqlite"))).ok());
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
