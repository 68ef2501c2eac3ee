#include "services/demo/SupportWork.h"

#include "storage/RoadmapRepository.h"

#include <algorithm>
#include <iterator>
#include <numeric>
#include <utility>

namespace metodist::demo {

namespace {

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
    ("Расширить участие педагогов группы в профессиональных конкурсах; провести стажировки на базе "
     "стажировочных площадок"),
    "Сосредоточиться на подготовке к ВПР и ГИА; продолжить работу по ИОМ",
};

} // namespace

// count distinct members of the list, in the list's order.
QList<qint64> SupportWork::someTeachers(const std::vector<int> &group, int count)
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

Status SupportWork::flushLinks(RoadmapWriter &roadmaps)
{
    Status written = roadmaps.insertActivityTeachers(m_links);
    m_links.clear();
    return written;
}

Status SupportWork::addRoadmaps()
{
    RoadmapWriter roadmaps(m_db);
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

Status SupportWork::fillRoadmap(RoadmapWriter &roadmaps, Roadmap &roadmap, const DemoMethodist &methodist,
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

} // namespace metodist::demo
