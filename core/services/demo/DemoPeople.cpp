#include "services/demo/DemoPeople.h"

#include "domain/ReferenceData.h"
#include "domain/AcademicYear.h"
#include "domain/Methodist.h"
#include "domain/Snils.h"
#include "domain/Teacher.h"
#include "services/demo/DemoNames.h"
#include "storage/DevelopmentRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherBulkWriter.h"
#include "storage/TeacherRepository.h"
#include "domain/SearchKey.h"

#include <QRandomGenerator>

#include <algorithm>

namespace metodist::demo {

namespace {

QString feminine(const QString &surname)
{
    if (surname.endsWith(u"ов") || surname.endsWith(u"ев") || surname.endsWith(u"ёв") || surname.endsWith(u"ин")
        || surname.endsWith(u"ын"))
        return surname + u'а';
    if (surname.endsWith(u"ский"))
        return surname.chopped(2) + QStringLiteral("ая");
    return surname; // Шевчук, Бондаренко, Петрович
}

QString patronymic(const QString &father, bool female)
{
    return father + (female ? QStringLiteral("на") : QStringLiteral("ич"));
}

template<typename T>
const T &pick(QRandomGenerator &random, const QList<T> &list)
{
    return list.at(random.bounded(int(list.size())));
}

// Subjects weighted roughly as schools staff them.
QList<qint64> weightedSubjects(const QList<DictionaryEntry> &subjects)
{
    QList<qint64> weighted;
    for (const DictionaryEntry &s : subjects) {
        int weight = 1;
        if (s.code == u"primary_school")
            weight = 8;
        else if (s.code == u"russian_language" || s.code == u"mathematics")
            weight = 6;
        else if (s.code == u"english_language" || s.code == u"preschool")
            weight = 4;
        else if (s.code == u"history" || s.code == u"physical_education" || s.code == u"biology"
                 || s.code == u"geography" || s.code == u"physics" || s.code == u"informatics"
                 || s.code == u"chemistry" || s.code == u"literature")
            weight = 2;
        for (int i = 0; i < weight; ++i)
            weighted.append(s.id);
    }
    return weighted;
}

struct Names
{
    QString last, first, middle;
};

Names randomName(QRandomGenerator &random, const DemoNames &names, bool female)
{
    const QString surname = pick(random, names.surnames);
    return {female ? feminine(surname) : surname, pick(random, female ? names.femaleNames : names.maleNames),
            patronymic(pick(random, names.patronymicStems), female)};
}

QString snilsFor(quint32 number)
{
    const QString nine = QStringLiteral("%1").arg(number, 9, 10, QLatin1Char('0'));
    return nine + Snils::checkDigitsFor(nine);
}

} // namespace

Status DemoPeople::generate(Database &db, const DemoOptions &options, const QDate &today, const Dictionaries &dict,
                            DemoPopulation &people, DemoSummary &summary, Progress *progress, qint64 totalUnits)
{
    const DemoNames &names = DemoNames::shipped();
    if (!names.isComplete())
        return Status::failure(tr("The name lists of the demonstration region are missing from the program."));
    const auto idOf = [&](const QString &dictionary, const QString &code) -> qint64 {
        for (const DictionaryEntry &e : dict.value(dictionary))
            if (e.code == code)
                return e.id;
        return 0;
    };
    // The regional centre first: it gets about two schools in five (as
    // г. Тюмень has 17 of Tyumen's 41 regional methodists), the rest are
    // spread over the other municipalities.
    QList<DictionaryEntry> municipalities = dict.value(QStringLiteral("municipalities"));
    if (auto region = ReferenceData::region(options.region); region && !region->centre.isEmpty()) {
        for (qsizetype m = 0; m < municipalities.size(); ++m)
            if (municipalities[m].name == region->centre) {
                municipalities.move(m, 0);
                break;
            }
    }
    const qint64 peopleUnits = qint64(options.teachers) + options.methodists;
    QRandomGenerator random(options.seed);

    // Schools: the regional centre (first municipality) gets the most; its
    // first school is an internship site.
    OrganisationWriter organisations(db);
    QList<qint64> schoolIds;
    QHash<qint64, QList<qint64>> schoolsOf;
    QHash<qint64, qint64> municipalityOfSchool;
    const int schoolsWanted = std::max(int(municipalities.size()) * 3, options.teachers / 35);
    for (int i = 0; i < schoolsWanted; ++i) {
        const DictionaryEntry &m = municipalities.at(i < int(municipalities.size()) ? i
                                                     : (random.bounded(100) < 38 ? 0 : random.bounded(int(municipalities.size()))));
        const int number = int(schoolsOf.value(m.id).size()) + 1;
        Organisation o;
        o.municipalityId = m.id;
        o.name = random.bounded(5) == 0 && i > 0 ? names.kindergartenName.arg(number)
                                                 : names.schoolName.arg(number);
        o.lowResults = random.bounded(100) < 8;
        o.growthPoint = random.bounded(100) < 20;
        o.internshipSite = random.bounded(100) < 5 || i == 0;
        auto id = organisations.insert(o);
        if (!id)
            return id.status();
        schoolIds.append(id.value());
        schoolsOf[m.id].append(id.value());
        municipalityOfSchool.insert(id.value(), m.id);
        people.schools.push_back({id.value(), m.id, o.name, o.internshipSite});
    }
    summary.organisations = int(schoolIds.size());

    const QList<qint64> subjects = weightedSubjects(dict.value(QStringLiteral("subjects")));
    const qint64 preschool = idOf(QStringLiteral("subjects"), QStringLiteral("preschool"));
    // Categories of the registry as offices see them: mostly высшая, первая
    // and none; «педагог-наставник» and «педагог-методист» (since 2023) are
    // rare, and applied for by experienced teachers.
    QList<DictionaryEntry> categories;
    for (const DictionaryEntry &entry : dict[QStringLiteral("qualification_categories")])
        if (!entry.code.startsWith(u"pedagogue_"))
            categories.append(entry);
    const qint64 firstCategory = idOf(QStringLiteral("qualification_categories"), QStringLiteral("first"));
    const qint64 noCategory = idOf(QStringLiteral("qualification_categories"), QStringLiteral("none"));
    const qint64 mentorCategory = idOf(QStringLiteral("qualification_categories"), QStringLiteral("pedagogue_mentor"));
    const qint64 methodistCategory =
        idOf(QStringLiteral("qualification_categories"), QStringLiteral("pedagogue_methodist"));
    const QList<DictionaryEntry> &levels = dict[QStringLiteral("competence_levels")];
    const QList<DictionaryEntry> &supportCategories = dict[QStringLiteral("support_categories")];
    const QList<DictionaryEntry> &deficits = dict[QStringLiteral("deficit_areas")];
    const qint64 young = idOf(QStringLiteral("support_categories"), QStringLiteral("young_specialists"));
    const qint64 heads = idOf(QStringLiteral("support_categories"), QStringLiteral("association_heads"));
    quint32 snilsNumber = 100000000 + random.bounded(400000000);

    // Diagnostics and ПК of the months before today: this autumn, or the
    // year before for what would lie after today.
    const QDate yearStart = AcademicYear::containing(today).firstDay();
    const auto notAfterToday = [&](const QDate &date) { return date > today ? date.addYears(-1) : date; };

    // Teachers as an import writes them: bound without QVariant, and (for a
    // big region) the indexes and the name search built once at the end.
    TeacherColumns allColumns;
    allColumns.position = allColumns.experience = allColumns.qualificationCategory = true;
    allColumns.competenceLevel = allColumns.supportCategories = allColumns.categoryAssignedOn = true;
    allColumns.categoryApplied = true;
    TeacherBulkWriter teachers(db, allColumns);
    if (Status begun = teachers.begin(options.teachers); !begun)
        return begun;
    DevelopmentWriter development(db);
    if (options.supportData)
        people.teachers.reserve(size_t(options.teachers));
    for (int i = 0; i < options.teachers; ++i) {
        const bool female = random.bounded(100) < 82;
        const Names name = randomName(random, names, female);
        Teacher t;
        t.lastName = name.last;
        t.firstName = name.first;
        t.middleName = name.middle;
        t.snils = random.bounded(100) < 95 ? snilsFor(snilsNumber += 1 + random.bounded(50)) : QString();
        t.organisationId = pick(random, schoolIds);
        t.position = pick(random, names.positions);
        t.subjectId = pick(random, subjects);
        t.experienceYears = random.bounded(41);
        t.qualificationCategoryId = pick(random, categories).id;
        t.competenceLevelId = pick(random, levels).id;
        for (int c = 0, n = random.bounded(3); c < n; ++c) {
            const qint64 category = pick(random, supportCategories).id;
            if (!t.supportCategoryIds.contains(category))
                t.supportCategoryIds.append(category);
        }
        // Young specialists are the first years in the profession (and some
        // newcomers); heads of methodical associations are experienced.
        const int experience = *t.experienceYears;
        const bool isYoung = experience <= 2 || (t.supportCategoryIds.contains(young) && experience <= 10);
        t.supportCategoryIds.removeAll(young);
        if (experience < 10)
            t.supportCategoryIds.removeAll(heads);
        if (isYoung && young > 0)
            t.supportCategoryIds.prepend(young);
        // When the category was given: within five years; a third of the
        // young teachers got the first category this year.
        if (isYoung) {
            t.qualificationCategoryId = random.bounded(3) == 0 ? firstCategory : noCategory;
            if (t.qualificationCategoryId == firstCategory)
                t.categoryAssignedOn = yearStart.addDays(random.bounded(std::max<qint64>(1, yearStart.daysTo(today) + 1)));
        } else if (t.qualificationCategoryId != noCategory && t.qualificationCategoryId > 0) {
            t.categoryAssignedOn = notAfterToday(yearStart.addDays(-random.bounded(5 * 365)));
            const int chance = random.bounded(1000);
            if (experience >= 15 && chance < 12)
                t.qualificationCategoryId = chance < 4 ? methodistCategory : mentorCategory;
            else if (experience >= 10 && chance < 60) {
                t.categoryAppliedId = chance < 45 ? mentorCategory : methodistCategory;
                t.categoryAppliedOn = yearStart.addDays(random.bounded(std::max<qint64>(1, yearStart.daysTo(today) + 1)));
            }
        }
        auto id = teachers.insert(t, searchKey({t.lastName, t.firstName, t.middleName}));
        if (!id)
            return id.status();
        DemoTeacher demo;
        demo.id = id.value();
        demo.young = isYoung;
        demo.preschool = t.subjectId == preschool;
        demo.subjectId = t.subjectId;
        demo.municipalityId = municipalityOfSchool.value(t.organisationId);
        if (random.bounded(100) < 40) {
            Diagnostic d{0, id.value(), notAfterToday(yearStart.addDays(10 + random.bounded(120))),
                         t.competenceLevelId, {}, {}};
            for (int k = 0, n = 1 + random.bounded(3); k < n; ++k) {
                const int area = random.bounded(int(deficits.size()));
                if (!d.deficitAreaIds.contains(deficits.at(area).id)) {
                    d.deficitAreaIds.append(deficits.at(area).id);
                    if (area < 8)
                        demo.deficits |= quint8(1u << area);
                }
            }
            auto added = development.addDiagnostic(d);
            if (!added)
                return added.status();
            demo.diagnosticId = added.value();
            demo.diagnosedOn = d.diagnosedOn;
            for (int l = 0; l < levels.size(); ++l)
                if (levels.at(l).id == t.competenceLevelId)
                    demo.level = qint8(l);
            ++summary.diagnostics;
        }
        if (random.bounded(100) < 25) {
            PkRecord pk;
            pk.teacherId = id.value();
            pk.program = random.bounded(2) ? QStringLiteral("Школа современного учителя") : QStringLiteral("Методика обучения предмету");
            pk.hours = random.bounded(2) ? 36 : 72;
            pk.federalRegistry = random.bounded(100) < 60;
            pk.completedOn = notAfterToday(yearStart.addDays(random.bounded(300) - 120));
            if (auto added = development.addPk(pk); !added)
                return added.status();
            ++summary.pkRecords;
        }
        if (options.supportData)
            people.teachers.push_back(demo);
        if (progress && i % 2000 == 0) {
            progress->report(i, totalUnits);
            if (progress->cancelled())
                return Status::failure(tr("The generation was cancelled; the database was not changed."));
        }
    }
    if (Status built = teachers.finish(); !built)
        return built;
    summary.teachers = options.teachers;

    MethodistWriter methodists(db);
    const qint64 staff = idOf(QStringLiteral("employment_forms"), QStringLiteral("staff"));
    const qint64 gph = idOf(QStringLiteral("employment_forms"), QStringLiteral("gph"));
    const qint64 municipal = idOf(QStringLiteral("employment_forms"), QStringLiteral("municipal"));
    const qint64 highest = idOf(QStringLiteral("qualification_categories"), QStringLiteral("highest"));
    const qint64 first = idOf(QStringLiteral("qualification_categories"), QStringLiteral("first"));
    const qint64 pedagogical = idOf(QStringLiteral("education_levels"), QStringLiteral("higher_pedagogical"));
    // A member of the РМА at a school of the region, with a random subject
    // (the same draws in the same order as before, so the same seed gives
    // the same region).
    const auto newMethodist = [&]() {
        const Names name = randomName(random, names, random.bounded(100) < 85);
        Methodist m;
        m.lastName = name.last;
        m.firstName = name.first;
        m.middleName = name.middle;
        m.snils = snilsFor(snilsNumber += 1 + random.bounded(50));
        m.organisationId = pick(random, schoolIds);
        m.municipalityId = municipalityOfSchool.value(m.organisationId);
        m.position = QStringLiteral("региональный методист");
        m.subjectId = pick(random, subjects);
        return m;
    };
    for (int i = 0; i < options.methodists; ++i) {
        Methodist m = newMethodist();
        // Kaliningrad's mix, exactly at its size: 185 municipal methodists,
        // 24 under ГПХ, 15 institute staff; the same shares at any other.
        const int form = int(qint64(i) * 224 / std::max(1, options.methodists));
        m.employmentFormId = form < 185 ? municipal : form < 209 ? gph : staff;
        if (m.employmentFormId == staff)
            m.rate = random.bounded(2) ? 0.5 : 1.0;
        // In the РМА since the model began (2021) or later; a few left last year.
        m.joinedOn = QDate(2021, 9, 1).addDays(random.bounded(std::max<qint64>(1, QDate(2021, 9, 1).daysTo(yearStart))));
        m.phone = QStringLiteral("+7 9%1 %2-%3-%4")
                      .arg(random.bounded(10, 100))
                      .arg(random.bounded(100, 1000))
                      .arg(random.bounded(10, 100))
                      .arg(random.bounded(10, 100));
        m.email = QStringLiteral("metodist%1@cnppm.example.ru").arg(i + 1);
        m.qualificationCategoryId = random.bounded(100) < 93 ? highest : first;
        m.educationLevelId = pedagogical;
        m.experienceYears = 3 + random.bounded(33);
        m.capacity = 60;
        m.federalPk = random.bounded(100) < 75;
        auto id = methodists.insert(m);
        if (!id)
            return id.status();
        people.methodists.push_back({id.value(), m.shortName(), m.municipalityId});
    }
    // Former members: they left the РМА last year, kept for the history.
    const QStringList reasons{QStringLiteral("переход на другую работу"), QStringLiteral("по собственному желанию"),
                              QStringLiteral("выход на пенсию")};
    for (int i = 0, formerCount = options.methodists / 40; i < formerCount; ++i) {
        Methodist m = newMethodist();
        m.employmentFormId = municipal;
        m.qualificationCategoryId = highest;
        m.educationLevelId = pedagogical;
        m.experienceYears = 10 + random.bounded(25);
        m.active = false;
        m.joinedOn = QDate(2021, 9, 1).addDays(random.bounded(300));
        m.leftOn = yearStart.addDays(-30 - random.bounded(200));
        m.leftReason = pick(random, reasons);
        if (auto id = methodists.insert(m); !id)
            return id.status();
    }
    summary.methodists = options.methodists;
    if (progress) {
        progress->report(peopleUnits, totalUnits);
        if (progress->cancelled())
            return Status::failure(tr("The generation was cancelled; the database was not changed."));
    }
    return Status::success();
}

} // namespace metodist::demo
