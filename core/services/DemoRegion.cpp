#include "services/DemoRegion.h"

#include "domain/Methodist.h"
#include "domain/ReferenceData.h"
#include "domain/Snils.h"
#include "domain/Teacher.h"
#include "services/Setup.h"
#include "storage/DevelopmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/TeacherRepository.h"

#include <QRandomGenerator>

namespace metodist {

namespace {

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(u' ', Qt::SkipEmptyParts);
}

const QStringList surnames = words(
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев "
    "Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев "
    "Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Королёв "
    "Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков "
    "Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов "
    "Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов Савельев Тимофеев "
    "Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв Быков Маслов Родионов "
    "Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров Наумов Потапов Журавлёв "
    "Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов Никифоров Грачёв Котов Гришин "
    "Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов Кондратьев Бирюков Горбунов Анисимов "
    "Ерёмин Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов Нестеров Симонов Прокофьев Харитонов Князев "
    "Цветков Левин Митрофанов Воронцов Аксёнов Софронов Мальцев Логинов Горшков Савин Краснов Майоров Демидов "
    "Елисеев Рыбаков Сафонов Плотников Демин Хохлов Жданов Руднев Шубин Абрамович Петрович Шевчук Бондаренко");
const QStringList maleNames = words("Александр Алексей Андрей Артём Владимир Дмитрий Евгений Иван Игорь Максим "
                                    "Михаил Николай Павел Пётр Роман Семён Сергей Фёдор Юрий Олег");
const QStringList femaleNames = words("Анна Алёна Валентина Галина Дарья Екатерина Елена Ирина Людмила Марина "
                                      "Мария Наталья Ольга Светлана Татьяна Юлия Оксана Надежда Вера Любовь");
const QStringList fathers = words("Александров Алексеев Андреев Викторов Владимиров Дмитриев Евгеньев Иванов "
                                  "Игорев Михайлов Николаев Павлов Петров Семёнов Сергеев Фёдоров Юрьев Олегов");
const QStringList positions = words("учитель учитель учитель учитель учитель воспитатель педагог-психолог "
                                    "учитель-логопед");

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

Names randomName(QRandomGenerator &random, bool female)
{
    const QString surname = pick(random, surnames);
    return {female ? feminine(surname) : surname, pick(random, female ? femaleNames : maleNames),
            patronymic(pick(random, fathers), female)};
}

QString snilsFor(quint32 number)
{
    const QString nine = QStringLiteral("%1").arg(number, 9, 10, QLatin1Char('0'));
    return nine + Snils::checkDigitsFor(nine);
}

} // namespace

