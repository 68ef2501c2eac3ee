#pragma once

#include "Status.h"
#include "documents/ZipArchive.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <functional>

namespace metodist {

// Feeds a part of the archive to an XML reader as it inflates; readNext()
// asks for more where the text ends.
class PartXml
{
public:
    explicit PartXml(ZipArchive &zip) : m_zip(zip) {}

    // The next token, or Invalid on an error or at the end (done()).
    QXmlStreamReader::TokenType readNext()
    {
        for (;;) {
            const auto token = m_xml.readNext();
            if (!m_xml.hasError())
                return token;
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_ended)
                return QXmlStreamReader::Invalid;
            char buffer[ZipArchive::FeedBytes];
            const qint64 got = m_zip.read(buffer, sizeof buffer);
            if (got < 0)
                return QXmlStreamReader::Invalid;
            if (got == 0)
                m_ended = true;
            else
                m_xml.addData(QByteArray(buffer, got));
            if (m_ended)
                return m_xml.readNext() == QXmlStreamReader::EndDocument ? QXmlStreamReader::EndDocument
                                                                         : QXmlStreamReader::Invalid;
        }
    }

    QXmlStreamReader &xml() { return m_xml; }
    // Why reading stopped: the archive's refusal, or the XML's damage told
    // by `sentence` with the parser's reason.
    Status failure(const std::function<QString(const QString &reason)> &sentence) const
    {
        if (!m_zip.status())
            return m_zip.status();
        QString reason = m_xml.errorString();
        if (reason.endsWith(u'.'))
            reason.chop(1); // the sentence ends it
        return Status::failure(sentence(reason));
    }

private:
    ZipArchive &m_zip;
    QXmlStreamReader m_xml;
    bool m_ended = false;
};

} // namespace metodist
