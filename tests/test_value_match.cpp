#include <catch2/catch.hpp>

#include "domain/ReferenceData.h"
#include "domain/ValueMatch.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <memory>

using namespace metodist;

namespace {

// The shipped entries of a dictionary, or the municipalities of a region
// preset ("kaliningrad", "tyumen"; their code is their name), as candidates
// with ids from 1 in their order.
QList<MatchCandidate> candidatesOf(const QString &source)
{
    QList<MatchCandidate> candidates;
    auto region = ReferenceData::region(source);
    if (region.ok()) {
        for (const QString &name : region.value().municipalities)
            candidates.append({candidates.size() + 1, name, {}, name});
        return candidates;
    }
    auto shipped = ReferenceData::shippedDictionaries();
    REQUIRE(shipped.ok());
    const QList<ReferenceItem> items = shipped.value().value(source);
    REQUIRE_FALSE(items.isEmpty());
    for (const ReferenceItem &item : items)
        candidates.append({candidates.size() + 1, item.name, {}, item.code});
    return candidates;
}

// One matcher per dictionary, built once.
struct Dictionary
{
    QList<MatchCandidate> candidates;
    ValueMatch match;

    explicit Dictionary(const QString &source) : candidates(candidatesOf(source)), match(candidates) {}

    QString codeOf(qint64 id) const
    {
        for (const MatchCandidate &candidate : candidates) {
            if (candidate.id == id)
                return candidate.code;
        }
        return QStringLiteral("(none)");
    }

