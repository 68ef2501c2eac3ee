#include "domain/ValueMatch.h"

#include "domain/SearchKey.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <string_view>

namespace metodist {

namespace valuematch {

// A word of a text as it compares: a hyphenated word gives one per part.
struct Word
{
    QString folded; // searchKey
    QString stem;
    double weight = 1;      // GenericWeight for a word that says little
    bool shortened = false; // may stand for a longer word it begins
    bool capitals = false;  // 2–6 capital letters: may be initials
};

// A hyphenated word written whole («физра»), standing for parts [first, end).
struct Whole
{
    Word word;
    qsizetype first = 0;
    qsizetype end = 0;
};

struct Form
{
    qsizetype candidate = 0; // index into ValueMatch::m_ids
    QString key;             // searchKey of the whole text, for an exact match
    QList<Word> words;       // the parts of every word but stopwords, in order
    QList<Whole> wholes;     // its hyphenated words
    QString initials;        // of words, one letter each
    double weight = 0;       // the sum of the words' weights
};

} // namespace valuematch

using valuematch::Form;
using valuematch::Whole;
using valuematch::Word;

namespace {

// Hostile input: no more of a text is read, so a match costs the same for a
// value of five million characters as for one of five hundred.
constexpr qsizetype MaxTextLength = 500;
constexpr qsizetype MaxPieces = 64; // before stopwords are dropped
constexpr qsizetype MaxWords = 32;  // after

constexpr double GenericWeight = 0.25;
constexpr double ShortenedPrefix = 0.9;
constexpr double LoosePrefix = 0.7;
constexpr qsizetype LeastShortened = 2; // «кл.», «яз.»
constexpr qsizetype LeastPrefix = 3;    // «изо», «мат»
constexpr qsizetype LeastStemPrefix = 5;
constexpr qsizetype LeastStemmed = 4; // shorter words stay whole
constexpr qsizetype LeastStem = 3;
constexpr qsizetype MinCapitals = 2;
constexpr qsizetype MaxCapitals = 6;
// An initial an entry lacks at the end of an abbreviation («ВКК» for
// «высшая»): half a letter.
constexpr double MissingInitial = 0.5;
constexpr double QueryShare = 0.85; // the rest is the entry's coverage
// A text of generic words only («категория», «педагоги») says too little for
// a suggestion: its share counts half.
constexpr double GenericOnlyShare = 0.5;

// ---------------------------------------------------------------------------
// The Russian stemmer of the Snowball project (snowballstem.org/algorithms/
// russian), with «-ьми» added to the noun endings (детьми / детей) and no
// stemming of words under four letters.

struct Ending
{
    std::u16string_view text;
    bool afterAOrYa = false; // the first group: must follow а or я, which stay
};

constexpr Ending PerfectiveGerund[] = {
    {u"в", true}, {u"вши", true}, {u"вшись", true}, {u"ив"}, {u"ивши"}, {u"ившись"}, {u"ыв"}, {u"ывши"},
    {u"ывшись"},
};
constexpr Ending Adjective[] = {
    {u"ее"}, {u"ие"}, {u"ые"}, {u"ое"}, {u"ими"}, {u"ыми"}, {u"ей"}, {u"ий"}, {u"ый"}, {u"ой"}, {u"ем"},
    {u"им"}, {u"ым"}, {u"ом"}, {u"его"}, {u"ого"}, {u"ему"}, {u"ому"}, {u"их"}, {u"ых"}, {u"ую"}, {u"юю"},
    {u"ая"}, {u"яя"}, {u"ою"}, {u"ею"},
};
constexpr Ending Participle[] = {
    {u"ем", true}, {u"нн", true}, {u"вш", true}, {u"ющ", true}, {u"щ", true}, {u"ивш"}, {u"ывш"}, {u"ующ"},
};
constexpr Ending Reflexive[] = {{u"ся"}, {u"сь"}};
constexpr Ending Verb[] = {
    {u"ла", true}, {u"на", true}, {u"ете", true}, {u"йте", true}, {u"ли", true}, {u"й", true}, {u"л", true},
    {u"ем", true}, {u"н", true}, {u"ло", true}, {u"но", true}, {u"ет", true}, {u"ют", true}, {u"ны", true},
    {u"ть", true}, {u"ешь", true}, {u"нно", true}, {u"ила"}, {u"ыла"}, {u"ена"}, {u"ейте"}, {u"уйте"},
    {u"ите"}, {u"или"}, {u"ыли"}, {u"ей"}, {u"уй"}, {u"ил"}, {u"ыл"}, {u"им"}, {u"ым"}, {u"ен"}, {u"ило"},
    {u"ыло"}, {u"ено"}, {u"ят"}, {u"ует"}, {u"уют"}, {u"ит"}, {u"ыт"}, {u"ены"}, {u"ить"}, {u"ыть"}, {u"ишь"},
    {u"ую"}, {u"ю"},
};
constexpr Ending Noun[] = {
    {u"а"}, {u"ев"}, {u"ов"}, {u"ие"}, {u"ье"}, {u"е"}, {u"иями"}, {u"ями"}, {u"ами"}, {u"еи"}, {u"ии"},
    {u"и"}, {u"ией"}, {u"ей"}, {u"ой"}, {u"ий"}, {u"й"}, {u"иям"}, {u"ям"}, {u"ием"}, {u"ем"}, {u"ам"},
    {u"ом"}, {u"о"}, {u"у"}, {u"ах"}, {u"иях"}, {u"ях"}, {u"ы"}, {u"ь"}, {u"ию"}, {u"ью"}, {u"ю"}, {u"ия"},
    {u"ья"}, {u"я"}, {u"ьми"},
};
constexpr Ending Superlative[] = {{u"ейш"}, {u"ейше"}};
constexpr Ending Derivational[] = {{u"ост"}, {u"ость"}};

bool isVowel(QChar c)
{
    return QStringView(u"аеиоуыэюя").contains(c);
}

// RV: the part of the word after its first vowel.
qsizetype regionAfterVowel(QStringView word)
{
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (isVowel(word[i]))
            return i + 1;
    }
    return word.size();
}

// R1 (from 0) or R2 (from R1): the part after the first non-vowel that
// follows a vowel.
qsizetype regionAfterSyllable(QStringView word, qsizetype from)
{
    for (qsizetype i = from + 1; i < word.size(); ++i) {
        if (isVowel(word[i - 1]) && !isVowel(word[i]))
            return i + 1;
    }
    return word.size();
}

// Removes the longest of the endings that lies wholly from `region` on. As
// Snowball's «among», a longest ending whose condition fails removes nothing.
template<std::size_t N>
bool removeEnding(QString &word, qsizetype region, const Ending (&endings)[N])
{
    const Ending *found = nullptr;
    for (const Ending &ending : endings) {
        const auto size = qsizetype(ending.text.size());
        if (word.size() - size < region || (found && size <= qsizetype(found->text.size())))
            continue;
        if (QStringView(word).endsWith(QStringView(ending.text.data(), size)))
            found = &ending;
    }
    if (!found)
        return false;
    const qsizetype start = word.size() - qsizetype(found->text.size());
    if (found->afterAOrYa && (start - 1 < region || (word[start - 1] != u'а' && word[start - 1] != u'я')))
        return false;
    word.truncate(start);
    return true;
}

void removeInflection(QString &word, qsizetype rv)
{
    if (removeEnding(word, rv, PerfectiveGerund))
        return;
    removeEnding(word, rv, Reflexive);
    if (removeEnding(word, rv, Adjective)) {
        removeEnding(word, rv, Participle);
        return;
    }
    if (!removeEnding(word, rv, Verb))
        removeEnding(word, rv, Noun);
}

QString snowballStem(QString word)
{
    const qsizetype rv = regionAfterVowel(word);
    const qsizetype r2 = regionAfterSyllable(word, regionAfterSyllable(word, 0));
    removeInflection(word, rv);
    if (word.size() > rv && word.endsWith(u'и'))
        word.chop(1);
    removeEnding(word, r2, Derivational);
    removeEnding(word, rv, Superlative);
    if (word.size() - 2 >= rv && word.endsWith(u"нн"))
        word.chop(1);
    else if (word.size() > rv && word.endsWith(u'ь'))
        word.chop(1);
    return word;
}

QString stemOf(const QString &folded)
{
    if (folded.size() < LeastStemmed)
        return folded;
    const QString stem = snowballStem(folded);
    return stem.size() < LeastStem ? folded.left(LeastStem) : stem;
}

// ---------------------------------------------------------------------------
// Words that say nothing, little, or more than they show.

QSet<QString> setOf(std::initializer_list<QStringView> words)
{
    QSet<QString> set;
    for (QStringView word : words)
        set.insert(word.toString());
    return set;
}

// Prepositions, conjunctions, particles and pronouns: dropped.
const QSet<QString> &stopwords()
{
    static const QSet<QString> words = setOf({
        u"а", u"бы", u"в", u"во", u"все", u"всех", u"где", u"да", u"для", u"до", u"др", u"же", u"за", u"и",
        u"из", u"или", u"их", u"к", u"как", u"ко", u"который", u"которая", u"которое", u"которые", u"которого",
        u"которой", u"которым", u"которыми", u"которых", u"ли", u"либо", u"на", u"над", u"не", u"ни", u"но",
        u"о", u"об", u"обо", u"от", u"по", u"под", u"при", u"про", u"с", u"со", u"так", u"также", u"то",
        u"том", u"у", u"чей", u"чья", u"чьи", u"чьих", u"через", u"числе", u"что", u"это", u"этом", u"его",
        u"ее", u"уже",
    });
    return words;
}

// Words every entry of a dictionary may hold, or that name a kind rather than
// a thing: a quarter of a word. By stem, so every form counts («педагогов»;
// «уровня» is listed for its stem lacks the «е» of «уровень»).
const QSet<QString> &genericStems()
{
    static const QSet<QString> stems = [] {
        QSet<QString> set;
        for (QStringView word : {
                 u"педагог", u"учитель", u"преподаватель", u"работник", u"сотрудник", u"категория",
                 u"квалификационная", u"город", u"городской", u"округ", u"муниципальный", u"район", u"область",
                 u"уровень", u"уровня", u"компетенция", u"дефицит", u"курс",
             })
            set.insert(stemOf(word.toString()));
        return set;
    }();
    return stems;
}

// The first letters of the generic words: those an entry may lack at the end
// of an abbreviation («ВКК»: «высшая» + «квалификационная категория»).
const QString &genericInitials()
{
    static const QString initials = [] {
        QString letters;
        for (const QString &stem : genericStems()) {
            if (!letters.contains(stem[0]))
                letters.append(stem[0]);
        }
        return letters;
    }();
    return initials;
}

// Office short forms of the generic words, read whole: «г.», «р-н».
const QHash<QString, QString> &shortForms()
{
    static const QHash<QString, QString> forms = {
        {QStringLiteral("г"), QStringLiteral("город")},
        {QStringLiteral("гор"), QStringLiteral("город")},
        {QStringLiteral("р-н"), QStringLiteral("район")},
        {QStringLiteral("р-он"), QStringLiteral("район")},
        {QStringLiteral("рн"), QStringLiteral("район")},
        {QStringLiteral("мр"), QStringLiteral("район")}, // муниципальный район
        {QStringLiteral("обл"), QStringLiteral("область")},
        {QStringLiteral("кв"), QStringLiteral("квалификационная")},
        {QStringLiteral("квал"), QStringLiteral("квалификационная")},
        {QStringLiteral("кат"), QStringLiteral("категория")},
        {QStringLiteral("нет"), QStringLiteral("без")}, // «нет категории»
    };
    return forms;
}

// ---------------------------------------------------------------------------
// Splitting a text into words.

struct Piece
{
    QStringView raw;
    bool dotted = false;       // «нач.»
    bool joinedToNext = false; // «физ-ра»: a dash between letters
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QList<Piece> piecesOf(QStringView text)
{
    QList<Piece> pieces;
    qsizetype i = 0;
    while (i < text.size() && pieces.size() < MaxPieces) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < text.size() && isWordChar(text[i]))
            ++i;
        Piece piece{text.sliced(start, i - start)};
        if (i < text.size()) {
            piece.dotted = text[i] == u'.';
            piece.joinedToNext = isDash(text[i]) && i + 1 < text.size() && isWordChar(text[i + 1]);
        }
        pieces.append(piece);
    }
    return pieces;
}

