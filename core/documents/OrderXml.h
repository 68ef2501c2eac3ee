#pragma once

#include "documents/OrderDocument.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamWriter>

#include <initializer_list>
#include <utility>

namespace metodist {

// An attribute's value: text, or a number written in the C locale.
struct XmlValue
{
    XmlValue(const char *text) : text(QString::fromUtf8(text)) {}
    XmlValue(const QString &text) : text(text) {}
    XmlValue(int number) : text(QString::number(number)) {}
    QString text;
};

// One XML part of an office package (the DOCX and ODT writers), streamed
// with QXmlStreamWriter so that all text is escaped. Names are qualified
// ("w:p", "text:p"); the root declares the namespaces as attributes.
class XmlPart
{
public:
    using Attributes = std::initializer_list<std::pair<const char *, XmlValue>>;

    XmlPart() : m_xml(&m_data) { m_xml.writeStartDocument(QStringLiteral("1.0"), true); }
    XmlPart(const XmlPart &) = delete;
    XmlPart &operator=(const XmlPart &) = delete;

    void start(const char *name, Attributes attributes = {})
    {
        m_xml.writeStartElement(QString::fromLatin1(name));
        add(attributes);
    }
    void empty(const char *name, Attributes attributes = {})
    {
        m_xml.writeEmptyElement(QString::fromLatin1(name));
        add(attributes);
    }
    void element(const char *name, const QString &text)
    {
        m_xml.writeTextElement(QString::fromLatin1(name), text);
    }
    void attribute(const char *name, const XmlValue &value)
    {
        m_xml.writeAttribute(QString::fromLatin1(name), value.text);
    }
    void characters(const QString &text) { m_xml.writeCharacters(text); }
    void end(int elements = 1)
    {
        for (int i = 0; i < elements; ++i)
            m_xml.writeEndElement();
    }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_data; // shared, not copied
    }

private:
    void add(Attributes attributes)
    {
        for (const auto &[name, value] : attributes)
            m_xml.writeAttribute(QString::fromLatin1(name), value.text);
    }

    QByteArray m_data;
    QXmlStreamWriter m_xml;
};

// One table of the appendix as the DOCX and ODT writers lay it out: a
// methodist's group, or a part of a large one. LibreOffice lays a table out
// in time that grows with the square of its rows (13 000 rows in one table
// never open), so each group is a table of its own, with the same columns
// and its own repeated header row.
struct AppendixTable
{
    const OrderMethodistGroup *group = nullptr;
    qsizetype first = 0; // the group's first teacher in this table
    qsizetype count = 0;
    int firstNumber = 1; // the running number of that teacher's row
};

// The rows a table holds at most: a group larger than that is split into
// parts of nearly equal size, each naming the methodist again.
inline constexpr qsizetype appendixTableRows = 250;

inline QList<AppendixTable> appendixTables(const OrderDocument &doc, qsizetype maxRows = appendixTableRows)
{
    QList<AppendixTable> tables;
    int number = 1;
    for (const OrderMethodistGroup &group : doc.appendix) {
        const qsizetype size = group.teachers.size();
        const qsizetype parts = (size + maxRows - 1) / maxRows;
        for (qsizetype k = 0, first = 0; k < parts; ++k) {
            const qsizetype count = (size - first) / (parts - k);
            tables.append({&group, first, count, number});
            first += count;
            number += int(count);
        }
    }
    return tables;
}

} // namespace metodist
