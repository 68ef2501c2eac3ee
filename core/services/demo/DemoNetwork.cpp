#include "services/demo/DemoNetwork.h"

#include "services/demo/DemoNames.h"
#include "storage/NetworkRepository.h"
#include "storage/OrganisationRepository.h"

#include <QRandomGenerator>

#include <algorithm>

namespace metodist::demo {

namespace {

// Kaliningrad's network (DOMAIN.md).
constexpr int regionalDpo = 4;
constexpr int services = 7;
constexpr int offices = 16;
constexpr int consultationPoints = 22;
constexpr int communities = 30;
constexpr int centres = 3;            // ЦМН
constexpr int coveredPerCentre = 40;  // at most, of the centre's municipality
constexpr int internshipSites = 40;   // at most
constexpr int facultyMembers = 400;   // at most
constexpr int associationShare = 60;  // % of a subject's teachers in its МО

// The subjects every municipality has an МО/РМО of, as schools staff them.
const char *const associationSubjects[] = {"primary_school", "russian_language", "mathematics", "english_language",
                                           "preschool",      "history",          "physical_education", "biology",
                                           "geography",      "physics",          "informatics",  "chemistry",
                                           "literature"};
constexpr int associationsPerMunicipality = 10; // the regional centre has all

const char *const dpoNames[] = {"Институт развития образования", "Центр непрерывного повышения профессионального "
                                "мастерства педагогических работников", "Региональный центр выявления и поддержки "
                                "одарённых детей", "Педагогический колледж"};

const char *const communityThemes[] = {
    "Клуб молодых педагогов", "Сообщество педагогов-наставников", "Ассоциация классных руководителей",
    "Сообщество педагогов-психологов", "Клуб победителей конкурсов профессионального мастерства",
    "Сообщество учителей-логопедов", "Сообщество экспертов ОГЭ и ЕГЭ", "Сообщество педагогов дополнительного образования",
    "Ассоциация педагогов инклюзивного образования", "Сообщество руководителей методических объединений",
    "Клуб учителей сельских школ", "Сообщество педагогов «Точек роста»", "Сообщество педагогов цифровой школы",
    "Ассоциация воспитателей дошкольных организаций", "Клуб педагогов-исследователей"};

const char *const themes[] = {"Функциональная грамотность", "Наставничество", "Цифровая образовательная среда",
                              "Работа с детьми с ОВЗ", "Проектная деятельность", "Школа полного дня"};

QString utf8Arg(const char *pattern, const QString &value)
{
    return QString::fromUtf8(pattern).arg(value);
}

} // namespace

Status DemoNetwork::generate(Database &db, const DemoOptions &options, const Dictionaries &dict,
                             const DemoPopulation &people, DemoSummary &summary)
{
    QRandomGenerator random(options.seed ^ 0x4e657477u); // «Netw»: apart from the people's sequence
    const auto idOf = [&](const QString &dictionary, const QString &code) -> qint64 {
        for (const DictionaryEntry &e : dict.value(dictionary))
            if (e.code == code)
                return e.id;
        return 0;
    };
    const auto kind = [&](const char *code) { return idOf(QStringLiteral("network_kinds"), QString::fromLatin1(code)); };
    const QList<DictionaryEntry> municipalities = dict.value(QStringLiteral("municipalities"));
    if (kind("association") == 0 || municipalities.isEmpty())
        return Status::success(); // a file set up without the network's kinds
    const DemoNames &names = DemoNames::shipped();

    // The schools' flags: «Кванториум» and IT-куб in a few schools (more in
    // the regional centre), the mentoring model in about 16%.
    OrganisationWriter organisations(db);
    const QString schoolPrefix = names.schoolName.section(u'%', 0, 0);
    QHash<qint64, QList<const DemoSchool *>> schoolsOf;
    for (const DemoSchool &school : people.schools) {
        if (!school.name.startsWith(schoolPrefix))
            continue;
        schoolsOf[school.municipalityId].append(&school);
        const bool centre = school.municipalityId == municipalities.first().id;
        const bool quantorium = random.bounded(100) < (centre ? 6 : 2);
        const bool itCube = random.bounded(100) < (centre ? 6 : 3);
        const bool mentoring = random.bounded(100) < 16;
        if (quantorium || itCube || mentoring)
            if (Status status = organisations.setProgrammeFlags(school.id, quantorium, itCube, mentoring); !status)
                return status;
    }

    NetworkWriter network(db);
    const auto add = [&](NetworkUnit unit, const QList<NetworkMember> &members = {}) -> Result<qint64> {
        auto id = network.save(unit);
        if (!id)
            return id;
        if (Status status = network.insertNewMembers(id.value(), members); !status)
            return status;
        ++summary.networkUnits;
        summary.networkMembers += int(members.size());
        return id;
    };
    const auto hostIn = [&](qint64 municipalityId) -> qint64 {
        const auto &schools = schoolsOf.value(municipalityId);
        return schools.isEmpty() ? 0 : schools.at(random.bounded(int(schools.size())))->id;
    };
    const auto headName = [&]() {
        const bool female = random.bounded(100) < 80;
        QString surname = names.surnames.at(random.bounded(int(names.surnames.size())));
        if (female && (surname.endsWith(u"ов") || surname.endsWith(u"ев") || surname.endsWith(u"ин")))
            surname += u'а';
        const QStringList &first = female ? names.femaleNames : names.maleNames;
        const QString stem = names.patronymicStems.at(random.bounded(int(names.patronymicStems.size())));
        return QStringLiteral("%1 %2. %3.").arg(surname, first.at(random.bounded(int(first.size()))).left(1),
                                                stem.left(1));
    };
    const auto municipalityAt = [&](int i) { return municipalities.at(i % int(municipalities.size())); };

    // Methodists by municipality: they join its service or office.
    QHash<qint64, QList<qint64>> methodistsOf;
    for (const DemoMethodist &m : people.methodists)
        methodistsOf[m.municipalityId].append(m.id);
    const auto methodistMembers = [&](qint64 municipalityId) {
        QList<NetworkMember> members;
        for (qint64 id : methodistsOf.value(municipalityId)) {
            NetworkMember m;
            m.methodistId = id;
            m.head = members.isEmpty();
            members.append(m);
        }
        return members;
    };

    for (int i = 0; i < regionalDpo; ++i) {
        NetworkUnit u;
        u.kindId = kind("regional_dpo");
        u.name = QString::fromUtf8(dpoNames[i]);
        u.headName = headName();
        if (auto id = add(u); !id)
            return id.status();
    }
    // Services in the first municipalities, offices in the next ones.
    QHash<QPair<qint64, qint64>, int> placed; // kind, municipality → units so far
    for (int i = 0; i < services + offices; ++i) {
        const DictionaryEntry &m = municipalityAt(i);
        NetworkUnit u;
        u.kindId = kind(i < services ? "mms" : "office");
        // Named as offices name them; the municipality column tells them apart.
        u.name = QString::fromUtf8(i < services ? "МКУ «Методическая служба»" : "Методический кабинет");
        // A second one of the kind in a municipality (a region of few) gets a number.
        if (const int earlier = ++placed[{u.kindId, m.id}]; earlier > 1)
            u.name += QStringLiteral(" № %1").arg(earlier);
        u.municipalityId = m.id;
        const QList<NetworkMember> members = methodistMembers(m.id);
        if (members.isEmpty())
            u.headName = headName();
        if (auto id = add(u, members); !id)
            return id.status();
        methodistsOf.remove(m.id); // one service or office per methodist
    }
    for (int i = 0; i < consultationPoints; ++i) {
        const DictionaryEntry &m = municipalityAt(i);
        NetworkUnit u;
        u.kindId = kind("consultation_point");
        u.name = utf8Arg("Консультационный пункт № %1", QString::number(i / int(municipalities.size()) + 1));
        u.municipalityId = m.id;
        u.organisationId = hostIn(m.id);
        u.headName = headName();
        if (auto id = add(u); !id)
            return id.status();
    }
    const QList<DictionaryEntry> subjects = dict.value(QStringLiteral("subjects"));
    for (int i = 0; i < communities; ++i) {
        NetworkUnit u;
        u.kindId = kind("community");
        constexpr int themed = int(std::size(communityThemes));
        if (i < themed || subjects.isEmpty()) {
            u.name = QString::fromUtf8(communityThemes[i % themed]);
            if (i >= themed)
                u.name += QStringLiteral(" (%1)").arg(i / themed + 1);
        } else {
            const DictionaryEntry &s = subjects.at((i - themed) % int(subjects.size()));
            u.name = utf8Arg("Сообщество педагогов: %1", s.name);
            u.subjectId = s.id;
        }
        u.headName = headName();
        if (auto id = add(u); !id)
            return id.status();
    }

    // МО/РМО: a subject's teachers of a municipality, a share of them members.
    QHash<QPair<qint64, qint64>, QList<const DemoTeacher *>> teachersOf;
    QList<const DemoTeacher *> young;
    for (const DemoTeacher &t : people.teachers) {
        teachersOf[{t.municipalityId, t.subjectId}].append(&t);
        if (t.young)
            young.append(&t);
    }
    for (int mi = 0; mi < municipalities.size(); ++mi) {
        const DictionaryEntry &m = municipalities.at(mi);
        const int wanted = mi == 0 ? int(std::size(associationSubjects)) : associationsPerMunicipality;
        for (int si = 0; si < wanted; ++si) {
            const qint64 subject = idOf(QStringLiteral("subjects"), QString::fromLatin1(associationSubjects[si]));
            if (subject == 0)
                continue;
            QString subjectName;
            for (const DictionaryEntry &s : subjects)
                if (s.id == subject)
                    subjectName = s.name;
            NetworkUnit u;
            u.kindId = kind("association");
            u.name = utf8Arg("РМО педагогов: %1", subjectName);
            u.municipalityId = m.id;
            u.subjectId = subject;
            QList<NetworkMember> members;
            for (const DemoTeacher *t : teachersOf.value({m.id, subject})) {
                if (random.bounded(100) >= associationShare)
                    continue;
                NetworkMember member;
                member.teacherId = t->id;
                member.head = members.isEmpty();
                members.append(member);
            }
            if (members.isEmpty())
                u.headName = headName();
            if (auto id = add(u, members); !id)
                return id.status();
        }
    }

    // ЦМН in the first municipalities, each covering schools of its own.
    for (int i = 0; i < std::min<int>(centres, int(municipalities.size())); ++i) {
        const DictionaryEntry &m = municipalities.at(i);
        NetworkUnit u;
        u.kindId = kind("cmn");
        u.name = QString::fromUtf8("Центр методического сопровождения педагогов");
        u.municipalityId = m.id;
        u.organisationId = hostIn(m.id);
        u.headName = headName();
        auto id = add(u);
        if (!id)
            return id.status();
        QList<qint64> covered;
        for (const DemoSchool *school : schoolsOf.value(m.id))
            if (covered.size() < coveredPerCentre)
                covered.append(school->id);
        if (Status status = network.setCoveredOrganisations(id.value(), covered); !status)
            return status;
    }
    // Internship sites at the schools marked as such, each with a theme.
    int sites = 0;
    for (const DemoSchool &school : people.schools) {
        if (!school.internshipSite || sites >= internshipSites)
            continue;
        NetworkUnit u;
        u.kindId = kind("internship_site");
        u.theme = QString::fromUtf8(themes[sites % int(std::size(themes))]);
        u.name = school.name;
        u.municipalityId = school.municipalityId;
        u.organisationId = school.id;
        u.headName = headName();
        if (auto id = add(u); !id)
            return id.status();
        ++sites;
    }
    // The faculty: some young specialists of the region.
    NetworkUnit faculty;
    faculty.kindId = kind("faculty");
    faculty.name = QStringLiteral("Факультет педагогических профессий");
    faculty.headName = headName();
    QList<NetworkMember> students;
    for (const DemoTeacher *t : young) {
        if (students.size() >= facultyMembers)
            break;
        if (random.bounded(100) < 30) {
            NetworkMember member;
            member.teacherId = t->id;
            students.append(member);
        }
    }
    if (kind("faculty") > 0)
        if (auto id = add(faculty, students); !id)
            return id.status();
    return Status::success();
}

} // namespace metodist::demo