bool isCapitals(QStringView raw)
{
    if (raw.size() < MinCapitals || raw.size() > MaxCapitals)
        return false;
    return std::all_of(raw.begin(), raw.end(), [](QChar c) { return c.isLetter() && c.isUpper(); });
}

Word wordOf(const QString &folded, QStringView raw, bool shortened)
{
    Word word;
    word.folded = folded;
    word.stem = stemOf(folded);
    word.weight = genericStems().contains(word.stem) ? GenericWeight : 1.0;
    word.capitals = isCapitals(raw);
    word.shortened = shortened || (word.capitals && folded.size() >= LeastPrefix);
    return word;
}

bool isDropped(const QString &folded)
{
    return folded.isEmpty() || stopwords().contains(folded) || (folded.size() == 1 && !folded[0].isDigit());
}

// The parts of one (possibly hyphenated) word; none when it says nothing.
// `negation` is «не» carried over from the word before.
QList<Word> partsOf(const QList<Piece> &pieces, QString &negation)
{
    QStringList folded;
    for (const Piece &piece : pieces)
        folded.append(searchKey(piece.raw));
    if (!stopwords().contains(folded.first()))
        folded.first().prepend(negation);
    negation.clear();
    if (const auto form = shortForms().constFind(folded.join(u'-')); form != shortForms().cend())
        return {wordOf(*form, {}, false)};
    const bool hyphenated = pieces.size() > 1;
    QList<Word> parts;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (!isDropped(folded[i]))
            parts.append(wordOf(folded[i], pieces[i].raw, pieces[i].dotted || hyphenated));
    }
    return parts;
}

