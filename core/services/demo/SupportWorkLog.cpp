#include "services/demo/SupportWork.h"

#include "storage/WorkLogRepository.h"

#include <algorithm>
#include <iterator>
#include <map>

namespace metodist::demo {

namespace {

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

} // namespace

// 0–4 pieces of work with each assigned teacher since 1 September, fewer
// early in the year.
Status SupportWork::addWorkLog()
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
    WorkLogWriter log(m_db);
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

} // namespace metodist::demo
