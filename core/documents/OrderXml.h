#pragma once

#include <QByteArray>
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

} // namespace metodist