// The words of a text, each as its parts.
QList<QList<Word>> wordsOf(const QString &text)
{
    const QString capped = text.left(MaxTextLength).normalized(QString::NormalizationForm_C);
    const QList<Piece> pieces = piecesOf(capped);
    QList<QList<Word>> words;
    QString negation;
    for (qsizetype i = 0; i < pieces.size() && words.size() < MaxWords;) {
        qsizetype end = i + 1;
        while (end < pieces.size() && pieces[end - 1].joinedToNext)
            ++end;
        const QList<Piece> group = pieces.mid(i, end - i);
        i = end;
        if (group.size() == 1 && searchKey(group.first().raw) == u"не") {
            negation = QStringLiteral("не");
            continue;
        }
        if (QList<Word> parts = partsOf(group, negation); !parts.isEmpty())
            words.append(parts);
    }
    return words;
}

Word wholeOf(const QList<Word> &parts)
{
    QString joined;
    for (const Word &part : parts)
        joined.append(part.folded);
    return wordOf(joined, {}, false);
}

// ---------------------------------------------------------------------------
// The text being matched.

struct Unit
{
    qsizetype first = 0; // its parts in Query::parts
    qsizetype end = 0;
    bool hyphenated = false;
    Word whole; // when hyphenated
    double weight = 0;
    bool abbreviation = false; // one part in capitals: may be initials
};

