#include "services/demo/SupportWork.h"

#include "storage/EventRepository.h"
#include "storage/CatalogueRepository.h"
#include "storage/RouteRepository.h"

namespace metodist::demo {

namespace {

struct EventTemplate
{
    const char *key;
    int month;
    int day;
    int days; // 1: one day
    const char *level;
    const char *stage;
    Organiser organiser;
    const char *title; // {year}: «2026/2027», {spring}: 2027
    const char *participants;
};

// The calendar of a year in the life of a regional centre, September to August.
const EventTemplate eventTemplates[] = {
    {"start", 9, 4, 1, "regional", "diagnostics", Organiser::Institute,
     "Установочное совещание региональных методистов «Задачи методического сопровождения педагогов на {year} учебный год»",
     "региональные методисты, руководители муниципальных методических служб"},
    {"diagnostics", 9, 15, 31, "regional", "diagnostics", Organiser::Institute,
     "Региональная диагностика профессиональных дефицитов педагогических работников",
     "педагоги, закреплённые за региональными методистами"},
    {"esoo", 9, 24, 1, "regional", "training", Organiser::Institute,
     "Вебинар «Рабочая программа по предмету: работа в конструкторе ЕСОО»", "учителя-предметники"},
    {"literacy_seminar", 10, 1, 1, "municipal", "training", Organiser::Municipal,
     "Семинар-практикум «Формирование функциональной грамотности обучающихся на уроках»",
     "учителя основной и средней школы"},
    {"teachers_day", 10, 5, 1, "regional", "experience_presentation", Organiser::Authority,
     "Торжественное мероприятие, посвящённое Дню учителя", "педагоги и руководители образовательных организаций"},
    {"techcard", 10, 8, 1, "intermunicipal", "implementation", Organiser::Institute,
     "Мастер-класс «Технологическая карта современного урока»", "молодые педагоги, учителя-предметники"},
    {"young1", 10, 16, 1, "municipal", "training", Organiser::Municipal,
     "Школа молодого педагога. Занятие 1: «Первые шаги в профессии: планирование урока»",
     "молодые специалисты и вновь прибывшие педагоги"},
    {"low_results", 10, 21, 2, "regional", "implementation", Organiser::Institute,
     "Методический выезд в школы с низкими образовательными результатами (проект «500+»)",
     "педагоги и администрация школ с низкими результатами"},
    {"moya_shkola", 10, 29, 1, "regional", "training", Organiser::Institute,
     "Вебинар «ФГИС «Моя школа»: цифровые сервисы в работе учителя»", "педагоги общеобразовательных организаций"},
    {"mentoring", 11, 12, 1, "regional", "experience_presentation", Organiser::Institute,
     "Круглый стол «Наставничество в образовательной организации: практики и результаты»",
     "наставники, заместители директоров по УВР"},
    {"vpr", 11, 19, 1, "municipal", "diagnostics", Organiser::Municipal,
     "Семинар для руководителей методических объединений «Анализ результатов ВПР и коррекция рабочих программ»",
     "руководители школьных и муниципальных методических объединений"},
    {"motivation", 11, 26, 1, "school", "self_development", Organiser::School,
     "Педагогическая мастерская «Работа с разномотивированными обучающимися»",
     "педагоги школы и закреплённых образовательных организаций"},
    {"gia", 12, 3, 1, "regional", "training", Organiser::Institute,
     "Вебинар «Подготовка к ГИА-{spring}: типичные ошибки и способы их предупреждения»",
     "учителя, работающие в 9 и 11 классах"},
    {"winners", 12, 10, 1, "regional", "experience_presentation", Organiser::Institute,
     "Мастер-классы победителей и призёров конкурса «Учитель года» прошлых лет", "педагоги региона"},
    {"young2", 12, 17, 1, "municipal", "training", Organiser::Municipal,
     "Школа молодого педагога. Занятие 2: «Управление классом и профилактика конфликтов»",
     "молодые специалисты и их наставники"},
    {"ovz", 1, 14, 1, "intermunicipal", "training", Organiser::Institute,
     "Семинар «Психолого-педагогическое сопровождение обучающихся с ОВЗ в общеобразовательной школе»",
     "учителя, педагоги-психологи, учителя-логопеды"},
    {"contest_municipal", 1, 19, 12, "municipal", "experience_presentation", Organiser::Municipal,
     "Муниципальный этап конкурса «Учитель года России — {spring}»", "педагоги образовательных организаций округа"},
    {"burnout", 1, 28, 1, "regional", "self_development", Organiser::Institute,
     "Вебинар «Профилактика профессионального выгорания педагога»", "педагоги, педагоги-психологи"},
    {"debut", 2, 4, 1, "regional", "experience_presentation", Organiser::AuthorityAndInstitute,
     "Региональный конкурс профессионального мастерства «Педагогический дебют»",
     "молодые педагоги со стажем до трёх лет"},
    {"growth_points", 2, 11, 1, "intermunicipal", "implementation", Organiser::Municipal,
     "Межмуниципальный семинар «Центры «Точка роста» как ресурс сетевого взаимодействия школ»",
     "педагоги центров «Точка роста»"},
    {"contest_regional", 2, 16, 25, "regional", "experience_presentation", Organiser::AuthorityAndInstitute,
     "Региональный этап Всероссийского конкурса «Учитель года России — {spring}»",
     "победители муниципальных этапов конкурса"},
    {"literacy_marathon", 2, 25, 1, "regional", "implementation", Organiser::Institute,
     "Методический марафон «Функциональная грамотность: от диагностики к результату»",
     "учителя-предметники, руководители методических объединений"},
    {"open_lessons", 3, 4, 1, "municipal", "experience_presentation", Organiser::Municipal,
     "Открытые уроки членов регионального методического актива", "учителя-предметники"},
    {"digital", 3, 11, 1, "regional", "training", Organiser::Institute,
     "Вебинар «Цифровая грамотность педагога: безопасная работа с сервисами искусственного интеллекта»",
     "педагоги общеобразовательных организаций"},
    {"attestation", 3, 18, 1, "regional", "training", Organiser::Institute,
     "Семинар «Аттестация педагогических работников: порядок и портфолио»", "педагоги, выходящие на аттестацию"},
    {"conference", 3, 25, 3, "regional", "experience_presentation", Organiser::Institute,
     "Региональная научно-практическая конференция «Непрерывное профессиональное развитие педагога: региональные "
     "практики»",
     "педагоги, методисты, руководители образовательных организаций"},
    {"federal", 4, 8, 1, "federal", "training", Organiser::Federal,
     "Всероссийский вебинар «Единая федеральная система научно-методического сопровождения педагогов»",
     "региональные методисты, сотрудники ЦНППМ"},
    {"festival", 4, 15, 1, "municipal", "experience_presentation", Organiser::Municipal,
     "Фестиваль педагогических идей молодых учителей", "молодые специалисты"},
    {"young3", 4, 22, 1, "municipal", "self_development", Organiser::Municipal,
     "Школа молодого педагога. Занятие 3: «Самоанализ урока»", "молодые специалисты и их наставники"},
    {"survey", 5, 13, 10, "regional", "diagnostics", Organiser::Institute,
     "Анкетирование педагогов «Удовлетворённость методическим сопровождением»",
     "педагоги, закреплённые за региональными методистами"},
    {"results", 5, 20, 1, "regional", "experience_presentation", Organiser::Institute,
     "Итоговое совещание региональных методистов «Результаты методического сопровождения за {year} учебный год»",
     "региональные методисты"},
    {"summer_school", 6, 2, 4, "regional", "training", Organiser::Institute,
     "Летняя методическая школа «Проектирование ИОМ педагога на новый учебный год»",
     "региональные и муниципальные методисты"},
    {"school_council", 6, 17, 1, "school", "experience_presentation", Organiser::School,
     "Заседание методического совета «Итоги методической работы за год»", "педагогический коллектив"},
    {"august", 8, 25, 2, "regional", "experience_presentation", Organiser::AuthorityAndInstitute,
     "Августовская педагогическая конференция работников образования",
     "педагоги и руководители образовательных организаций региона"},
};

struct CatalogueTemplate
{
    const char *kind;
    const char *area;
    const char *title;
    int hours; // 0: none
    bool federalRegistry;
    const char *eventKey; // events: the calendar's event
    Audience audience;
    const char *subjects = nullptr; // subject codes, «,» between; none: any subject
    const char *alsoArea = nullptr; // a second area the offer addresses
};

// A dozen and a half offers, each for an area of deficits (the subject
// courses on methodology for two).
const CatalogueTemplate catalogueTemplates[] = {
    {"course", "subject", "Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя", 36, true, nullptr,
     Audience::School},
    {"course", "subject", "Школа современного учителя: развитие предметных компетенций", 100, true, nullptr,
     Audience::School},
    {"internship", "subject", "Стажировка «Современный урок: предметное содержание и методика»", 16, false, nullptr,
     Audience::School},
    {"course", "subject", "Реализация ФОП ДО: содержание и организация образовательной деятельности", 72, true,
     nullptr, Audience::Preschool, "preschool"},
    {"course", "subject", "Методика преподавания физики: эксперимент и решение задач", 72, true, nullptr,
     Audience::School, "physics", "methodical"},
    {"course", "subject", "Трудные темы школьного курса математики и подготовка к ГИА", 72, true, nullptr,
     Audience::School, "mathematics", "methodical"},
    {"course", "methodical", "Методика обучения русскому языку и литературе по обновлённым ФГОС", 72, true, nullptr,
     Audience::School, "russian_language,literature", "subject"},
    {"course", "methodical", "Урок в начальной школе по ФГОС НОО: проектирование и анализ", 36, true, nullptr,
     Audience::School, "primary_school"},
    {"course", "methodical", "Формирование функциональной грамотности обучающихся: методика и практика", 72, true,
     nullptr, Audience::School},
    {"event", "methodical", "Мастер-класс «Технологическая карта современного урока»", 0, false, "techcard",
     Audience::School},
    {"self_study", "methodical", "Разработка рабочей программы в конструкторе «Единое содержание общего образования»",
     0, false, nullptr, Audience::School},
    {"self_study", "methodical", "Проектирование развивающей предметно-пространственной среды группы", 0, false,
     nullptr, Audience::Preschool, "preschool"},
    {"mentoring", "methodical", "Наставничество: методическое сопровождение молодого педагога", 0, false, nullptr,
     Audience::Any},
    {"course", "psycho_pedagogical",
     "Психолого-педагогическое сопровождение обучающихся с ОВЗ в условиях инклюзивного образования", 72, false,
     nullptr, Audience::Any},
    {"internship", "psycho_pedagogical", "Стажировка «Работа с разномотивированными обучающимися»", 24, false,
     nullptr, Audience::School},
    {"event", "psycho_pedagogical", "Вебинар «Профилактика профессионального выгорания педагога»", 0, false,
     "burnout", Audience::Any},
    {"course", "communicative", "Эффективная коммуникация с участниками образовательных отношений", 36, false,
     nullptr, Audience::Any},
    {"self_study", "communicative", "Изучение практик медиации и разрешения конфликтов в образовательной организации",
     0, false, nullptr, Audience::Any},
    {"course", "digital", "Цифровая образовательная среда: ФГИС «Моя школа» в работе педагога", 36, true, nullptr,
     Audience::School},
    {"event", "digital", "Вебинар «ФГИС «Моя школа»: цифровые сервисы в работе учителя»", 0, false, "moya_shkola",
     Audience::School},
    {"self_study", "other", "Подготовка портфолио профессиональных достижений к аттестации", 0, false, nullptr,
     Audience::Any},
    {"event", "other",
     "Выступление на региональной научно-практической конференции «Непрерывное профессиональное развитие педагога»",
     0, false, "conference", Audience::Any},
};

} // namespace

QString SupportWork::organiserText(Organiser organiser)
{
    const bool tyumen = m_options.region == u"tyumen";
    const bool kaliningrad = m_options.region == u"kaliningrad";
    const QString institute = tyumen ? utf8("ЦНППМ ТОГИРРО") : kaliningrad ? utf8("ЦНППМ КОИРО") : utf8("ЦНППМ");
    const QString authority = tyumen ? utf8("Департамент образования и науки Тюменской области")
                              : kaliningrad ? utf8("Министерство образования Калининградской области")
                                            : utf8("Региональный орган управления образованием");
    const QList<DictionaryEntry> municipalities = m_dict.value(QStringLiteral("municipalities"));
    switch (organiser) {
    case Organiser::Institute:
        return institute;
    case Organiser::Authority:
        return authority;
    case Organiser::AuthorityAndInstitute:
        return authority + QStringLiteral(", ") + institute;
    case Organiser::Federal:
        return utf8("ФГАОУ ДПО «Академия Минпросвещения России»");
    case Organiser::Municipal: {
        // The regional centre organises more than the districts.
        const DictionaryEntry &m = municipalities.at(chance(40) ? 0 : bounded(int(municipalities.size())));
        return utf8("Муниципальная методическая служба (%1)").arg(m.name);
    }
    case Organiser::School: {
        const DemoSchool &school = schools.at(m_sites.at(size_t(bounded(int(m_sites.size())))));
        QString municipality;
        for (const DictionaryEntry &m : municipalities)
            if (m.id == school.municipalityId)
                municipality = m.name;
        return QStringLiteral("%1 (%2)").arg(school.name, municipality);
    }
    }
    return institute;
}

Status SupportWork::addEvents()
{
    for (size_t i = 0; i < schools.size(); ++i)
        if (schools[i].internshipSite && schools[i].name.contains(utf8("СОШ")))
            m_sites.push_back(i);
    if (m_sites.empty() && !schools.empty())
        m_sites.push_back(0);
    EventWriter events(m_db);
    const QString spring = QString::number(m_firstYear + 1);
    for (const EventTemplate &t : eventTemplates) {
        Event e;
        e.title = utf8(t.title).replace(QStringLiteral("{year}"), m_year).replace(QStringLiteral("{spring}"), spring);
        e.startsOn = forwardToWorkday(yearDate(t.month, t.day));
        if (t.days > 1)
            e.endsOn = e.startsOn.addDays(t.days - 1);
        e.levelId = idOf(QStringLiteral("event_levels"), QString::fromLatin1(t.level));
        e.modelStageId = idOf(QStringLiteral("model_stages"), QString::fromLatin1(t.stage));
        e.organiser = organiserText(t.organiser);
        e.participants = utf8(t.participants);
        auto id = events.insert(e);
        if (!id)
            return id.status();
        m_events.push_back({id.value(), QString::fromLatin1(t.key), e.title, QString::fromLatin1(t.level),
                            e.startsOn, e.endsOn});
    }
    m_summary.events = int(m_events.size());
    return Status::success();
}

const DemoEvent *SupportWork::eventByKey(const QString &key) const
{
    for (const DemoEvent &e : m_events)
        if (e.key == key)
            return &e;
    return nullptr;
}

Status SupportWork::addCatalogue()
{
    CatalogueWriter catalogue(m_db);
    for (const CatalogueTemplate &t : catalogueTemplates) {
        DemoCatalogueEntry d;
        d.kind = QString::fromLatin1(t.kind);
        d.area = indexOf(QStringLiteral("deficit_areas"), QString::fromLatin1(t.area));
        d.audience = t.audience;
        CatalogueEntry &e = d.entry;
        e.kindId = idOf(QStringLiteral("route_item_kinds"), d.kind);
        e.title = utf8(t.title);
        e.deficitAreaIds = {idOf(QStringLiteral("deficit_areas"), QString::fromLatin1(t.area))};
        if (t.alsoArea)
            if (const qint64 also = idOf(QStringLiteral("deficit_areas"), QString::fromLatin1(t.alsoArea)); also > 0)
                e.deficitAreaIds << also;
        if (t.subjects)
            for (const QString &code : QString::fromLatin1(t.subjects).split(u','))
                if (const qint64 subject = idOf(QStringLiteral("subjects"), code); subject > 0)
                    e.subjectIds << subject;
        e.provider = d.kind == u"course" ? utf8("ЦНППМ") : utf8("ЦНППМ, муниципальные методические службы");
        e.form = t.hours >= 72 ? CatalogueForm::Blended : t.hours > 0 ? CatalogueForm::InPerson : CatalogueForm::Unknown;
        if (t.hours > 0)
            e.hours = t.hours;
        e.federalRegistry = t.federalRegistry;
        if (d.kind == u"internship" && !m_sites.empty())
            e.organisationId = schools.at(m_sites.at(size_t(bounded(int(m_sites.size()))))).id;
        if (t.eventKey)
            if (const DemoEvent *event = eventByKey(QString::fromLatin1(t.eventKey)))
                e.eventId = event->id;
        if (e.kindId == 0 || d.area < 0)
            continue; // a dictionary without the entry (renamed codes): leave the offer out
        auto id = catalogue.save(e);
        if (!id)
            return id.status();
        e.id = id.value();
        m_catalogue.push_back(d);
    }
    m_summary.catalogueEntries = int(m_catalogue.size());
    return Status::success();
}

// A regional or municipal event of the calendar within the range.
const DemoEvent *SupportWork::eventWithin(const DateRange &range)
{
    std::vector<const DemoEvent *> found;
    for (const DemoEvent &e : m_events)
        if (e.startsOn >= range.start && e.lastDay() <= range.end && e.levelCode != u"school"
            && e.levelCode != u"federal")
            found.push_back(&e);
    return found.empty() ? nullptr : found[size_t(bounded(int(found.size())))];
}

} // namespace metodist::demo