    // The first three of the ranking, for the message of a failed check.
    QString top(const QString &text) const
    {
        QStringList lines;
        for (const MatchSuggestion &suggestion : match.ranked(text).mid(0, 3))
            lines << QStringLiteral("%1 %2").arg(codeOf(suggestion.id)).arg(suggestion.score, 0, 'f', 3);
        return lines.join(QStringLiteral("; "));
    }
};

const Dictionary &dictionary(const QString &source)
{
    static QHash<QString, std::shared_ptr<Dictionary>> built;
    auto &entry = built[source];
    if (!entry)
        entry = std::make_shared<Dictionary>(source);
    return *entry;
}

struct Case
{
    const char *source;
    const char *text;
    const char *code;
};

// Office short forms as methodical services write them (the wording of the
// categories of teachers, subjects and levels of the seeds), with the entry
// each means.
const Case SuggestTable[] = {
    {"support_categories", "молодые специалисты", "young_specialists"},
    {"support_categories", "Молодой специалист", "young_specialists"},
    {"support_categories", "молодые педагоги", "young_specialists"},
    {"support_categories", "вновь прибывшие педагоги", "young_specialists"},
    {"support_categories", "работающие с детьми с ОВЗ", "disabilities_deviant"},
    {"support_categories", "РАБОТАЮЩИЕ С ДЕТЬМИ С ОВЗ", "disabilities_deviant"},
    {"support_categories", "педагоги, работающие с детьми с ОВЗ", "disabilities_deviant"},
    {"support_categories", "ОВЗ", "disabilities_deviant"},
    {"support_categories", "обучающие детей с девиантным поведением", "disabilities_deviant"},
    {"support_categories", "эксперты ОГЭ/ЕГЭ", "exam_experts"},
    {"support_categories", "члены комиссий ЕГЭ", "exam_experts"},
    {"support_categories", "эксперты единого государственного экзамена", "exam_experts"},
    {"support_categories", "выходящие на аттестацию", "attestation"},
    {"support_categories", "аттестующиеся педагоги", "attestation"},
    {"support_categories", "с низкими результатами обучающихся", "low_results"},
    {"support_categories", "учителя школ с низкими результатами", "low_results"},
    {"support_categories", "профессиональное выгорание", "burnout"},
    {"support_categories", "нуждающиеся в психологической помощи", "burnout"},
    {"support_categories", "руководители МО", "association_heads"},
    {"support_categories", "руководители профессиональных сообществ", "association_heads"},
    {"support_categories", "участники конкурсов", "contest_participants"},
    {"support_categories", "участники конкурсов профмастерства", "contest_participants"},
    {"support_categories", "работа с одарёнными детьми", "gifted_children"},
    {"support_categories", "одарённые дети", "gifted_children"},
    {"support_categories", "имеющие профессиональные затруднения", "professional_difficulties"},
    {"support_categories", "нуждающиеся в построении ИОМ", "professional_difficulties"},
    {"support_categories", "ИОМ", "professional_difficulties"},
    {"support_categories", "завершившие курсы ПК", "pk_completion"},
    {"support_categories", "завершившие обучение по программам ПК", "pk_completion"},
    {"support_categories", "прошедшие курсы повышения квалификации", "pk_completion"},

    {"subjects", "нач. кл.", "primary_school"},
    {"subjects", "нач. классы", "primary_school"},
    {"subjects", "англ. яз.", "english_language"},
    {"subjects", "русский яз.", "russian_language"},
    {"subjects", "рус. яз.", "russian_language"},
    {"subjects", "нем. язык", "german_language"},
    {"subjects", "матем.", "mathematics"},
    {"subjects", "ИЗО", "fine_arts"},
    {"subjects", "изо", "fine_arts"},
    {"subjects", "изобразительное иск-во", "fine_arts"},
    {"subjects", "ОБЗР", "obzr"},
    {"subjects", "основы безопасности и защиты Родины", "obzr"},
    {"subjects", "ОРКСЭ", "orkse"},
    {"subjects", "ОДНКНР", "odnknr"},
    {"subjects", "доп. образование", "additional_education"},
    {"subjects", "информ.", "informatics"},
    {"subjects", "геогр.", "geography"},
    {"subjects", "дефектология", "special_education"},
    {"subjects", "Физическая культура", "physical_education"},
    {"subjects", "primary_school", "primary_school"},

    {"qualification_categories", "высшая кв. категория", "highest"},
    {"qualification_categories", "ВКК", "highest"},
    {"qualification_categories", "первая категория", "first"},
    {"qualification_categories", "СЗД", "position_compliance"},
    {"qualification_categories", "соответствие должности", "position_compliance"},
    {"qualification_categories", "без категории", "none"},
    {"qualification_categories", "нет категории", "none"},

    {"competence_levels", "высокий уровень", "high"},
    {"competence_levels", "низкий уровень", "low"},
    {"competence_levels", "Минимальный", "minimal"},

    {"deficit_areas", "цифровые компетенции", "digital"},
    {"deficit_areas", "предметный дефицит", "subject"},
    {"deficit_areas", "психолого-педагогические дефициты", "psycho_pedagogical"},
    {"deficit_areas", "коммуникативные", "communicative"},
    {"deficit_areas", "методические затруднения", "methodical"},

    {"education_levels", "высшее пед.", "higher_pedagogical"},
    {"education_levels", "высшее непедагогическое", "higher_non_pedagogical"},
    {"education_levels", "высшее, не педагогическое", "higher_non_pedagogical"},
    {"education_levels", "ср. проф. пед.", "vocational_pedagogical"},
    {"education_levels", "среднее профессиональное (непед.)", "vocational_non_pedagogical"},

    {"employment_forms", "штатный", "staff"},
    {"employment_forms", "штатный сотрудник", "staff"},
    {"employment_forms", "ГПХ", "gph"},
    {"employment_forms", "по договору ГПХ", "gph"},
    {"employment_forms", "договор гражданско-правового характера", "gph"},
    {"employment_forms", "муниципальный методист", "municipal"},

    {"kaliningrad", "Калининград", "Городской округ «Город Калининград»"},
    {"kaliningrad", "г. Калининград", "Городской округ «Город Калининград»"},
    {"kaliningrad", "Гурьевский р-н", "Гурьевский муниципальный округ"},
    {"kaliningrad", "Гурьевский МО", "Гурьевский муниципальный округ"},
    {"kaliningrad", "Гурьевский район", "Гурьевский муниципальный округ"},
    {"kaliningrad", "Зеленоградский", "Зеленоградский муниципальный округ"},
    {"kaliningrad", "Советск", "Советский городской округ"},
    {"kaliningrad", "Светлогорский ГО", "Светлогорский городской округ"},
    {"kaliningrad", "г. Гусев", "Гусевский городской округ"},
    {"tyumen", "г. Тюмень", "г. Тюмень"},
    {"tyumen", "Тюмень", "г. Тюмень"},
    {"tyumen", "Тюменский район", "Тюменский р-н"},
    {"tyumen", "Тюменский р-он", "Тюменский р-н"},
    {"tyumen", "город Тюмень", "г. Тюмень"},
    {"tyumen", "г. Тобольск", "г. Тобольск"},
    {"tyumen", "Тобольский р-н", "Тобольский р-н"},
    {"tyumen", "Ишим", "г. Ишим"},
    {"tyumen", "Ишимский район", "Ишимский р-н"},
    {"tyumen", "Ишимский МР", "Ишимский р-н"},
    {"tyumen", "Заводоуковский", "Заводоуковский р-н"},
};

// Values that mean no entry, or two equally.
const Case NothingTable[] = {
    {"support_categories", "бухгалтерия", nullptr},
    {"support_categories", "12345", nullptr},
    {"support_categories", "ааа", nullptr},
    {"support_categories", "", nullptr},
    {"support_categories", " , . / «» ", nullptr},
    {"support_categories", "педагоги", nullptr},
    {"support_categories", "профессиональные", nullptr},
    {"support_categories", "педагоги с детьми", nullptr},
    {"support_categories", "эксперты ГИА", nullptr},
    {"support_categories", "КПК", nullptr},
    {"subjects", "язык", nullptr},
    {"subjects", "основы", nullptr},
    {"subjects", "бухгалтерия", nullptr},
    {"subjects", "физ-ра", nullptr},
    {"subjects", "физкультура", nullptr},
    {"subjects", "ОБЖ", nullptr},
    {"subjects", "ИКТ", nullptr},
    {"subjects", "иностранный язык", nullptr},
    {"subjects", "родной (русский) язык", nullptr},
    {"qualification_categories", "категория", nullptr},
    {"education_levels", "высшее", nullptr},
    {"education_levels", "педагогическое", nullptr},
    {"employment_forms", "договор подряда с физлицом", nullptr},
    {"tyumen", "Тобольск", nullptr},
    {"tyumen", "Ялуторовск", nullptr},
    {"tyumen", "Калининград", nullptr},
    {"kaliningrad", "Светлый", nullptr},
};

} // namespace

