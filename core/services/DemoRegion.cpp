#include "services/DemoRegion.h"

#include "domain/Methodist.h"
#include "domain/ReferenceData.h"
#include "domain/Snils.h"
#include "domain/Teacher.h"
#include "domain/AcademicYear.h"
#include "domain/Event.h"
#include "domain/Roadmap.h"
#include "domain/Route.h"
#include "domain/WorkLog.h"
#include "services/AssignmentService.h"
#include "services/Setup.h"
#include "storage/AssignmentRepository.h"
#include "storage/DevelopmentRepository.h"
#include "storage/DictionaryRepository.h"
#include "storage/EventRepository.h"
#include "storage/MethodistRepository.h"
#include "storage/OrganisationRepository.h"
#include "storage/RoadmapRepository.h"
#include "storage/RouteRepository.h"
#include "storage/TeacherRepository.h"
#include "storage/WorkLogRepository.h"

#include <QRandomGenerator>

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>
#include <utility>
#include <vector>

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

// ---------------------------------------------------------------------------
// The support work of the academic year containing "today".

// What the people part leaves for the support part.
struct DemoTeacher
{
    qint64 id = 0;
    qint64 diagnosticId = 0;
    QDate diagnosedOn;
    quint8 deficits = 0; // bit i: the i-th area of the deficit_areas dictionary
    qint8 level = -1;    // index in competence_levels
    bool young = false;
    bool preschool = false;
};

struct DemoMethodist
{
    qint64 id = 0;
    QString shortName;
};

struct DemoSchool
{
    qint64 id = 0;
    qint64 municipalityId = 0;
    QString name;
    bool internshipSite = false;
};

struct DemoEvent
{
    qint64 id = 0;
    QString key;
    QString title;
    QString levelCode;
    QDate startsOn;
    QDate endsOn; // null: one day
    QDate lastDay() const { return endsOn.isValid() ? endsOn : startsOn; }
};

// Whom a catalogue offer suits.
enum class Audience { Any, School, Preschool };

struct DemoCatalogueEntry
{
    CatalogueEntry entry;
    QString kind; // route_item_kinds code
    int area = 0; // index in deficit_areas
    Audience audience = Audience::Any;
};

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

// Weekends and the public holidays of the Russian calendar.
bool isWorkday(const QDate &date)
{
    if (date.dayOfWeek() > 5)
        return false;
    const int month = date.month();
    const int day = date.day();
    return !((month == 1 && day <= 8) || (month == 2 && day == 23) || (month == 3 && day == 8)
             || (month == 5 && (day == 1 || day == 9)) || (month == 6 && day == 12) || (month == 11 && day == 4));
}

QDate forwardToWorkday(QDate date)
{
    while (!isWorkday(date))
        date = date.addDays(1);
    return date;
}

QDate backToWorkday(QDate date)
{
    while (!isWorkday(date))
        date = date.addDays(-1);
    return date;
}

// Who runs events in the region.
enum class Organiser { Institute, Authority, AuthorityAndInstitute, Municipal, School, Federal };

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
};

