#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace metodist {

namespace valuematch {
struct Form; // a candidate's name, alias or code, split into words (ValueMatch.cpp)
}

// A dictionary entry an unknown value may mean: its name, the other ways
// the staff write it (aliases) and its code.
struct MatchCandidate
{
    qint64 id = 0;
    QString name;
    QStringList aliases;
    QString code;
};

struct MatchSuggestion
{
    qint64 id = 0; // 0: no candidate
    double score = 0;
};

// Which dictionary entry a value from an office file («работающие с детьми
// с ОВЗ», «нач. кл.», «Гурьевский р-н») most likely means. It only suggests:
// the caller shows the suggestion and the user decides. Pure and const after
// construction, so one matcher may serve several threads.
//
// The measure, for Russian:
// - the text (its first 500 characters, at most 32 words) is split on
//   anything that is not a letter or digit and folded as searchKey() folds
//   it (case, ё→е). Prepositions, conjunctions, particles and one-letter
//   words are dropped; «не» joins the next word («не педагогическое» =
//   «непедагогическое»); a few office short forms are read whole («г.»,
//   «р-н», «МР», «кв.», «нет» as «без»); words that say little in this
//   domain («педагоги», «учитель», «категория», «округ», «район», «уровень»,
//   «курсы»...) weigh a quarter of a word, and a text of such words only
//   counts half.
// - Words compare by their stems (Snowball's Russian stemmer with «-ьми»
//   added; words under four letters stay whole): equal stems match fully; a
//   word shortened with a dot or a hyphen («нач.», «яз.», «физ-ра») or in
//   capitals of three letters or more («ИЗО») matches at 0.9 a word it
//   begins; any word of three letters or more that begins the other, or a
//   stem of five letters or more that begins the other, matches at 0.7
//   («Тюмень» / «Тюменский»). A hyphenated word is also tried whole.
// - A word in capitals of 2–6 letters («ОВЗ», «МО») may be the initials of
//   consecutive words of the entry, and then weighs as many words as it has
//   letters. An entry whose words' initials begin such a word of three or
//   four letters matches in part when the letters it lacks are initials of
//   the little-saying words («ВКК»: «высшая» + квалификационная категория,
//   2/3). An abbreviation in the entry («ЕГЭ», «ЦНППМ») may likewise be the
//   initials of consecutive words of the text.
// - Word order is ignored. The score is 0.85 × the weighted share of the
//   text's words the entry matches + 0.15 × the weighted share of the
//   entry's words the text matches: a short office form matching a long
//   entry by its words scores well, and of two entries it matches equally,
//   the one it covers more ranks first. A text equal to an entry's name,
//   alias or code (as searchKey folds them) scores 1; an entry scores the
//   best of its name and aliases.
class ValueMatch
{
public:
    // The least score of a suggestion, and how far ahead of the runner-up it
    // must be. Tuned on the tables of tests/test_value_match.cpp: the right
    // entries score 0.55–1 and lead by 0.2 or more (a town and the district
    // named after it, «г. Тобольск» / «Тобольский р-н», by 0.2); values that
    // mean nothing score under 0.46, and those close to two entries lead by
    // under 0.07.
    static constexpr double SuggestScore = 0.5;
    static constexpr double SuggestLead = 0.15;

    explicit ValueMatch(const QList<MatchCandidate> &candidates);
    ValueMatch(const ValueMatch &other);
    ValueMatch(ValueMatch &&other) noexcept;
    ValueMatch &operator=(const ValueMatch &other);
    ValueMatch &operator=(ValueMatch &&other) noexcept;
    ~ValueMatch();

    // Every candidate with a positive score, best first (equal scores keep
    // the candidates' order).
    QList<MatchSuggestion> ranked(const QString &text) const;
    // The best candidate when it is clearly ahead: a score of SuggestScore or
    // more and at least SuggestLead more than the runner-up's; id 0 otherwise.
    MatchSuggestion suggest(const QString &text) const;
    // The stems of the words a text compares by, in its order (for tests).
    static QStringList stems(const QString &text);

private:
    std::vector<valuematch::Form> m_forms; // the names, aliases and codes of every candidate
    QList<qint64> m_ids;                   // of the candidates, in their order
};

} // namespace metodist