Result<DemoSummary> DemoRegion::generate(Database &db, const DemoOptions &options, Progress *progress)
{
    if (options.teachers < 0 || options.methodists < 0)
        return Status::failure(tr("The numbers of teachers and methodists cannot be negative."));
    auto setup = Setup::initialise(db, options.region);
    if (!setup)
        return setup.status();

    DictionaryRepository dictionaries(db);
    QHash<QString, QList<DictionaryEntry>> dict;
    for (const QString &name : ReferenceData::dictionaries()) {
        auto entries = dictionaries.entries(name);
        if (!entries)
            return entries.status();
        dict.insert(name, entries.value());
    }
    const auto idOf = [&](const QString &dictionary, const QString &code) -> qint64 {
        for (const DictionaryEntry &e : dict.value(dictionary))
            if (e.code == code)
                return e.id;
        return 0;
    };
    const QList<DictionaryEntry> municipalities = dict.value(QStringLiteral("municipalities"));
    if (municipalities.isEmpty())
        return Status::failure(tr("The region has no municipalities."));

    const BulkWrite bulk(db);
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    QRandomGenerator random(options.seed);
    DemoSummary summary;
    summary.municipalities = int(municipalities.size());

    // Schools: the regional centre (first municipality) gets the most.
    OrganisationRepository organisations(db);
    QList<qint64> schoolIds;
    QHash<qint64, QList<qint64>> schoolsOf;
    QHash<qint64, qint64> municipalityOfSchool;
    const int schoolsWanted = std::max(int(municipalities.size()) * 3, options.teachers / 35);
    for (int i = 0; i < schoolsWanted; ++i) {
        const DictionaryEntry &m = municipalities.at(i < int(municipalities.size()) ? i
                                                     : (random.bounded(3) == 0 ? 0 : random.bounded(int(municipalities.size()))));
        const int number = int(schoolsOf.value(m.id).size()) + 1;
        Organisation o;
        o.municipalityId = m.id;
        o.name = random.bounded(5) == 0 ? QStringLiteral("МАДОУ детский сад № %1").arg(number)
                                        : QStringLiteral("МАОУ СОШ № %1").arg(number);
        o.lowResults = random.bounded(100) < 8;
        o.growthPoint = random.bounded(100) < 20;
        o.internshipSite = random.bounded(100) < 5;
        auto id = organisations.insert(o);
        if (!id)
            return id.status();
        schoolIds.append(id.value());
        schoolsOf[m.id].append(id.value());
        municipalityOfSchool.insert(id.value(), m.id);
    }
    summary.organisations = int(schoolIds.size());

    const QList<qint64> subjects = weightedSubjects(dict.value(QStringLiteral("subjects")));
    const QList<DictionaryEntry> &categories = dict[QStringLiteral("qualification_categories")];
    const QList<DictionaryEntry> &levels = dict[QStringLiteral("competence_levels")];
    const QList<DictionaryEntry> &support = dict[QStringLiteral("support_categories")];
    const QList<DictionaryEntry> &deficits = dict[QStringLiteral("deficit_areas")];
    quint32 snilsNumber = 100000000 + random.bounded(400000000);

    TeacherRepository teachers(db);
    DevelopmentRepository development(db);
    const QDate yearStart(2025, 9, 1);
    for (int i = 0; i < options.teachers; ++i) {
        const bool female = random.bounded(100) < 82;
        const Names name = randomName(random, female);
        Teacher t;
        t.lastName = name.last;
        t.firstName = name.first;
        t.middleName = name.middle;
        t.snils = random.bounded(100) < 95 ? snilsFor(snilsNumber += 1 + random.bounded(50)) : QString();
        t.organisationId = pick(random, schoolIds);
        t.position = pick(random, positions);
        t.subjectId = pick(random, subjects);
        t.experienceYears = random.bounded(41);
        t.qualificationCategoryId = pick(random, categories).id;
        t.competenceLevelId = pick(random, levels).id;
        for (int c = 0, n = random.bounded(3); c < n; ++c) {
            const qint64 category = pick(random, support).id;
            if (!t.supportCategoryIds.contains(category))
                t.supportCategoryIds.append(category);
        }
        auto id = teachers.insert(t);
        if (!id)
            return id.status();
        if (random.bounded(100) < 40) {
            Diagnostic d{0, id.value(), yearStart.addDays(random.bounded(120)), t.competenceLevelId, {}, {}};
            for (int k = 0, n = 1 + random.bounded(3); k < n; ++k)
                if (const qint64 area = pick(random, deficits).id; !d.deficitAreaIds.contains(area))
                    d.deficitAreaIds.append(area);
            if (auto added = development.addDiagnostic(d); !added)
                return added.status();
            ++summary.diagnostics;
        }
        if (random.bounded(100) < 25) {
            PkRecord pk;
            pk.teacherId = id.value();
            pk.program = random.bounded(2) ? QStringLiteral("Школа современного учителя") : QStringLiteral("Методика обучения предмету");
            pk.hours = random.bounded(2) ? 36 : 72;
            pk.federalRegistry = random.bounded(100) < 60;
            pk.completedOn = yearStart.addDays(random.bounded(300));
            if (auto added = development.addPk(pk); !added)
                return added.status();
            ++summary.pkRecords;
        }
        if (progress && i % 2000 == 0) {
            progress->report(i, options.teachers + options.methodists);
            if (progress->cancelled())
                return Status::failure(tr("The generation was cancelled; the database was not changed."));
        }
    }
    summary.teachers = options.teachers;

    MethodistRepository methodists(db);
    const qint64 staff = idOf(QStringLiteral("employment_forms"), QStringLiteral("staff"));
    const qint64 gph = idOf(QStringLiteral("employment_forms"), QStringLiteral("gph"));
    const qint64 municipal = idOf(QStringLiteral("employment_forms"), QStringLiteral("municipal"));
    const qint64 highest = idOf(QStringLiteral("qualification_categories"), QStringLiteral("highest"));
    const qint64 first = idOf(QStringLiteral("qualification_categories"), QStringLiteral("first"));
    const qint64 pedagogical = idOf(QStringLiteral("education_levels"), QStringLiteral("higher_pedagogical"));
    for (int i = 0; i < options.methodists; ++i) {
        const bool female = random.bounded(100) < 85;
        const Names name = randomName(random, female);
        Methodist m;
        m.lastName = name.last;
        m.firstName = name.first;
        m.middleName = name.middle;
        m.snils = snilsFor(snilsNumber += 1 + random.bounded(50));
        m.organisationId = pick(random, schoolIds);
        m.municipalityId = municipalityOfSchool.value(m.organisationId);
        m.position = QStringLiteral("региональный методист");
        m.subjectId = pick(random, subjects);
        // Kaliningrad's mix: 185 municipal methodists, 24 under ГПХ, 15 institute staff.
        const int form = random.bounded(224);
        m.employmentFormId = form < 185 ? municipal : form < 209 ? gph : staff;
        m.qualificationCategoryId = random.bounded(100) < 93 ? highest : first;
        m.educationLevelId = pedagogical;
        m.experienceYears = 3 + random.bounded(33);
        m.capacity = 60;
        m.federalPk = random.bounded(100) < 75;
        auto id = methodists.insert(m);
        if (!id)
            return id.status();
    }
    summary.methodists = options.methodists;
    if (Status status = transaction.commit(); !status)
        return status;
    return summary;
}

} // namespace metodist