// A dozen and a half offers, each for one area of deficits.
const CatalogueTemplate catalogueTemplates[] = {
    {"course", "subject", "Реализация требований обновлённых ФГОС НОО, ФГОС ООО в работе учителя", 36, true, nullptr,
     Audience::School},
    {"course", "subject", "Школа современного учителя: развитие предметных компетенций", 100, true, nullptr,
     Audience::School},
    {"internship", "subject", "Стажировка «Современный урок: предметное содержание и методика»", 16, false, nullptr,
     Audience::School},
    {"course", "subject", "Реализация ФОП ДО: содержание и организация образовательной деятельности", 72, true,
     nullptr, Audience::Preschool},
    {"course", "methodical", "Формирование функциональной грамотности обучающихся: методика и практика", 72, true,
     nullptr, Audience::School},
    {"event", "methodical", "Мастер-класс «Технологическая карта современного урока»", 0, false, "techcard",
     Audience::School},
    {"self_study", "methodical", "Разработка рабочей программы в конструкторе «Единое содержание общего образования»",
     0, false, nullptr, Audience::School},
    {"self_study", "methodical", "Проектирование развивающей предметно-пространственной среды группы", 0, false,
     nullptr, Audience::Preschool},
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

enum class Concerned { None, All, Some };

struct ActivityTemplate
{
    const char *title; // {event}: the calendar event's title
    const char *document;
    const char *result;
    Concerned teachers;
    bool withSchools; // the heads of the schools are responsible too
};

// As a roadmap's stage is planned in the office table: мероприятие, вид
// документа, ожидаемый результат; 2–4 of each stage's list are taken.
const std::vector<ActivityTemplate> activityTemplates[7] = {
    {{"Создание группы сопровождения педагогов в мессенджере «Сферум»", "Ссылка на группу",
      "Группа создана, педагоги подключены", Concerned::All, false},
     {"Анализ результатов ВПР и ГИА прошлого учебного года по закреплённым ОО", "Аналитическая справка",
      "Определены проблемные зоны по предмету", Concerned::None, false},
     {"Сбор сведений о педагогах группы: стаж, категория, ПК, запросы", "Информационная карта группы",
      "Сформирован список группы сопровождения", Concerned::All, false},
     {"Согласование плана работы с руководителями образовательных организаций", "Лист согласования",
      "План работы согласован", Concerned::None, true}},
    {{"Входное тестирование предметных и методических компетенций", "Протокол тестирования",
      "Определён уровень профессиональных компетенций", Concerned::All, false},
     {"Анкетирование педагогов: профессиональные затруднения и запросы", "Анкеты, сводная таблица",
      "Выявлены затруднения и запросы педагогов", Concerned::All, false},
     {"Индивидуальные собеседования с педагогами", "Лист собеседования", "Уточнены профессиональные дефициты",
      Concerned::Some, false},
     {"Самодиагностика педагогов по чек-листу профессиональных дефицитов", "Чек-лист",
      "Педагоги оценили свои дефициты", Concerned::Some, false},
     {"Экспертиза рабочих программ и технологических карт уроков", "Экспертное заключение",
      "Получена оценка методических материалов", Concerned::Some, false}},
    {{"Установочная встреча группы: обсуждение результатов диагностики", "Протокол встречи",
      "Сформирован запрос группы", Concerned::All, false},
     {"Индивидуальные консультации по результатам диагностики", "Журнал консультаций",
      "Педагоги ознакомлены с результатами диагностики", Concerned::Some, false},
     {"Знакомство педагогов с программами ПК и стажировками региона", "Перечень программ",
      "Педагоги выбрали программы обучения", Concerned::Some, false},
     {"Согласование запроса группы с руководителями ОО", "Лист согласования",
      "Запрос согласован с администрацией ОО", Concerned::None, true}},
    {{"Подбор программ ПК и стажировок по выявленным дефицитам", "Перечень программ",
      "Для каждого педагога подобраны программы", Concerned::Some, false},
     {"Подготовка методических материалов по запросу группы", "Методические рекомендации",
      "Подготовлены материалы для группы", Concerned::None, false},
     {"Составление графика посещения уроков", "График посещения уроков", "График согласован с ОО", Concerned::Some,
      true},
     {"Подбор наставников для молодых педагогов", "Проект приказа о наставничестве",
      "Закреплены пары «наставник — наставляемый»", Concerned::Some, true}},
    {{"Разработка индивидуальных образовательных маршрутов педагогов", "ИОМ педагогов",
      "ИОМ составлены и согласованы с педагогами", Concerned::Some, false},
     {"Составление дорожной карты сопровождения группы на учебный год", "Дорожная карта",
      "Дорожная карта составлена", Concerned::All, false},
     {"Согласование дорожной карты с ЦНППМ", "Лист согласования", "Дорожная карта утверждена", Concerned::None,
      false}},
    {{"Посещение и анализ уроков педагогов группы", "Карты наблюдения урока",
      "Даны рекомендации по результатам посещения", Concerned::Some, false},
     {"Промежуточный мониторинг выполнения ИОМ", "Аналитическая справка", "Определена динамика выполнения ИОМ",
      Concerned::Some, false},
     {"Методический семинар для группы по запросу", "Программа семинара, лист регистрации",
      "Запрос группы закрыт", Concerned::All, false},
     {"Участие педагогов группы в мероприятии: {event}", "Лист регистрации", "Педагоги представили опыт работы",
      Concerned::Some, false},
     {"Консультации по подготовке обучающихся к ВПР и ГИА", "Журнал консультаций",
      "Даны рекомендации по подготовке обучающихся", Concerned::Some, false}},
    {{"Итоговое тестирование профессиональных компетенций", "Протокол тестирования",
      "Определена динамика уровня компетенций", Concerned::All, false},
     {"Анализ выполнения дорожной карты и ИОМ", "Аналитический отчёт", "Подведены итоги сопровождения",
      Concerned::None, false},
     {"Итоговая встреча группы, рефлексия", "Протокол встречи", "Получена обратная связь педагогов", Concerned::All,
      false},
     {"Планирование сопровождения на следующий учебный год", "Проект плана",
      "Определены задачи на следующий год", Concerned::None, false}},
};

// Planned periods of the seven stages: month and day of start and end.
const int stageWindows[7][4] = {{9, 1, 9, 19},  {9, 15, 10, 17}, {10, 12, 10, 31}, {10, 26, 11, 20},
                                {11, 16, 12, 19}, {12, 8, 5, 15},  {5, 12, 6, 10}};

const char *const closeReasons[] = {
    "Часть педагогов была на больничном; собеседования перенесены на следующий этап",
    "Мероприятие перенесено по решению ЦНППМ, результаты учтены на следующем этапе",
    "Анкетирование продолжено дистанционно в рамках следующего этапа",
    "Педагог уволился, мероприятие для него не проводилось",
};

const char *const nextYearPlans[] = {
    "Продолжить сопровождение педагогов с низким уровнем компетенций; включить в группу молодых специалистов",
    "Расширить участие педагогов группы в профессиональных конкурсах; провести стажировки на базе стажировочных "
    "площадок",
    "Сосредоточиться на подготовке к ВПР и ГИА; продолжить работу по ИОМ",
};

// Work log results by work_kinds code.
const std::map<QString, std::vector<const char *>> &workResults()
{
    static const std::map<QString, std::vector<const char *>> results{
        {QStringLiteral("difficulties"),
         {"Проведено собеседование, выявлены затруднения в формировании функциональной грамотности; даны рекомендации "
          "по подбору заданий",
          "Выявлены затруднения в организации групповой работы; рекомендовано посещение мастер-класса",
          "Проведена самодиагностика по чек-листу; определены приоритетные дефициты для ИОМ",
          "Выявлены затруднения в оценивании образовательных результатов; даны рекомендации по критериальному "
          "оцениванию"}},
        {QStringLiteral("work_programs"),
         {"Даны рекомендации по приведению рабочей программы в соответствие с ФОП",
          "Рабочая программа проверена в конструкторе ЕСОО, замечаний нет",
          "Даны рекомендации по планируемым результатам и тематическому планированию",
          "Рекомендовано доработать программу курса внеурочной деятельности"}},
        {QStringLiteral("lesson_plans"),
         {"Даны рекомендации по постановке целей урока и этапу рефлексии",
          "Технологическая карта урока соответствует требованиям ФГОС, замечаний нет",
          "Даны рекомендации по дифференциации заданий в технологической карте"}},
        {QStringLiteral("lesson_visits"),
         {"Посещён урок, даны рекомендации по организации самостоятельной работы обучающихся",
          "Посещён урок, даны рекомендации по хронометражу и смене видов деятельности",
          "Посещено внеурочное занятие, даны рекомендации по вовлечению обучающихся",
          "Посещён урок, отмечено эффективное использование приёмов формирующего оценивания"}},
        {QStringLiteral("class_registers"),
         {"Замечаний по ведению электронного журнала нет",
          "Даны рекомендации по накопляемости отметок и записи домашних заданий",
          "Даны рекомендации по ведению журнала учёта внеурочной деятельности"}},
        {QStringLiteral("vpr_gia"),
         {"Проанализированы результаты ВПР; даны рекомендации по отработке типичных ошибок",
          "Даны рекомендации по подготовке обучающихся к ОГЭ (задания с развёрнутым ответом)",
          "Проанализирован план подготовки к ГИА, даны рекомендации по работе с группой риска"}},
        {QStringLiteral("subject_equipment"),
         {"Даны рекомендации по использованию оборудования центра «Точка роста» на уроках",
          "Проанализировано оснащение кабинета; составлен перечень недостающего оборудования",
          "Даны рекомендации по использованию цифровой лаборатории на уроках"}},
        {QStringLiteral("umk_usage"),
         {"Даны рекомендации по использованию УМК и ресурсов ФГИС «Моя школа»",
          "Проанализировано использование УМК, замечаний нет",
          "Даны рекомендации по использованию заданий из банка функциональной грамотности"}},
        {QStringLiteral("motivation"),
         {"Даны рекомендации по дифференциации заданий для разномотивированных обучающихся",
          "Даны рекомендации по работе с одарёнными обучающимися и подготовке к олимпиадам",
          "Даны рекомендации по индивидуальной работе с неуспевающими обучающимися"}},
    };
    return results;
}

// Kindergarten teachers: what fits a kindergarten.
const std::map<QString, std::vector<const char *>> &preschoolResults()
{
    static const std::map<QString, std::vector<const char *>> results{
        {QStringLiteral("difficulties"),
         {"Проведено собеседование, выявлены затруднения в организации игровой деятельности; даны рекомендации"}},
        {QStringLiteral("lesson_plans"),
         {"Даны рекомендации по конспекту занятия в соответствии с ФОП ДО"}},
        {QStringLiteral("lesson_visits"),
         {"Посещено занятие, даны рекомендации по организации игровой деятельности",
          "Посещено занятие, отмечено удачное использование развивающей предметной среды"}},
        {QStringLiteral("motivation"),
         {"Даны рекомендации по индивидуальной работе с воспитанниками"}},
    };
    return results;
}

// Kinds of work by how often a methodist does them.
const char *const workKindWeights[] = {"lesson_visits", "lesson_visits", "lesson_visits", "difficulties",
                                       "difficulties",  "work_programs", "work_programs", "lesson_plans",
                                       "lesson_plans",  "vpr_gia",       "vpr_gia",       "class_registers",
                                       "subject_equipment", "umk_usage", "motivation"};

class SupportWork
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegion)

