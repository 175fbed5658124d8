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

} // namespace

ImageReference::ImageReference(QString registry, QString repository, QString tag)
    : m_registry(std::move(registry)), m_repository(std::move(repository)), m_tag(std::move(tag))
{
}

ImageReference::Parts ImageReference::split(const QString &text)
{
    Parts parts;
    parts.name = text;
    const qsizetype at = parts.name.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        parts.digest = parts.name.mid(at + 1);
        parts.name.truncate(at);
    }
    const qsizetype colon = parts.name.lastIndexOf(QLatin1Char(':'));
    if (colon > parts.name.lastIndexOf(QLatin1Char('/'))) {
        parts.tag = parts.name.mid(colon + 1);
        parts.name.truncate(colon);
    }
    return parts;
}

QString ImageReference::join(const QString &name, const QString &tag, const QString &digest)
{
    QString s = name;
    if (!tag.isEmpty())
        s += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        s += QLatin1Char('@') + digest;
    return s;
}

bool ImageReference::hasTagOrDigest(const QString &text)
{
    return text.contains(QLatin1Char('@')) ||
           text.lastIndexOf(QLatin1Char(':')) > qMax<qsizetype>(0, text.lastIndexOf(QLatin1Char('/')));
}

bool ImageReference::isValidName(const QString &name)
{
    return !hasTagOrDigest(name) && name == name.trimmed() && parse(name).isValid();
}

bool ImageReference::isValidTag(QStringView t)
{
    if (t.isEmpty() || t.size() > 128)
        return false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char16_t u = t[i].unicode();
        const bool word = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_';
        if (!word && (i == 0 || (u != '.' && u != '-')))
            return false;
    }
    return true;
}

bool ImageReference::isValidDigest(const QString &digest)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$"));
    return re.match(digest).hasMatch();
}

ImageReference ImageReference::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty() || text.contains(QLatin1Char(' ')))
        return {};
    const Parts parts = split(text);
    // join() gives the text back unless a ':' or '@' had nothing after it ("ubuntu:", "x@").
    if (join(parts.name, parts.tag, parts.digest) != text || parts.name.size() > 255 ||
        (!parts.tag.isEmpty() && !isValidTag(parts.tag)) || (!parts.digest.isEmpty() && !isValidDigest(parts.digest)))
        return {};
    ImageReference ref;
    ref.m_tag = parts.tag;
    ref.m_digest = parts.digest;
    const QString &name = parts.name;
    const qsizetype firstSlash = name.indexOf(QLatin1Char('/'));
    QString path;
    if (firstSlash > 0 && isRegistryComponent(QStringView(name).left(firstSlash))) {
        ref.m_registry = name.left(firstSlash);
        path = name.mid(firstSlash + 1);
        if (!validRegistry(ref.m_registry))
            return {};
        // docker treats these as Docker Hub too
        if (ref.m_registry == QLatin1String("index.docker.io") ||
            ref.m_registry == QLatin1String("registry-1.docker.io"))
            ref.m_registry = QLatin1String(DockerHub);
    } else {
        ref.m_registry = QLatin1String(DockerHub);
        path = name;
    }
    const auto components = QStringView(path).split(QLatin1Char('/'));
    for (QStringView part : components) {
        if (!validPathComponent(part))
            return {};
    }
    if (ref.isDockerHub() && components.size() == 1)
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
    return join(familiarName(), m_tag, m_digest);
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
