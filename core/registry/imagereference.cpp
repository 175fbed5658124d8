// SPDX-License-Identifier: Apache-2.0
#include "imagereference.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace berth::core {

namespace {
bool isRegistryComponent(QStringView first)
{
    return first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost");
}

// The distribution reference grammar: path components start and end with [a-z0-9], joined by '.', '_', '__' or
// dashes; so ".." or "a..b" are not names, and "../../x" never becomes a request to a host called "..".
bool validPathComponent(QStringView c)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"));
    return re.match(c.toString()).hasMatch();
}

// host[:port]: DNS labels of [A-Za-z0-9-] not starting or ending with '-', or a bracketed IPv6 address.
bool validRegistry(QStringView r)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])(?:\\.(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*"
        "[A-Za-z0-9]))*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?$"));
    return re.match(r.toString()).hasMatch();
}

bool validTag(QStringView t)
{
    if (t.isEmpty() || t.size() > 128)
        return false;
    for (QChar ch : t) {
        const char16_t u = ch.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.' ||
                        u == '_' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

ImageReference::ImageReference(QString registry, QString repository, QString tag)
    : m_registry(std::move(registry)), m_repository(std::move(repository)), m_tag(std::move(tag))
{
}

ImageReference ImageReference::parse(const QString &input)
{
    QString text = input.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return {};
    ImageReference ref;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.m_digest = text.mid(at + 1);
        text.truncate(at);
        if (!ref.m_digest.contains(QLatin1Char(':')))
            return {};
    }
    // A ':' after the last '/' is the tag; one before it belongs to host:port.
    const qsizetype slash = text.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > slash) {
        ref.m_tag = text.mid(colon + 1);
        text.truncate(colon);
        if (!validTag(ref.m_tag))
            return {};
    }
    const qsizetype firstSlash = text.indexOf(QLatin1Char('/'));
    QString path;
    if (firstSlash > 0 && isRegistryComponent(QStringView(text).left(firstSlash))) {
        ref.m_registry = text.left(firstSlash);
        path = text.mid(firstSlash + 1);
        if (!validRegistry(ref.m_registry))
            return {};
        // docker treats these as Docker Hub too
        if (ref.m_registry == QLatin1String("index.docker.io") ||
            ref.m_registry == QLatin1String("registry-1.docker.io"))
            ref.m_registry = QLatin1String(DockerHub);
    } else {
        ref.m_registry = QLatin1String(DockerHub);
        path = text;
    }
    const auto parts = QStringView(path).split(QLatin1Char('/'));
    for (QStringView part : parts) {
        if (!validPathComponent(part))
            return {};
    }
    if (ref.isDockerHub() && parts.size() == 1)
        path.prepend(QLatin1String("library/"));
    ref.m_repository = path;
    return ref;
}

bool ImageReference::isLoopback() const
{
    QString host = m_registry;
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    } else {
        const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0)
            host.truncate(colon);
    }
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

ImageReference ImageReference::withTag(const QString &tag) const
{
    ImageReference copy = *this;
    copy.m_tag = tag;
    copy.m_digest.clear();
    return copy;
}

QString ImageReference::hubNamespace() const
{
    const qsizetype slash = m_repository.indexOf(QLatin1Char('/'));
    return slash < 0 ? QStringLiteral("library") : m_repository.left(slash);
}

QString ImageReference::hubName() const
{
    const qsizetype slash = m_repository.indexOf(QLatin1Char('/'));
    return slash < 0 ? m_repository : m_repository.mid(slash + 1);
}

QString ImageReference::familiarName() const
{
    if (!isValid())
        return {};
    if (isDockerHub()) {
        if (m_repository.startsWith(QLatin1String("library/")) && m_repository.count(QLatin1Char('/')) == 1)
            return m_repository.mid(8);
        return m_repository;
    }
    return m_registry + QLatin1Char('/') + m_repository;
}

QString ImageReference::toString() const
{
    QString s = familiarName();
    if (!m_tag.isEmpty())
        s += QLatin1Char(':') + m_tag;
    if (!m_digest.isEmpty())
        s += QLatin1Char('@') + m_digest;
    return s;
}

QString ImageReference::credentialKey() const
{
    return isDockerHub() ? QString::fromLatin1(DockerHubCredentialKey) : m_registry;
}

QString ImageReference::registryBaseUrl() const
{
    if (isDockerHub())
        return QStringLiteral("https://registry-1.docker.io");
    return (isLoopback() ? QStringLiteral("http://") : QStringLiteral("https://")) + m_registry;
}

} // namespace berth::core