TEST_CASE("value match suggests the entry an office short form means", "[valuematch]")
{
    int passed = 0;
    for (const Case &row : SuggestTable) {
        const Dictionary &d = dictionary(QString::fromUtf8(row.source));
        const QString text = QString::fromUtf8(row.text);
        const MatchSuggestion suggestion = d.match.suggest(text);
        INFO(row.source << ": «" << row.text << "» ranks " << d.top(text).toStdString());
        CHECK(d.codeOf(suggestion.id) == QString::fromUtf8(row.code));
        if (d.codeOf(suggestion.id) == QString::fromUtf8(row.code))
            ++passed;
    }
    CHECK(passed == int(std::size(SuggestTable)));
    CHECK(std::size(SuggestTable) >= 30);
}

TEST_CASE("value match suggests nothing for nonsense or a value close to two entries", "[valuematch]")
{
    for (const Case &row : NothingTable) {
        const Dictionary &d = dictionary(QString::fromUtf8(row.source));
        const QString text = QString::fromUtf8(row.text);
        INFO(row.source << ": «" << row.text << "» ranks " << d.top(text).toStdString());
        CHECK(d.match.suggest(text).id == 0);
    }
    // Nonsense ranks nothing at all.
    for (const char *text : {"бухгалтерия", "12345", "ааа", ""})
        CHECK(dictionary(QStringLiteral("support_categories")).match.ranked(QString::fromUtf8(text)).isEmpty());
}

// Not run by default (`test_value_match [.tune]`): the best two of every row
// of both tables, to tune the measure and the thresholds on.
TEST_CASE("value match tables with their scores", "[.tune]")
{
    auto print = [](const Case &row) {
        const Dictionary &d = dictionary(QString::fromUtf8(row.source));
        const QString text = QString::fromUtf8(row.text);
        std::printf("%-24s %-45s -> %-28s | %s\n", row.source, row.text,
                    qPrintable(d.codeOf(d.match.suggest(text).id)), qPrintable(d.top(text)));
    };
    std::for_each(std::begin(SuggestTable), std::end(SuggestTable), print);
    std::for_each(std::begin(NothingTable), std::end(NothingTable), print);
}

TEST_CASE("value match ranks every candidate with a positive score, best first", "[valuematch]")
{
    const Dictionary &d = dictionary(QStringLiteral("subjects"));
    const QList<MatchSuggestion> ranked = d.match.ranked(QStringLiteral("англ. яз."));
    REQUIRE(ranked.size() >= 4); // every language
    CHECK(d.codeOf(ranked.first().id) == QStringLiteral("english_language"));
    for (qsizetype i = 1; i < ranked.size(); ++i) {
        CHECK(ranked[i - 1].score >= ranked[i].score);
        CHECK(ranked[i].score > 0);
    }
    CHECK(ranked.first().score <= 1.0);
    // Equal to a name: the highest score.
    CHECK(d.match.ranked(QStringLiteral("НАЧАЛЬНЫЕ КЛАССЫ")).first().score == 1.0);
}

TEST_CASE("value match reads the aliases of a candidate", "[valuematch]")
{
    QList<MatchCandidate> candidates = candidatesOf(QStringLiteral("subjects"));
    for (MatchCandidate &candidate : candidates) {
        if (candidate.code == u"physical_education")
            candidate.aliases = {QStringLiteral("физ-ра"), QStringLiteral("физкультура")};
        if (candidate.code == u"obzr")
            candidate.aliases = {QStringLiteral("ОБЖ")};
    }
    const ValueMatch match(candidates);
    auto codeOf = [&](const QString &text) {
        const qint64 id = match.suggest(text).id;
        return id == 0 ? QString() : candidates[id - 1].code;
    };
    CHECK(codeOf(QStringLiteral("физ-ра")) == u"physical_education");
    CHECK(codeOf(QStringLiteral("Физкультура")) == u"physical_education");
    CHECK(codeOf(QStringLiteral("ОБЖ")) == u"obzr");
    CHECK(codeOf(QStringLiteral("англ. яз.")) == u"english_language");
}

