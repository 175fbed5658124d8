// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

namespace berth::core {

// "[registry/]namespace/repo[:tag][@digest]" split the way the docker CLI splits it: the first path component is a
// registry host only when it has a '.' or ':' or is "localhost"; a bare "ubuntu" is docker.io/library/ubuntu.
// The one image-reference grammar: everything that splits, joins or checks image names goes through here.
class ImageReference
{
public:
    // The text of a reference cut at its tag and digest without judging it, so that a form or a parser keeps what
    // the user typed (and a validator can name the bad part) even when it is not a valid reference.
    struct Parts
    {
        QString name; // [registry/]path as typed
        QString tag;
        QString digest;
    };

    static constexpr const char *DockerHub = "docker.io";
    // The key docker's config.json uses for Docker Hub credentials.
    static constexpr const char *DockerHubCredentialKey = "https://index.docker.io/v1/";

    ImageReference() = default;
    ImageReference(QString registry, QString repository, QString tag = {});

    // Invalid (isValid() false) for empty text, spaces, upper-case repository names or empty components.
    static ImageReference parse(const QString &text);

    // '@' starts the digest; a ':' after the last '/' starts the tag (one before it belongs to host:port).
    static Parts split(const QString &text);
    // name[:tag][@digest]: the inverse of split().
    static QString join(const QString &name, const QString &tag, const QString &digest = {});
    // Whether the text names a tag or a digest beyond the name ("repo:tag", "host:5000/repo@sha256:…").
    static bool hasTagOrDigest(const QString &text);
    // The parts alone, as the engine checks them: [registry/]path (at most 255 characters), a tag of word characters,
    // '.' and '-' not starting with '.' or '-' (at most 128), and algorithm:hex digests.
    static bool isValidName(const QString &name);
    static bool isValidTag(QStringView tag);
    static bool isValidDigest(const QString &digest);

    bool isValid() const { return !m_repository.isEmpty(); }
    bool isDockerHub() const { return m_registry == QLatin1String(DockerHub); }
    bool isLoopback() const; // 127.x, localhost, [::1]: spoken to over plain HTTP like docker's insecure default

    const QString &registry() const { return m_registry; }     // docker.io, or host[:port]
    const QString &repository() const { return m_repository; } // library/ubuntu, tensorflow/tensorflow
    const QString &tag() const { return m_tag; }
    const QString &digest() const { return m_digest; }
    ImageReference withTag(const QString &tag) const;
    // The reference without tag and digest: "the repository" (a tag list, a cache key).
    ImageReference withoutTag() const { return withTag({}); }

    QString hubNamespace() const; // "library" for official images
    QString hubName() const;      // the rest after the namespace

    // What a user types and what the engine shows: tensorflow/tensorflow, ubuntu, 127.0.0.1:5000/berth/x.
    QString familiarName() const;
    // familiarName() plus ":tag" (or "@digest") when set: the value for an image field or `docker run`.
    QString toString() const;
    // The config.json key for credentials: https://index.docker.io/v1/ for Docker Hub, else host[:port].
    QString credentialKey() const;
    // https://host, or http://host for loopback registries; Docker Hub's registry is registry-1.docker.io.
    QString registryBaseUrl() const;

    bool operator==(const ImageReference &other) const = default;

private:
    QString m_registry;
    QString m_repository;
    QString m_tag;
    QString m_digest;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::ImageReference)