struct Query
{
    QString key;
    QList<Word> parts;
    QList<Unit> units;
    QString initials;   // of parts
    bool generic = true; // every word is generic
};

Query queryOf(const QString &text)
{
    Query query;
    query.key = searchKey(QStringView(text).left(MaxTextLength));
    for (const QList<Word> &word : wordsOf(text)) {
        Unit unit;
        unit.first = query.parts.size();
        for (const Word &part : word) {
            query.parts.append(part);
            query.initials.append(part.folded[0]);
            unit.weight += part.weight;
            query.generic = query.generic && part.weight < 1;
        }
        unit.end = query.parts.size();
        unit.hyphenated = word.size() > 1;
        if (unit.hyphenated)
            unit.whole = wholeOf(word);
        unit.abbreviation = word.size() == 1 && word.first().capitals;
        query.units.append(unit);
    }
    return query;
}

Form formOf(qsizetype candidate, const QString &text)
{
    Form form;
    form.candidate = candidate;
    form.key = searchKey(QStringView(text).left(MaxTextLength));
    for (const QList<Word> &word : wordsOf(text)) {
        if (word.size() > 1)
            form.wholes.append({wholeOf(word), form.words.size(), form.words.size() + word.size()});
        for (const Word &part : word) {
            form.words.append(part);
            form.initials.append(part.folded[0]);
            form.weight += part.weight;
        }
    }
    return form;
}

// ---------------------------------------------------------------------------
// Comparing.

bool begins(const QString &shorter, const QString &longer, qsizetype least)
{
    return shorter.size() >= least && longer.size() > shorter.size() && longer.startsWith(shorter);
}

