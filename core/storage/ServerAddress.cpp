#include "storage/ServerAddress.h"

#include <QUrl>

namespace metodist {

namespace {

QString decoded(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    const auto invalid = [&url](const QString &why) {
        return Status::failure(tr("«%1» is not a server address: %2 Write it as "
                                  "postgresql://user@host:5432/database.").arg(url, why));
    };
    QStringView rest(url);
    if (rest.startsWith(u"postgresql://"))
        rest = rest.sliced(13);
    else if (rest.startsWith(u"postgres://"))
        rest = rest.sliced(11);
    else
        return invalid(tr("it does not start with postgresql://."));

    QStringView query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.sliced(q + 1);
        rest = rest.first(q);
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.first(slash);
        path = rest.sliced(slash + 1);
    }

    ServerAddress address;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView credentials = authority.first(at);
        authority = authority.sliced(at + 1);
        if (credentials.contains(u':'))
            return Status::failure(tr("The address «%1» carries a password. A password is never written in "
                                      "the address (it would stay in the command history and the list of "
                                      "recent databases): put it into ~/.pgpass or the PGPASSWORD variable "
                                      "and leave it out of the address.").arg(url.left(url.indexOf(u':', 13))));
        address.user = decoded(credentials);
    }
    // host[:port], the host possibly in brackets (IPv6) or percent-encoded (a socket folder).
    QStringView host = authority;
    QStringView port;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return invalid(tr("the bracket around the host is not closed."));
        if (host.size() > close + 1) {
            if (host[close + 1] != u':')
                return invalid(tr("after the host in brackets only a port may follow."));
            port = host.sliced(close + 2);
        }
        host = host.sliced(1, close - 1);
    } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
        port = host.sliced(colon + 1);
        host = host.first(colon);
    }
    address.host = decoded(host);
    if (!port.isEmpty()) {
        bool ok = false;
        address.port = port.toInt(&ok);
        if (!ok || address.port <= 0 || address.port > 65535)
            return invalid(tr("the port «%1» is not a number from 1 to 65535.").arg(port));
    }
    address.database = decoded(path);
    if (address.database.contains(u'/'))
        return invalid(tr("the database name «%1» has a «/» in it.").arg(address.database));

    for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decoded(eq < 0 ? pair : pair.first(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.sliced(eq + 1));
        if (key == u"password")
            return Status::failure(tr("The address «%1» carries a password. A password is never written in "
                                      "the address: put it into ~/.pgpass or the PGPASSWORD variable and "
                                      "leave it out of the address.").arg(url.left(url.indexOf(u'?'))));
        if (key == u"host")
            address.host = value;
        else if (key == u"port") {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535)
                return invalid(tr("the port «%1» is not a number from 1 to 65535.").arg(value));
        } else if (key == u"user")
            address.user = value;
        else if (key == u"dbname")
            address.database = value;
        else if (key == u"sslmode" || key == u"connect_timeout" || key == u"application_name"
                 || key == u"sslrootcert" || key == u"target_session_attrs") {
            // libpq's connection string: the value may not break out of its key.
            if (value.contains(u';') || value.contains(u' ') || value.contains(u'\''))
                return invalid(tr("the value of «%1» has a space, «;» or a quote in it.").arg(key));
            address.options << key + u'=' + value;
        } else
            return invalid(tr("the parameter «%1» is not one Metodist knows (known: host, port, user, dbname, "
                              "sslmode, connect_timeout, application_name, sslrootcert, target_session_attrs).")
                               .arg(key));
    }
    if (address.database.isEmpty())
        return invalid(tr("it names no database."));
    return address;
}

QString ServerAddress::toUrl() const
{
    const auto encoded = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    QString url = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        url += encoded(user) + u'@';
    const bool socket = host.startsWith(u'/');
    if (!socket)
        url += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    if (port > 0)
        url += u':' + QString::number(port);
    url += u'/' + encoded(database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + encoded(host);
    for (const QString &option : options)
        query << option;
    if (!query.isEmpty())
        url += u'?' + query.join(u'&');
    return url;
}

} // namespace metodist