public:
    SupportWork(Database &db, const DemoOptions &options, const QDate &today,
                const QHash<QString, QList<DictionaryEntry>> &dict, DemoSummary &summary, Progress *progress,
                qint64 done, qint64 total)
        : m_db(db),
          m_options(options),
          m_random(options.seed ^ 0x5eedu),
          m_today(today),
          m_dict(dict),
          m_summary(summary),
          m_progress(progress),
          m_done(done),
          m_total(total)
    {
        const AcademicYear year = AcademicYear::containing(today);
        m_year = year.text();
        m_yearStart = year.firstDay();
        m_firstYear = year.firstYear();
    }

    std::vector<DemoTeacher> teachers;
    std::vector<DemoMethodist> methodists;
    std::vector<DemoSchool> schools;

    Status run()
    {
        m_summary.academicYear = m_year;
        for (const auto &step : {&SupportWork::addEvents, &SupportWork::addCatalogue, &SupportWork::assign,
                                 &SupportWork::addRoadmaps, &SupportWork::addRoutes, &SupportWork::addWorkLog})
            if (Status status = (this->*step)(); !status)
                return status;
        return Status::success();
    }

    // Progress units the support work reports for this many teachers and methodists.
    static qint64 units(qint64 teachers, qint64 methodists) { return 2 * teachers + methodists; }