double similarity(const Word &a, const Word &b)
{
    if (a.stem == b.stem)
        return 1;
    if ((a.shortened && begins(a.folded, b.folded, LeastShortened))
        || (b.shortened && begins(b.folded, a.folded, LeastShortened)))
        return ShortenedPrefix;
    if (begins(a.folded, b.folded, LeastPrefix) || begins(b.folded, a.folded, LeastPrefix)
        || begins(a.stem, b.stem, LeastStemPrefix) || begins(b.stem, a.stem, LeastStemPrefix))
        return LoosePrefix;
    return 0;
}

// How one form matches the query, before the units are weighed.
struct FormMatch
{
    QVarLengthArray<double, 16> values;   // of each unit, 0..1
    QVarLengthArray<bool, 16> asInitials; // the unit was read as initials
    double coverage = 0;                  // the weighted share of the form's words matched
    bool exact = false;
};

class Matcher
{
public:
    Matcher(const Query &query, const Form &form)
        : m_query(query), m_form(form), m_partBest(query.parts.size(), 0.0), m_wordBest(form.words.size(), 0.0)
    {
    }

    FormMatch run()
    {
        FormMatch result;
        result.exact = !m_form.key.isEmpty() && m_form.key == m_query.key;
        for (qsizetype i = 0; i < m_query.parts.size(); ++i)
            m_partBest[i] = best(m_query.parts[i]);
        matchEntryAbbreviations();
        for (const Unit &unit : m_query.units) {
            double value = partsValue(unit);
            if (unit.hyphenated)
                value = std::max(value, best(unit.whole));
            const double initials = unit.abbreviation ? initialsValue(m_query.parts[unit.first].folded) : 0;
            result.values.append(std::max(value, initials));
            result.asInitials.append(initials > 0);
        }
        result.coverage = coverage();
        return result;
    }

private:
    void cover(qsizetype first, qsizetype end, double value)
    {
        for (qsizetype j = first; j < end; ++j)
            m_wordBest[j] = std::max(m_wordBest[j], value);
    }

    // The best similarity of a word of the query to the form's words.
    double best(const Word &word)
    {
        double result = 0;
        for (qsizetype j = 0; j < m_form.words.size(); ++j) {
            const double value = similarity(word, m_form.words[j]);
            cover(j, j + 1, value);
            result = std::max(result, value);
        }
        for (const Whole &whole : m_form.wholes) {
            const double value = similarity(word, whole.word);
            cover(whole.first, whole.end, value);
            result = std::max(result, value);
        }
        return result;
    }

    double partsValue(const Unit &unit) const
    {
        double sum = 0;
        double weight = 0;
        for (qsizetype i = unit.first; i < unit.end; ++i) {
            sum += m_partBest[i] * m_query.parts[i].weight;
            weight += m_query.parts[i].weight;
        }
        return weight > 0 ? sum / weight : 0;
    }

    // «ЕГЭ» in the form read as «единый государственный экзамен» in the query.
    void matchEntryAbbreviations()
    {
        for (qsizetype j = 0; j < m_form.words.size(); ++j) {
            const Word &word = m_form.words[j];
            if (!word.capitals)
                continue;
            const qsizetype at = m_query.initials.indexOf(word.folded);
            if (at < 0)
                continue;
            for (qsizetype i = at; i < at + word.folded.size(); ++i)
                m_partBest[i] = 1;
            cover(j, j + 1, 1);
        }
    }

    // «ОВЗ» as the initials of «ограниченными возможностями здоровья», or
    // «ВКК» as beginning with those of «высшая».
    double initialsValue(const QString &letters)
    {
        if (const qsizetype at = m_form.initials.indexOf(letters); at >= 0) {
            cover(at, at + letters.size(), 1);
            return 1;
        }
        const qsizetype known = m_form.initials.size();
        if (known == 0 || known >= letters.size() || !letters.startsWith(m_form.initials)
            || !mayLackInitials(letters, known))
            return 0;
        const double value = (known + MissingInitial * double(letters.size() - known)) / double(letters.size());
        cover(0, known, value);
        return value;
    }

    // Three or four letters, and those the entry lacks are the initials of
    // generic words: «ВКК» may be «высшая» (квалификационная категория), but
    // «ОБЖ» is not «обществознание» nor «ИКТ» «информатика».
    static bool mayLackInitials(const QString &letters, qsizetype known)
    {
        return letters.size() >= 3 && letters.size() <= 4
            && std::all_of(letters.begin() + known, letters.end(),
                           [](QChar c) { return genericInitials().contains(c); });
    }

