#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace metodist {

// How an order is laid out on paper. Defaults follow ГОСТ Р 7.0.97-2016:
// margins of at least 20 mm left, 10 mm right, 20 mm top and bottom (offices
// use 30 mm on the left for binding), a 12–14 pt font, page numbers centred
// in the top margin from the second page on.
struct OrderLayout
{
    QString fontFamily = QStringLiteral("Times New Roman");
    int fontSize = 14;            // 12..14 pt
    int tableFontSize = 12;       // the appendix table may be smaller
    double marginLeftMm = 30;
    double marginRightMm = 10;
    double marginTopMm = 20;
    double marginBottomMm = 20;
    bool pageNumbersFromSecondPage = true;
};

// The space between an appendix cell's rule and its text, left and right,
// in every writer.
inline constexpr double appendixCellPaddingXMm = 0.7;

// One teacher row of the appendix.
struct OrderTeacherLine
{
    QString teacherName;   // «Иванова Мария Петровна»
    QString organisation;
    QString municipality;
};

// The teachers of one methodist, as the appendix groups them.
struct OrderMethodistGroup
{
    QString methodistName; // «Петров Сергей Иванович»
    QString subject;
    QString municipality;
    QList<OrderTeacherLine> teachers;
};

// One column of the appendix table, as every writer prints it.
struct OrderColumn
{
    QString title;
    double share; // of the table's width; the shares add up to 1
};

// Everything printed on an order (приказ) and its appendix, already in the
// words that go on paper: the writers (PDF, DOCX, ODT, print) only lay it out.
struct OrderDocument
{
    QString institution;         // «ГАУ КО ДПО «Институт развития образования»»
    QString place;               // «г. Калининград»; may be empty
    QString number;              // «125-о»
    QDate date;
    QString title;               // «О закреплении региональных методистов за педагогическими работниками»
    QString preamble;            // the paragraph before «ПРИКАЗЫВАЮ:»
    QStringList items;           // the numbered items, without their numbers
    QString signatoryPosition;   // «Ректор»
    QString signatoryName;       // «И. О. Фамилия»
    QString appendixTitle;       // «Список педагогических работников, закреплённых за региональными методистами»
    QList<OrderMethodistGroup> appendix;

    // «Приложение № 1 к приказу от 01.09.2025 № 125-о»
    QString appendixHeading() const;
    // The date as orders print it: «01.09.2025».
    QString dateText() const { return date.toString(QStringLiteral("dd.MM.yyyy")); }
    int teacherCount() const;

    // The fixed words of the printed form, shared by the PDF, DOCX and ODT
    // writers so that each is translated once.
    static QString orderWord();        // «ПРИКАЗ»
    static QString orderingWord();     // «ПРИКАЗЫВАЮ:»
    QString numberText() const;        // «№ 125-о»
    // The appendix columns, sized to this appendix: the number column to its
    // largest number, the name column to the names (all but the longest 1 %
    // on one line, between a quarter and two fifths of the width), the
    // organisation across the rest — so that most rows keep to one line.
    QList<OrderColumn> appendixColumns(const OrderLayout &layout) const;
    // The appendix is grouped by methodist: a row across the table opens
    // each group, «Петров Сергей Иванович — математика, Гурьевский
    // муниципальный округ (педагогов: 60)», and «(продолжение)» after it where
    // the group goes on over a page or into another table.
    static QString groupHeading(const OrderMethodistGroup &group, bool continued = false);
    // A teacher's organisation as its row prints it: a no-break space after
    // «№», and the municipality in brackets only when it is not the
    // methodist's.
    static QString organisationText(const OrderMethodistGroup &group, const OrderTeacherLine &teacher);
    // Text as every writer prints it: control characters (which XML cannot
    // hold) become spaces, runs of spaces and line breaks one space.
    static QString printable(const QString &text);
    // A multi-line text (the preamble, an item) as printable paragraphs.
    static QStringList paragraphs(const QString &text);
};

} // namespace metodist