TEST_CASE("value match compares words by their stems", "[valuematch]")
{
    auto stems = [](const char *text) { return ValueMatch::stems(QString::fromUtf8(text)); };
    CHECK(stems("низкими") == stems("низкие"));
    CHECK(stems("результатами") == stems("результаты"));
    CHECK(stems("обучающихся") == stems("обучающиеся"));
    CHECK(stems("детьми") == stems("детей"));
    CHECK(stems("детьми") == stems("дети"));
    CHECK(stems("одарёнными") == stems("одаренные"));
    CHECK(stems("аттестацию") == stems("аттестация"));
    CHECK(stems("профессиональное") == stems("профессиональных"));
    CHECK(stems("специалисты") == stems("Молодой специалист").mid(1));
    CHECK(stems("Гурьевский") == stems("гурьевск"));
    CHECK(stems("категории") == stems("категория"));
    CHECK(stems("ограниченными возможностями здоровья").size() == 3);
    // Stopwords go, «не» joins the next word, short forms are read whole.
    CHECK(stems("работающие с детьми с ОВЗ") == stems("работающие детьми ОВЗ"));
    CHECK(stems("работающие с детьми с ОВЗ").size() == 3);
    CHECK(stems("ОВЗ") == QStringList{QStringLiteral("овз")});
    CHECK(stems("не педагогическое") == stems("непедагогическое"));
    CHECK(stems("г.") == stems("город"));
    CHECK(stems("р-н") == stems("район"));
    CHECK(stems("и, в, с, для, по, или") == QStringList{});
    // Short words stay whole; a hyphenated word gives its parts.
    CHECK(stems("нач. кл.") == QStringList{QStringLiteral("нач"), QStringLiteral("кл")});
    CHECK(stems("психолого-педагогические").size() == 2);
    CHECK(stems("Ёлка") == stems("елка"));
    CHECK(ValueMatch::stems(QStringLiteral("одаре\u0308нными")) == stems("одаренными")); // ё decomposed
    // Snowball's stems, with «-ьми» as a noun ending.
    CHECK(stems("низкими") == QStringList{QStringLiteral("низк")});
    CHECK(stems("обучающихся") == QStringList{QStringLiteral("обуча")});
    CHECK(stems("детьми") == QStringList{QStringLiteral("дет")});
    CHECK(stems("одарёнными") == QStringList{QStringLiteral("одарен")});
}

TEST_CASE("value match is bounded for hostile input", "[valuematch]")
{
    const Dictionary &d = dictionary(QStringLiteral("support_categories"));
    QString words;
    while (words.size() < 100000)
        words += QStringLiteral("работающие с детьми с ОВЗ физ-ра нач. кл. ");
    const QString letters(100000, QChar(u'а'));
    const QString dashes = QStringLiteral("-").repeated(100000);

    QElapsedTimer timer;
    timer.start();
    for (const QString &text : {words, letters, dashes}) {
        (void)d.match.ranked(text);
        (void)d.match.suggest(text);
    }
    // A long name of a candidate is cut too.
    const ValueMatch longNames(QList<MatchCandidate>{{1, words, {words}, words}, {2, letters, {}, {}}});
    CHECK(longNames.suggest(QStringLiteral("работающие с детьми с ОВЗ")).id == 1);
    CHECK(timer.elapsed() < 1000);
}

TEST_CASE("value match ranks a hundred entries for hundreds of values in milliseconds", "[valuematch]")
{
    QList<MatchCandidate> candidates;
    for (const char *source : {"support_categories", "subjects", "kaliningrad", "tyumen", "education_levels"}) {
        for (MatchCandidate candidate : candidatesOf(QString::fromUtf8(source))) {
            candidate.id = candidates.size() + 1;
            candidates.append(candidate);
        }
    }
    REQUIRE(candidates.size() >= 90);
    QStringList values;
    for (int round = 0; values.size() < 300; ++round) {
        for (const Case &row : SuggestTable)
            values << QString::fromUtf8(row.text) + (round ? QStringLiteral(" %1").arg(round) : QString());
    }

    QElapsedTimer timer;
    timer.start();
    const ValueMatch match(candidates);
    int suggested = 0;
    for (const QString &value : values)
        suggested += match.suggest(value).id != 0;
    const qint64 elapsed = timer.elapsed();
    CHECK(suggested > 0);
    // Some 20 ms on one core of a laptop; generous for sanitizer builds.
    CHECK(elapsed < 3000);
}