private:
    qint64 idOf(const QString &dictionary, const QString &code) const
    {
        for (const DictionaryEntry &e : m_dict.value(dictionary))
            if (e.code == code)
                return e.id;
        return 0;
    }

    int indexOf(const QString &dictionary, const QString &code) const
    {
        const QList<DictionaryEntry> entries = m_dict.value(dictionary);
        for (int i = 0; i < entries.size(); ++i)
            if (entries[i].code == code)
                return i;
        return -1;
    }

    // A day of the academic year by month and day.
    QDate yearDate(int month, int day) const { return QDate(month >= 9 ? m_firstYear : m_firstYear + 1, month, day); }

    int bounded(int n) { return n > 0 ? int(m_random.bounded(quint32(n))) : 0; }
    bool chance(int percent) { return bounded(100) < percent; }

    Status tick(qint64 units)
    {
        m_done += units;
        if (!m_progress)
            return Status::success();
        if (m_done - m_reported >= 2000 || m_done >= m_total) {
            m_reported = m_done;
            m_progress->report(m_done, m_total);
        }
        if (m_progress->cancelled())
            return Status::failure(tr("The generation was cancelled; the database was not changed."));
        return Status::success();
    }

    QString organiserText(Organiser organiser)
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

    Status addEvents()
    {
        for (size_t i = 0; i < schools.size(); ++i)
            if (schools[i].internshipSite && schools[i].name.contains(utf8("СОШ")))
                m_sites.push_back(i);
        if (m_sites.empty() && !schools.empty())
            m_sites.push_back(0);
        EventRepository events(m_db);
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

    const DemoEvent *eventByKey(const QString &key) const
    {
        for (const DemoEvent &e : m_events)
            if (e.key == key)
                return &e;
        return nullptr;
    }

    Status addCatalogue()
    {
        RouteRepository routes(m_db);
        for (const CatalogueTemplate &t : catalogueTemplates) {
            DemoCatalogueEntry d;
            d.kind = QString::fromLatin1(t.kind);
            d.area = indexOf(QStringLiteral("deficit_areas"), QString::fromLatin1(t.area));
            d.audience = t.audience;
            CatalogueEntry &e = d.entry;
            e.kindId = idOf(QStringLiteral("route_item_kinds"), d.kind);
            e.title = utf8(t.title);
            e.deficitAreaId = idOf(QStringLiteral("deficit_areas"), QString::fromLatin1(t.area));
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
            auto id = routes.insertCatalogueEntry(e);
            if (!id)
                return id.status();
            e.id = id.value();
            m_catalogue.push_back(d);
        }
        m_summary.catalogueEntries = int(m_catalogue.size());
        return Status::success();
    }

    // Every teacher the methodists can take, by the planner, from 1 September.
    Status assign()
    {
        auto plan = AssignmentService(m_db).plan({m_year, 0, 0});
        if (!plan)
            return plan.status();
        QHash<qint64, int> teacherIndex;
        teacherIndex.reserve(qsizetype(teachers.size()));
        for (size_t i = 0; i < teachers.size(); ++i)
            teacherIndex.insert(teachers[i].id, int(i));
        QHash<qint64, int> methodistIndex;
        for (size_t i = 0; i < methodists.size(); ++i)
            methodistIndex.insert(methodists[i].id, int(i));
        m_methodistOf.assign(teachers.size(), -1);
        m_teachersOf.assign(methodists.size(), {});
        std::vector<std::pair<qint64, qint64>> pairs;
        pairs.reserve(plan->plan.assignments.size());
        for (const PlannedAssignment &a : plan->plan.assignments) {
            const int t = teacherIndex.value(a.teacherId, -1);
            const int m = methodistIndex.value(a.methodistId, -1);
            if (t < 0 || m < 0)
                continue; // people already in the file before the demonstration
            pairs.emplace_back(a.teacherId, a.methodistId);
            m_methodistOf[size_t(t)] = m;
            m_teachersOf[size_t(m)].push_back(t);
        }
        // Past the limit (a federal-scale database) the detailed work goes to
        // every n-th methodist's group, spread over the region like the rest.
        const qint64 limit = std::max(1, m_options.detailedTeachers);
        const size_t step = size_t(std::max<qint64>(1, (qint64(pairs.size()) + limit - 1) / limit));
        m_detailed.assign(methodists.size(), false);
        for (size_t m = 0; m < methodists.size(); m += step)
            m_detailed[m] = true;
        if (Status status = tick(qint64(teachers.size()) / 4); !status)
            return status;
        if (pairs.empty())
            return Status::success();
        AssignmentRepository assignments(m_db);
        auto run = assignments.insertPlanningRun(m_year, qint64(pairs.size()),
                                                 qint64(plan->plan.unassigned.size()));
        if (!run)
            return run.status();
        if (Status written = assignments.insertPlanned(pairs, m_year, 0, m_yearStart, run.value()); !written)
            return written;
        m_summary.assignments = int(pairs.size());
        return tick(qint64(teachers.size()) / 4);
    }

    // The teacher's methodist when the detailed support work covers the
    // group, else -1.
    int detailedMethodistOf(size_t teacher) const
    {
        const int m = m_methodistOf.empty() ? -1 : m_methodistOf[teacher];
        return m >= 0 && m_detailed[size_t(m)] ? m : -1;
    }

    // count distinct members of the list, in the list's order.
    QList<qint64> someTeachers(const std::vector<int> &group, int count)
    {
        std::vector<int> chosen(group);
        const int n = std::min(count, int(chosen.size()));
        for (int i = 0; i < n; ++i)
            std::swap(chosen[size_t(i)], chosen[size_t(i + bounded(int(chosen.size()) - i))]);
        chosen.resize(size_t(n));
        std::sort(chosen.begin(), chosen.end());
        QList<qint64> ids;
        for (int t : chosen)
            ids.append(teachers[size_t(t)].id);
        return ids;
    }

    Status flushLinks(RoadmapRepository &roadmaps)
    {
        Status written = roadmaps.insertActivityTeachers(m_links);
        m_links.clear();
        return written;
    }

    Status addRoadmaps()
    {
        RoadmapRepository roadmaps(m_db);
        for (size_t m = 0; m < methodists.size(); ++m) {
            if (Status status = tick(1); !status)
                return status;
            const std::vector<int> &group = m_teachersOf[m];
            if (group.empty() || !m_detailed[m] || !chance(85))
                continue;
            auto id = roadmaps.create(methodists[m].id, m_year);
            if (!id)
                return id.status();
            auto roadmap = roadmaps.load(id.value());
            if (!roadmap)
                return roadmap.status();
            if (Status status = fillRoadmap(roadmaps, roadmap.value(), methodists[m], group); !status)
                return status;
            ++m_summary.roadmaps;
        }
        return flushLinks(roadmaps);
    }

    Status fillRoadmap(RoadmapRepository &roadmaps, Roadmap &roadmap, const DemoMethodist &methodist,
                       const std::vector<int> &group)
    {
        const int jitter = bounded(5);
        DateRange windows[7];
        int lastPast = 0;
        for (int s = 0; s < 7; ++s) {
            const int *w = stageWindows[s];
            windows[s].start = forwardToWorkday(yearDate(w[0], w[1]).addDays(s == 0 ? 0 : jitter));
            windows[s].end = backToWorkday(yearDate(w[2], w[3]).addDays(jitter));
            if (windows[s].end < m_today)
                lastPast = s + 1;
        }
        // A methodist now and then falls behind, or closes a stage with work left.
        const int lagging = lastPast > 0 && chance(7) ? lastPast : 0;
        const int candidates = lagging ? lastPast - 1 : lastPast;
        const int withReason = candidates > 0 && chance(4) ? 1 + bounded(candidates) : 0;
        bool chainClosed = true;
        QDate previousEnd;
        for (int s = 0; s < 7; ++s) {
            const int number = s + 1;
            RoadmapStage &stage = roadmap.stages[s];
            stage.planned = windows[s];
            const bool past = windows[s].end < m_today;
            const bool closing = past && chainClosed && number != lagging;

            // 2–4 of the stage's activities, in their order.
            const std::vector<ActivityTemplate> &list = activityTemplates[s];
            std::vector<int> order(list.size());
            std::iota(order.begin(), order.end(), 0);
            const int count = std::min(int(list.size()), 2 + bounded(3));
            for (int i = 0; i < count; ++i)
                std::swap(order[size_t(i)], order[size_t(i + bounded(int(order.size()) - i))]);
            order.resize(size_t(count));
            std::sort(order.begin(), order.end());

            const qint64 span = std::max<qint64>(windows[s].start.daysTo(windows[s].end), count);
            QList<RoadmapActivity> activities;
            for (int k = 0; k < count; ++k) {
                const ActivityTemplate &t = list[size_t(order[size_t(k)])];
                RoadmapActivity a;
                a.stageId = stage.id;
                a.title = utf8(t.title);
                if (a.title.contains(QStringLiteral("{event}"))) {
                    const DemoEvent *event = eventWithin(windows[s]);
                    if (!event)
                        continue;
                    a.title.replace(QStringLiteral("{event}"), event->title);
                    a.eventId = event->id;
                    a.startsOn = event->startsOn;
                    a.dueOn = event->lastDay();
                } else {
                    a.startsOn = forwardToWorkday(windows[s].start.addDays(span * k / count));
                    a.dueOn = backToWorkday(windows[s].start.addDays(span * (k + 1) / count));
                    if (a.dueOn < a.startsOn)
                        a.dueOn = a.startsOn;
                }
                a.responsible = t.withSchools ? methodist.shortName + utf8(", руководители ОО") : methodist.shortName;
                a.documentKind = utf8(t.document);
                a.expectedResult = utf8(t.result);
                if (t.teachers == Concerned::All)
                    a.teacherIds = someTeachers(group, int(group.size()));
                else if (t.teachers == Concerned::Some)
                    a.teacherIds = someTeachers(group, 3 + bounded(6));
                if (a.dueOn < m_today)
                    a.done = closing || chance(80);
                else
                    a.done = a.startsOn <= m_today && chance(8);
                activities.append(a);
            }
            std::stable_sort(activities.begin(), activities.end(),
                             [](const RoadmapActivity &a, const RoadmapActivity &b) { return a.startsOn < b.startsOn; });
            // The stage closed with a reason keeps an activity open; the
            // lagging one has one overdue.
            if ((closing && number == withReason) || number == lagging)
                for (qsizetype k = activities.size() - 1; k >= 0; --k)
                    if (activities[k].dueOn < m_today) {
                        activities[k].done = false;
                        break;
                    }
            bool allDone = true;
            for (RoadmapActivity &a : activities) {
                if (a.done)
                    a.doneOn = std::min(m_today, std::max(a.startsOn, a.dueOn.addDays(-bounded(4))));
                allDone = allDone && a.done;
                // The teachers go in bulk: a group's 60 names on several activities.
                const QList<qint64> concerned = std::exchange(a.teacherIds, {});
                auto id = roadmaps.insertActivity(a);
                if (!id)
                    return id.status();
                for (qint64 teacher : concerned)
                    m_links.emplace_back(id.value(), teacher);
                ++m_summary.activities;
            }
            if (m_links.size() >= 20000)
                if (Status written = flushLinks(roadmaps); !written)
                    return written;

            if (closing) {
                stage.status = StageStatus::Closed;
                stage.actual.start = windows[s].start;
                QDate end = std::min(m_today, forwardToWorkday(windows[s].end.addDays(bounded(4))));
                if (previousEnd.isValid() && end < previousEnd)
                    end = previousEnd;
                stage.actual.end = std::max(end, stage.actual.start);
                previousEnd = stage.actual.end;
                if (!allDone)
                    stage.closeReason = utf8(closeReasons[bounded(int(std::size(closeReasons)))]);
            } else if (windows[s].start <= m_today) {
                stage.status = StageStatus::InProgress;
                stage.actual.start = std::min(m_today, forwardToWorkday(windows[s].start.addDays(bounded(3))));
                chainClosed = false;
            } else {
                chainClosed = false;
            }
            if (Status saved = roadmaps.saveStage(stage); !saved)
                return saved;
        }
        if (roadmap.stages[6].status == StageStatus::Closed) {
            const int roll = bounded(100);
            const Conclusion conclusion = roll < 65 ? Conclusion::Success : roll < 95 ? Conclusion::Partial
                                                                                     : Conclusion::Failure;
            if (Status saved = roadmaps.setConclusion(roadmap.id, conclusion,
                                                      utf8(nextYearPlans[bounded(int(std::size(nextYearPlans)))]));
                !saved)
                return saved;
        }
        return Status::success();
    }

    // A regional or municipal event of the calendar within the range.
    const DemoEvent *eventWithin(const DateRange &range)
    {
        std::vector<const DemoEvent *> found;
        for (const DemoEvent &e : m_events)
            if (e.startsOn >= range.start && e.lastDay() <= range.end && e.levelCode != u"school"
                && e.levelCode != u"federal")
                found.push_back(&e);
        return found.empty() ? nullptr : found[size_t(bounded(int(found.size())))];
    }

    RouteItemStatus statusFor(const QDate &start, const QDate &end)
    {
        const int roll = bounded(100);
        if (end < m_today)
            return roll < 88 ? RouteItemStatus::Done : roll < 94 ? RouteItemStatus::InProgress
                                                                  : RouteItemStatus::Cancelled;
        if (start <= m_today)
            return roll < 97 ? RouteItemStatus::InProgress : RouteItemStatus::Cancelled;
        return roll < 97 ? RouteItemStatus::Planned : RouteItemStatus::Cancelled;
    }

    // Routes of about a third of the diagnosed teachers with a methodist,
    // more often for the lower levels.
    Status addRoutes()
    {
        const int high = indexOf(QStringLiteral("competence_levels"), QStringLiteral("high"));
        const int medium = indexOf(QStringLiteral("competence_levels"), QStringLiteral("medium"));
        const QDate lastDay = yearDate(6, 30);
        const QDate mentoringEnd = yearDate(5, 31);
        const DemoCatalogueEntry *mentoring = nullptr;
        for (const DemoCatalogueEntry &c : m_catalogue)
            if (c.kind == u"mentoring")
                mentoring = &c;
        RouteRepository routes(m_db);
        for (size_t t = 0; t < teachers.size(); ++t) {
            if (t % 64 == 0)
                if (Status status = tick(std::min<qint64>(64, qint64(teachers.size() - t)) / 2); !status)
                    return status;
            const DemoTeacher &teacher = teachers[t];
            const int methodist = detailedMethodistOf(t);
            if (methodist < 0 || teacher.diagnosticId == 0 || teacher.deficits == 0)
                continue;
            const int percent = teacher.level == high ? 25 : teacher.level == medium ? 33 : 45;
            if (!chance(percent))
                continue;
            const qint64 tutor = methodists[size_t(methodist)].id;
            // Made after the diagnostics, by today.
            QDate made = teacher.diagnosedOn >= m_yearStart ? teacher.diagnosedOn.addDays(7 + bounded(21))
                                                            : m_yearStart.addDays(14 + bounded(45));
            made = std::min(made, m_today);

            std::vector<const DemoCatalogueEntry *> chosen;
            for (int area = 0; area < 8; ++area) {
                if (!(teacher.deficits & (1u << area)))
                    continue;
                std::vector<const DemoCatalogueEntry *> offers;
                const Audience unsuitable = teacher.preschool ? Audience::School : Audience::Preschool;
                for (const DemoCatalogueEntry &c : m_catalogue)
                    if (c.area == area && c.kind != u"mentoring" && c.audience != unsuitable)
                        offers.push_back(&c);
                const int wanted = std::min(int(offers.size()), chance(40) ? 2 : 1);
                for (int i = 0; i < wanted; ++i) {
                    std::swap(offers[size_t(i)], offers[size_t(i + bounded(int(offers.size()) - i))]);
                    chosen.push_back(offers[size_t(i)]);
                }
            }
            if (chosen.size() > 4)
                chosen.resize(4);
            if (mentoring && (teacher.young || teacher.level > medium))
                chosen.push_back(mentoring);
            if (chosen.empty())
                continue; // nothing in the catalogue for this teacher's deficits

            Route route;
            route.teacherId = teacher.id;
            route.academicYear = m_year;
            route.tutorId = tutor;
            route.diagnosticId = teacher.diagnosticId;
            for (const DemoCatalogueEntry *c : chosen) {
                RouteItem item;
                item.kindId = c->entry.kindId;
                item.title = c->entry.title;
                item.deficitAreaId = c->entry.deficitAreaId;
                item.hours = c->entry.hours;
                item.federalRegistry = c->entry.federalRegistry;
                item.organisationId = c->entry.organisationId;
                item.eventId = c->entry.eventId;
                item.catalogueId = c->entry.id;
                item.tutorId = tutor;
                const DemoEvent *event = nullptr;
                for (const DemoEvent &e : m_events)
                    if (e.id == c->entry.eventId && c->entry.eventId > 0)
                        event = &e;
                if (event) {
                    item.startsOn = event->startsOn;
                    item.endsOn = event->lastDay();
                } else if (c->kind == u"course") {
                    item.startsOn = forwardToWorkday(made.addDays(bounded(100)));
                    item.endsOn = item.startsOn.addDays(c->entry.hours.value_or(36) >= 72 ? 28 + bounded(21)
                                                                                          : 10 + bounded(10));
                } else if (c->kind == u"internship") {
                    item.startsOn = forwardToWorkday(made.addDays(14 + bounded(150)));
                    item.endsOn = item.startsOn.addDays(2 + bounded(3));
                } else if (c->kind == u"mentoring") {
                    item.startsOn = made;
                    item.endsOn = mentoringEnd;
                } else {
                    item.startsOn = made.addDays(bounded(30));
                    item.endsOn = item.startsOn.addDays(60 + bounded(90));
                }
                item.startsOn = std::min(item.startsOn, lastDay);
                item.endsOn = std::max(item.startsOn, std::min(item.endsOn, lastDay));
                item.status = statusFor(item.startsOn, item.endsOn);
                route.items.append(item);
            }
            std::stable_sort(route.items.begin(), route.items.end(),
                             [](const RouteItem &a, const RouteItem &b) { return a.startsOn < b.startsOn; });
            auto id = routes.insert(route);
            if (!id)
                return id.status();
            ++m_summary.routes;
            m_summary.routeItems += int(route.items.size());
        }
        return Status::success();
    }

    // 0–4 pieces of work with each assigned teacher since 1 September, fewer
    // early in the year.
    Status addWorkLog()
    {
        QHash<QString, qint64> kinds;
        for (const DictionaryEntry &e : m_dict.value(QStringLiteral("work_kinds")))
            kinds.insert(e.code, e.id);
        const int elapsed = int(m_yearStart.daysTo(m_today));
        std::vector<QDate> workdays;
        for (QDate day = m_yearStart; day <= m_today; day = day.addDays(1))
            if (isWorkday(day) && day.month() != 7 && day.month() != 8) // not in the summer holidays
                workdays.push_back(day);
        if (workdays.empty())
            workdays.push_back(m_today);
        WorkLogRepository log(m_db);
        std::vector<WorkLogEntry> entries;
        for (size_t t = 0; t < teachers.size(); ++t) {
            if (t % 64 == 0)
                if (Status status = tick(std::min<qint64>(64, qint64(teachers.size() - t))); !status)
                    return status;
            const int methodist = detailedMethodistOf(t);
            if (methodist < 0)
                continue;
            const DemoTeacher &teacher = teachers[t];
            const int count = bounded(5) * std::min(elapsed, 60) / 60;
            for (int i = 0; i < count; ++i) {
                QString kind = QString::fromLatin1(workKindWeights[bounded(int(std::size(workKindWeights)))]);
                const auto &texts = teacher.preschool ? preschoolResults() : workResults();
                auto found = texts.find(kind);
                if (found == texts.end()) {
                    kind = QStringLiteral("lesson_visits");
                    found = texts.find(kind);
                }
                WorkLogEntry e;
                e.methodistId = methodists[size_t(methodist)].id;
                e.teacherId = teacher.id;
                e.workKindId = kinds.value(kind);
                if (e.workKindId == 0)
                    continue;
                e.workedOn = workdays[size_t(bounded(int(workdays.size())))];
                e.durationMinutes = 30 + 15 * bounded(5);
                e.result = utf8(found->second[size_t(bounded(int(found->second.size())))]);
                entries.push_back(e);
                ++m_summary.workLogEntries;
            }
            if (entries.size() >= 3000) {
                if (Status written = log.insertMany(entries); !written)
                    return written;
                entries.clear();
            }
        }
        return log.insertMany(entries);
    }

    Database &m_db;
    const DemoOptions &m_options;
    QRandomGenerator m_random;
    QDate m_today;
    QString m_year;
    QDate m_yearStart;
    int m_firstYear = 0;
    const QHash<QString, QList<DictionaryEntry>> &m_dict;
    DemoSummary &m_summary;
    Progress *m_progress;
    qint64 m_done = 0;
    qint64 m_total = 0;
    qint64 m_reported = 0;
    std::vector<size_t> m_sites; // internship sites among the schools
    std::vector<DemoEvent> m_events;
    std::vector<DemoCatalogueEntry> m_catalogue;
    std::vector<std::pair<qint64, qint64>> m_links; // activity and teacher, written in bulk
    std::vector<int> m_methodistOf;             // by teacher: methodist index or -1
    std::vector<bool> m_detailed;               // by methodist: roadmap, routes and work log made
    std::vector<std::vector<int>> m_teachersOf; // by methodist: teacher indices
};

} // namespace