    double coverage() const
    {
        if (m_form.weight <= 0)
            return 0;
        double sum = 0;
        for (qsizetype j = 0; j < m_form.words.size(); ++j)
            sum += m_wordBest[j] * m_form.words[j].weight;
        return sum / m_form.weight;
    }

    const Query &m_query;
    const Form &m_form;
    QVarLengthArray<double, 32> m_partBest;
    QVarLengthArray<double, 32> m_wordBest;
};

// A word in capitals read as initials by some form weighs as many words as
// it has letters, for every form: «работающие с детьми с ОВЗ» is five words.
QVarLengthArray<double, 16> unitWeights(const Query &query, const std::vector<FormMatch> &matches)
{
    QVarLengthArray<double, 16> weights;
    for (qsizetype u = 0; u < query.units.size(); ++u) {
        const Unit &unit = query.units[u];
        const bool asInitials = unit.abbreviation
            && std::any_of(matches.begin(), matches.end(), [u](const FormMatch &match) { return match.asInitials[u]; });
        weights.append(asInitials ? double(query.parts[unit.first].folded.size()) : unit.weight);
    }
    return weights;
}

double scoreOf(const Query &query, const FormMatch &match, const QVarLengthArray<double, 16> &weights)
{
    if (match.exact)
        return 1;
    double sum = 0;
    double total = 0;
    for (qsizetype u = 0; u < weights.size(); ++u) {
        sum += match.values[u] * weights[u];
        total += weights[u];
    }
    if (total <= 0 || sum <= 0)
        return 0;
    const double share = sum / total * (query.generic ? GenericOnlyShare : 1.0);
    return QueryShare * share + (1 - QueryShare) * match.coverage;
}

} // namespace

ValueMatch::ValueMatch(const QList<MatchCandidate> &candidates)
{
    for (const MatchCandidate &candidate : candidates) {
        const qsizetype index = m_ids.size();
        m_ids.append(candidate.id);
        m_forms.push_back(formOf(index, candidate.name));
        for (const QString &alias : candidate.aliases)
            m_forms.push_back(formOf(index, alias));
        if (!candidate.code.isEmpty()) {
            // Matched only whole: «primary_school» is not two words of a name.
            Form code;
            code.candidate = index;
            code.key = searchKey(QStringView(candidate.code).left(MaxTextLength));
            m_forms.push_back(code);
        }
    }
}

ValueMatch::ValueMatch(const ValueMatch &other) = default;
ValueMatch::ValueMatch(ValueMatch &&other) noexcept = default;
ValueMatch &ValueMatch::operator=(const ValueMatch &other) = default;
ValueMatch &ValueMatch::operator=(ValueMatch &&other) noexcept = default;
ValueMatch::~ValueMatch() = default;

QList<MatchSuggestion> ValueMatch::ranked(const QString &text) const
{
    const Query query = queryOf(text);
    if (query.units.isEmpty() && query.key.isEmpty())
        return {};
    std::vector<FormMatch> matches;
    matches.reserve(m_forms.size());
    for (const Form &form : m_forms)
        matches.push_back(Matcher(query, form).run());
    const auto weights = unitWeights(query, matches);

    QList<double> scores(m_ids.size(), 0.0);
    for (std::size_t i = 0; i < m_forms.size(); ++i) {
        double &score = scores[m_forms[i].candidate];
        score = std::max(score, scoreOf(query, matches[i], weights));
    }
    QList<MatchSuggestion> result;
    for (qsizetype i = 0; i < m_ids.size(); ++i) {
        if (scores[i] > 0)
            result.append({m_ids[i], scores[i]});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const MatchSuggestion &a, const MatchSuggestion &b) { return a.score > b.score; });
    return result;
}

MatchSuggestion ValueMatch::suggest(const QString &text) const
{
    const QList<MatchSuggestion> candidates = ranked(text);
    if (candidates.isEmpty())
        return {};
    const MatchSuggestion &best = candidates.first();
    const double runnerUp = candidates.size() > 1 ? candidates[1].score : 0;
    if (best.score < SuggestScore || best.score - runnerUp < SuggestLead)
        return {};
    return best;
}

QStringList ValueMatch::stems(const QString &text)
{
    QStringList result;
    for (const QList<Word> &word : wordsOf(text)) {
        for (const Word &part : word)
            result.append(part.stem);
    }
    return result;
}

} // namespace metodist
