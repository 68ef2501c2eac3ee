#include "services/ImportColumns.h"

#include "domain/SearchKey.h"

namespace metodist {

namespace {

struct Alias
{
    ImportField field;
    const char *header; // UTF-8
};

// The first alias of each field is its canonical header.
const Alias aliases[] = {
    {ImportField::LastName, "Фамилия"},
    {ImportField::FirstName, "Имя"},
    {ImportField::MiddleName, "Отчество"},
    {ImportField::FullName, "ФИО"},
    {ImportField::FullName, "Ф.И.О."},
    {ImportField::FullName, "Фамилия Имя Отчество"},
    {ImportField::FullName, "Фамилия, имя, отчество"},
    {ImportField::Snils, "СНИЛС"},
    {ImportField::Municipality, "Муниципалитет"},
    {ImportField::Municipality, "Муниципальное образование"},
    {ImportField::Municipality, "МО"},
    {ImportField::Municipality, "Муниципальный район/городской округ"},
    {ImportField::Organisation, "Организация"},
    {ImportField::Organisation, "Образовательная организация"},
    {ImportField::Organisation, "ОО"},
    {ImportField::Organisation, "Место работы"},
    {ImportField::Position, "Должность"},
    {ImportField::Subject, "Предмет"},
    {ImportField::Subject, "Преподаваемый предмет"},
    {ImportField::Subject, "Направление"},
    {ImportField::Experience, "Стаж"},
    {ImportField::Experience, "Педагогический стаж"},
    {ImportField::Experience, "Стаж работы"},
    {ImportField::QualificationCategory, "Квалификационная категория"},
    {ImportField::QualificationCategory, "Категория"},
    {ImportField::SupportCategories, "Категории сопровождения"},
    {ImportField::SupportCategories, "Категория сопровождения"},
    {ImportField::CompetenceLevel, "Уровень компетенций"},
    {ImportField::CompetenceLevel, "Уровень профессиональных компетенций"},
    {ImportField::EmploymentForm, "Форма работы"},
    {ImportField::EmploymentForm, "Форма занятости"},
    {ImportField::Education, "Образование"},
    {ImportField::Capacity, "Нагрузка"},
    {ImportField::Capacity, "Количество закреплённых педагогов"},
    {ImportField::FederalPk, "ПК по программе федерального реестра"},
    {ImportField::FederalPk, "ПК по программам федерального реестра"},
    {ImportField::LowResults, "ШНОР"},
    {ImportField::LowResults, "500+"},
    {ImportField::LowResults, "Школа с низкими результатами"},
    {ImportField::GrowthPoint, "Точка роста"},
    {ImportField::InternshipSite, "Стажировочная площадка"},
    {ImportField::Quantorium, "Кванториум"},
    {ImportField::Quantorium, "Детский технопарк «Кванториум»"},
    {ImportField::ItCube, "IT-куб"},
    {ImportField::ItCube, "IT куб"},
    {ImportField::ItCube, "Центр «IT-куб»"},
    {ImportField::MentoringModel, "Целевая модель наставничества"},
    {ImportField::MentoringModel, "Модель наставничества"},
    {ImportField::MentoringModel, "Наставничество (целевая модель)"},
    {ImportField::Program, "Программа"},
    {ImportField::Program, "Программа ПК"},
    {ImportField::Program, "Наименование программы"},
    {ImportField::Program, "Название программы"},
    {ImportField::Program, "Дополнительная профессиональная программа"},
    {ImportField::Hours, "Часы"},
    {ImportField::Hours, "Количество часов"},
    {ImportField::Hours, "Объём часов"},
    {ImportField::Hours, "Объём, ч"},
    {ImportField::Hours, "Часов"},
    {ImportField::Hours, "Объём (часов)"},
    {ImportField::FederalRegistry, "Федеральный реестр"},
    {ImportField::FederalRegistry, "Программа федерального реестра"},
    {ImportField::FederalRegistry, "В федеральном реестре"},
    {ImportField::CompletedOn, "Дата окончания"},
    {ImportField::CompletedOn, "Дата завершения"},
    {ImportField::CompletedOn, "Дата окончания обучения"},
    {ImportField::DiagnosedOn, "Дата диагностики"},
    {ImportField::DiagnosedOn, "Дата проведения"},
    {ImportField::Deficits, "Дефициты"},
    {ImportField::Deficits, "Профессиональные дефициты"},
    {ImportField::Deficits, "Выявленные дефициты"},
    {ImportField::Notes, "Примечание"},
    {ImportField::Notes, "Комментарий"},
    // The work log's own export writes the first of each.
    {ImportField::MethodistSnils, "Методист (СНИЛС)"},
    {ImportField::MethodistSnils, "СНИЛС методиста"},
    {ImportField::TeacherSnils, "Педагог (СНИЛС)"},
    {ImportField::TeacherSnils, "СНИЛС педагога"},
    {ImportField::WorkKind, "Вид работы"},
    {ImportField::WorkDate, "Дата"},
    {ImportField::WorkDate, "Дата работы"},
    {ImportField::DurationMinutes, "Длительность (мин)"},
    {ImportField::DurationMinutes, "Длительность, мин"},
    {ImportField::DurationMinutes, "Длительность"},
    {ImportField::WorkResult, "Результат"},
    {ImportField::MethodistName, "Методист (ФИО)"},
    {ImportField::MethodistName, "ФИО методиста"},
    {ImportField::MethodistName, "Методист"},
    {ImportField::TeacherName, "Педагог (ФИО)"},
    {ImportField::TeacherName, "ФИО педагога"},
    {ImportField::TeacherName, "Педагог"},
    // The catalogue of programmes and activities.
    {ImportField::Title, "Название"},
    {ImportField::Title, "Наименование"},
    {ImportField::Title, "Название мероприятия"},
    {ImportField::CatalogueKind, "Вид"},
    {ImportField::CatalogueKind, "Вид мероприятия"},
    {ImportField::CatalogueKind, "Тип"},
    {ImportField::Provider, "Организатор"},
    {ImportField::Provider, "Провайдер"},
    {ImportField::Provider, "Разработчик"},
    {ImportField::Provider, "Организация-разработчик"},
    {ImportField::Form, "Форма"},
    {ImportField::Form, "Форма обучения"},
    {ImportField::Form, "Форма проведения"},
    {ImportField::Subjects, "Предметы"},
    {ImportField::Subjects, "Для учителей предметов"},
    {ImportField::Levels, "Уровни"},
    {ImportField::Levels, "Уровни компетенций"},
    {ImportField::Levels, "Для уровней"},
    // Categories since 2023 and the РМА kept current.
    {ImportField::CategoryAssignedOn, "Дата присвоения категории"},
    {ImportField::CategoryAssignedOn, "Категория присвоена"},
    {ImportField::CategoryAssignedOn, "Дата аттестации"},
    {ImportField::CategoryApplied, "Заявлена категория"},
    {ImportField::CategoryApplied, "Заявленная категория"},
    {ImportField::CategoryApplied, "Заявление на категорию"},
    {ImportField::CategoryAppliedOn, "Дата заявления"},
    {ImportField::CategoryAppliedOn, "Дата заявления на категорию"},
    {ImportField::Active, "Действующий член РМА"},
    {ImportField::Active, "Активен"},
    {ImportField::Active, "В составе РМА"},
    {ImportField::JoinedOn, "Дата включения в РМА"},
    {ImportField::JoinedOn, "Дата вступления в РМА"},
    {ImportField::JoinedOn, "В РМА с"},
    {ImportField::LeftOn, "Дата выхода из РМА"},
    {ImportField::LeftOn, "Дата исключения из РМА"},
    {ImportField::LeftReason, "Причина выхода"},
    {ImportField::LeftReason, "Причина исключения"},
    {ImportField::Phone, "Телефон"},
    {ImportField::Phone, "Контактный телефон"},
    {ImportField::Email, "Электронная почта"},
    {ImportField::Email, "E-mail"},
    {ImportField::Email, "Email"},
    {ImportField::Email, "Эл. почта"},
    {ImportField::Rate, "Ставка"},
    {ImportField::Rate, "Доля ставки"},
    // The support network.
    {ImportField::Theme, "Тема"},
    {ImportField::Theme, "Тематика"},
    {ImportField::Theme, "Тема стажировочной площадки"},
    {ImportField::HeadName, "Руководитель"},
    {ImportField::HeadName, "Председатель"},
    {ImportField::HeadName, "Руководитель (ФИО)"},
    {ImportField::NetworkUnit, "Объединение"},
    {ImportField::NetworkUnit, "Название объединения"},
    {ImportField::NetworkUnit, "Структура сети"},
    {ImportField::MemberRole, "Роль"},
    {ImportField::MemberRole, "Роль в объединении"},
    {ImportField::OrganisationMunicipality, "Муниципалитет организации"},
    {ImportField::OrganisationMunicipality, "Муниципалитет ОО"},
};

} // namespace

QList<ImportField> ImportColumns::fields(ImportKind kind)
{
    using F = ImportField;
    switch (kind) {
    case ImportKind::Teachers:
        return {F::LastName, F::FirstName, F::MiddleName, F::FullName, F::Snils, F::Municipality, F::Organisation,
                F::Position, F::Subject, F::Experience, F::QualificationCategory, F::SupportCategories,
                F::CompetenceLevel, F::CategoryAssignedOn, F::CategoryApplied, F::CategoryAppliedOn};
    case ImportKind::Methodists:
        return {F::LastName, F::FirstName, F::MiddleName, F::FullName, F::Snils, F::Municipality, F::Organisation,
                F::Position, F::Subject, F::EmploymentForm, F::QualificationCategory, F::Education, F::Experience,
                F::Capacity, F::FederalPk, F::CategoryAssignedOn, F::Active, F::JoinedOn, F::LeftOn, F::LeftReason,
                F::Phone, F::Email, F::Rate};
    case ImportKind::Organisations:
        return {F::Organisation, F::Municipality, F::LowResults, F::GrowthPoint, F::InternshipSite, F::Quantorium,
                F::ItCube, F::MentoringModel};
    case ImportKind::Municipalities:
        return {F::Municipality};
    case ImportKind::Subjects:
        return {F::Subject};
    case ImportKind::Development:
        return {F::LastName, F::FirstName, F::MiddleName, F::FullName, F::Snils, F::Organisation, F::Program,
                F::Hours, F::FederalRegistry, F::CompletedOn};
    case ImportKind::Diagnostics:
        return {F::LastName, F::FirstName, F::MiddleName, F::FullName, F::Snils, F::Organisation, F::DiagnosedOn,
                F::CompetenceLevel, F::Deficits, F::Notes};
    case ImportKind::WorkLog:
        return {F::MethodistSnils, F::TeacherSnils, F::WorkKind, F::WorkDate, F::DurationMinutes, F::WorkResult,
                F::MethodistName, F::TeacherName};
    case ImportKind::Catalogue:
        return {F::Title, F::Program, F::CatalogueKind, F::Provider, F::Hours, F::Form, F::FederalRegistry,
                F::Subjects, F::Subject, F::Deficits, F::Levels, F::CompetenceLevel};
    case ImportKind::Network:
        return {F::CatalogueKind, F::Title, F::Municipality, F::Organisation, F::OrganisationMunicipality, F::Subject,
                F::Theme, F::HeadName, F::Notes};
    case ImportKind::NetworkMembers:
        return {F::NetworkUnit, F::CatalogueKind, F::Municipality, F::Snils, F::FullName, F::LastName, F::FirstName,
                F::MiddleName, F::TeacherSnils, F::TeacherName, F::MethodistSnils, F::MethodistName, F::Organisation,
                F::OrganisationMunicipality, F::MemberRole};
    }
    return {};
}

QList<QList<ImportField>> ImportColumns::requiredColumns(ImportKind kind)
{
    using F = ImportField;
    switch (kind) {
    case ImportKind::Teachers:
        return {{F::LastName, F::FullName}, {F::FirstName, F::FullName}, {F::Municipality}, {F::Organisation},
                {F::Subject}};
    case ImportKind::Methodists:
        return {{F::LastName, F::FullName}, {F::FirstName, F::FullName}, {F::Municipality}, {F::Subject}};
    case ImportKind::Organisations:
        return {{F::Organisation}, {F::Municipality}};
    case ImportKind::Municipalities:
        return {{F::Municipality}};
    case ImportKind::Subjects:
        return {{F::Subject}};
    case ImportKind::Development:
        return {{F::LastName, F::FullName, F::Snils}, {F::FirstName, F::FullName, F::Snils}, {F::Program}};
    case ImportKind::Diagnostics:
        return {{F::LastName, F::FullName, F::Snils}, {F::FirstName, F::FullName, F::Snils}, {F::DiagnosedOn},
                {F::CompetenceLevel}};
    case ImportKind::WorkLog:
        return {{F::MethodistSnils, F::MethodistName}, {F::TeacherSnils, F::TeacherName}, {F::WorkKind},
                {F::WorkDate}};
    case ImportKind::Catalogue:
        return {{F::Title, F::Program}, {F::CatalogueKind}};
    case ImportKind::Network:
        return {{F::CatalogueKind}, {F::Title}};
    case ImportKind::NetworkMembers:
        return {{F::NetworkUnit}, {F::CatalogueKind}};
    }
    return {};
}

QString ImportColumns::header(ImportField field)
{
    for (const Alias &alias : aliases)
        if (alias.field == field)
            return QString::fromUtf8(alias.header);
    return {};
}

std::optional<ImportField> ImportColumns::fieldForHeader(ImportKind kind, const QString &text)
{
    static const QHash<QString, ImportField> byKey = [] {
        QHash<QString, ImportField> map;
        for (const Alias &alias : aliases)
            map.insert(searchKey(QString::fromUtf8(alias.header)), alias.field);
        return map;
    }();
    const auto it = byKey.constFind(searchKey(text));
    if (it == byKey.constEnd() || !fields(kind).contains(it.value()))
        return std::nullopt;
    return it.value();
}

std::optional<ImportKind> ImportColumns::kindFromName(const QString &name)
{
    static const QHash<QString, ImportKind> kinds{{QStringLiteral("teachers"), ImportKind::Teachers},
                                                  {QStringLiteral("methodists"), ImportKind::Methodists},
                                                  {QStringLiteral("organisations"), ImportKind::Organisations},
                                                  {QStringLiteral("municipalities"), ImportKind::Municipalities},
                                                  {QStringLiteral("subjects"), ImportKind::Subjects},
                                                  {QStringLiteral("pk"), ImportKind::Development},
                                                  {QStringLiteral("diagnostics"), ImportKind::Diagnostics},
                                                  {QStringLiteral("worklog"), ImportKind::WorkLog},
                                                  {QStringLiteral("catalogue"), ImportKind::Catalogue},
                                                  {QStringLiteral("network"), ImportKind::Network},
                                                  {QStringLiteral("network-members"), ImportKind::NetworkMembers}};
    const auto it = kinds.constFind(name);
    return it == kinds.constEnd() ? std::nullopt : std::optional(it.value());
}

QString ImportColumns::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Teachers:
        return tr("teachers");
    case ImportKind::Methodists:
        return tr("methodists");
    case ImportKind::Organisations:
        return tr("organisations");
    case ImportKind::Municipalities:
        return tr("municipalities");
    case ImportKind::Subjects:
        return tr("subjects");
    case ImportKind::Development:
        return tr("teachers' professional development (ПК)");
    case ImportKind::Diagnostics:
        return tr("teachers' diagnostics results");
    case ImportKind::WorkLog:
        return tr("the methodists' work log");
    case ImportKind::Catalogue:
        return tr("the catalogue of programmes and activities");
    case ImportKind::Network:
        return tr("the units of the support network");
    case ImportKind::NetworkMembers:
        return tr("the members and covered schools of the support network");
    }
    return {};
}

} // namespace metodist