Result<DemoSummary> DemoRegion::generate(Database &db, const DemoOptions &options, Progress *progress)
{
    if (options.teachers < 0 || options.methodists < 0)
        return Status::failure(tr("The numbers of teachers and methodists cannot be negative."));
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
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
    const qint64 peopleUnits = qint64(options.teachers) + options.methodists;
    const qint64 totalUnits =
        peopleUnits + (options.supportData ? SupportWork::units(options.teachers, options.methodists) : 0);
    SupportWork support(db, options, today, dict, summary, progress, peopleUnits, totalUnits);

    // Schools: the regional centre (first municipality) gets the most; its
    // first school is an internship site.
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
        o.name = random.bounded(5) == 0 && i > 0 ? QStringLiteral("МАДОУ детский сад № %1").arg(number)
                                                 : QStringLiteral("МАОУ СОШ № %1").arg(number);
        o.lowResults = random.bounded(100) < 8;
        o.growthPoint = random.bounded(100) < 20;
        o.internshipSite = random.bounded(100) < 5 || i == 0;
        auto id = organisations.insert(o);
        if (!id)
            return id.status();
        schoolIds.append(id.value());
        schoolsOf[m.id].append(id.value());
        municipalityOfSchool.insert(id.value(), m.id);
        support.schools.push_back({id.value(), m.id, o.name, o.internshipSite});
    }
    summary.organisations = int(schoolIds.size());

    const QList<qint64> subjects = weightedSubjects(dict.value(QStringLiteral("subjects")));
    const qint64 preschool = idOf(QStringLiteral("subjects"), QStringLiteral("preschool"));
    const QList<DictionaryEntry> &categories = dict[QStringLiteral("qualification_categories")];
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

    TeacherRepository teachers(db);
    DevelopmentRepository development(db);
    if (options.supportData)
        support.teachers.reserve(size_t(options.teachers));
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
        auto id = teachers.insert(t);
        if (!id)
            return id.status();
        DemoTeacher demo;
        demo.id = id.value();
        demo.young = isYoung;
        demo.preschool = t.subjectId == preschool;
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
            support.teachers.push_back(demo);
        if (progress && i % 2000 == 0) {
            progress->report(i, totalUnits);
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
        support.methodists.push_back({id.value(), m.shortName()});
    }
    summary.methodists = options.methodists;
    if (progress) {
        progress->report(peopleUnits, totalUnits);
        if (progress->cancelled())
            return Status::failure(tr("The generation was cancelled; the database was not changed."));
    }
    if (options.supportData)
        if (Status status = support.run(); !status)
            return status;
    if (Status status = transaction.commit(); !status)
        return status;
    return summary;
}

} // namespace metodist
