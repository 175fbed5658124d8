// SPDX-License-Identifier: Apache-2.0
#include "tagcatalog.h"

#include "async/handback.h"
#include "engine/engineclient.h"
#include "hubtagsource.h"
#include "registrylogging.h"
#include "registrytagsource.h"
#include "settings/settings.h"
#include "tagcache.h"

#include <QNetworkAccessManager>
#include <QtConcurrent/QtConcurrentRun>

namespace berth::core {

TagCatalog::TagCatalog(Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_network(new QNetworkAccessManager(this))
{
    m_policy.maxBodyBytes = m_settings.maxReplyBytes();
}

TagCatalog::~TagCatalog()
{
    ++m_generation;
}

void TagCatalog::setEngine(EngineClient *engine)
{
    m_engine = engine;
    refreshLocalImages();
}

void TagCatalog::setCredentials(DockerCredentials *credentials)
{
    m_credentials = credentials;
}

void TagCatalog::setHubBaseUrl(const QUrl &url)
{
    m_hubOverride = url;
}

void TagCatalog::setRegistryBaseUrl(const QUrl &url)
{
    m_registryOverride = url;
}

QString TagCatalog::cacheFile() const
{
    return TagCache(m_settings.cacheDir() + QStringLiteral("/tags-cache")).fileFor(m_reference);
}

void TagCatalog::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool TagCatalog::open(const QString &repository)
{
    ++m_generation;
    if (m_source) {
        m_source->disconnect(this);
        m_source->cancel();
        m_source->deleteLater();
        m_source = nullptr;
    }
    m_index.clear();
    m_seen.clear();
    m_localTags.clear();
    m_showingCache = false;
    m_dataTime = {};
    m_rateLimitedUntil = {};
    m_expected = -1;
    m_dropped = 0;
    m_lastError = {};

    ImageReference ref = ImageReference::parse(repository);
    if (!ref.isValid()) {
        m_reference = {};
        Q_EMIT reset();
        m_lastError = RegistryError(RegistryError::Kind::InvalidReference, repository.trimmed());
        setState(State::Failed);
        Q_EMIT finished(m_lastError);
        return false;
    }
    m_reference = ref.withTag({}); // "repo:tag" typed into the box still lists the whole repository
    Q_EMIT reset();
    if (m_cacheEnabled)
        loadCache();
    startListing();
    refreshLocalImages();
    return true;
}

void TagCatalog::refresh()
{
    if (!m_reference.isValid() || m_state == State::Loading || m_state == State::WaitingForRateLimit)
        return;
    m_seen.clear();
    m_lastError = {};
    startListing();
    refreshLocalImages();
}

void TagCatalog::cancel()
{
    if (m_source)
        m_source->cancel();
}

void TagCatalog::startListing()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->deleteLater();
    }
    DockerCredentials *credentials = m_credentials;
    if (!credentials) {
        if (!m_ownCredentials)
            m_ownCredentials = new DockerCredentials(this);
        credentials = m_ownCredentials;
    }
    if (m_reference.isDockerHub() && !m_preferRegistry) {
        const QUrl hub =
            m_hubOverride.isValid() ? m_hubOverride : QUrl(m_settings.value(Settings::HubBaseUrl).toString());
        auto *hubSource = new HubTagSource(m_network, hub, m_reference, this);
        if (m_pageSize > 0)
            hubSource->setPageSize(m_pageSize);
        m_source = hubSource;
    } else {
        auto *registrySource = new RegistryTagSource(m_network, credentials, m_reference, this);
        if (m_pageSize > 0)
            registrySource->setPageSize(m_pageSize);
        if (m_registryOverride.isValid())
            registrySource->setBaseUrl(m_registryOverride);
        registrySource->setInsecure(
            m_settings.value(Settings::InsecureRegistries).toStringList().contains(m_reference.registry()));
        m_source = registrySource;
    }
    m_source->setRetryPolicy(m_policy);
    TagSource *source = m_source;

    connect(source, &TagSource::page, this, [this](const QList<TagInfo> &tags, int expected) {
        if (m_state == State::WaitingForRateLimit)
            setState(State::Loading);
        for (const TagInfo &t : tags)
            m_seen.insert(t.name);
        const int added = m_index.upsert(tags);
        if (expected >= 0)
            m_expected = expected;
        Q_EMIT tagsAdded(added, m_index.size());
    });
    connect(source, &TagSource::rateLimited, this, [this](const QDateTime &until) {
        m_rateLimitedUntil = until;
        setState(State::WaitingForRateLimit);
        Q_EMIT rateLimited(until);
    });
    connect(source, &TagSource::retrying, this, &TagCatalog::retrying);
    connect(source, &TagSource::finished, this, [this, source](const RegistryError &error) {
        source->deleteLater();
        m_dropped = source->droppedTagCount();
        if (m_source == source)
            m_source = nullptr;
        if (!error) {
            if (m_index.retainOnly(m_seen) > 0)
                Q_EMIT reset();
            m_showingCache = false;
            m_dataTime = QDateTime::currentDateTimeUtc();
            m_rateLimitedUntil = {};
            saveCache();
            setState(State::Done);
        } else {
            m_lastError = error;
            if (error.kind() == RegistryError::Kind::RateLimited)
                m_rateLimitedUntil = error.retryAt();
            setState(error.kind() == RegistryError::Kind::Cancelled ? State::Idle : State::Failed);
        }
        Q_EMIT finished(error);
    });
    setState(State::Loading);
    source->start();
}

void TagCatalog::loadCache()
{
    const QString file = cacheFile();
    const TagFacts::Grammar grammar = TagFacts::grammarFor(m_reference.repository());
    const quint64 generation = m_generation;
    handBack(QtConcurrent::run(
                 [file, grammar, key = TagCache::key(m_reference)] { return TagCache::read(file, key, grammar); }),
             this, [this, generation](const TagCache::Entry &entry) {
                 if (generation != m_generation || !entry.valid || m_state == State::Done)
                     return;
                 // Pages that arrived first are fresher than the cache: only fill in what they have not brought yet.
                 QList<TagInfo> missing;
                 missing.reserve(entry.tags.size());
                 for (const TagInfo &t : entry.tags) {
                     if (m_index.indexOf(t.name) < 0)
                         missing.append(t);
                 }
                 m_index.upsert(std::move(missing));
                 m_showingCache = true;
                 m_dataTime = entry.fetchedAt;
                 qCDebug(lcRegistry) << "cache for" << m_reference.familiarName() << "has" << entry.tags.size()
                                     << "tags from" << entry.fetchedAt.toString(Qt::ISODate);
                 Q_EMIT cacheLoaded(entry.fetchedAt);
                 Q_EMIT reset();
             });
}

void TagCatalog::saveCache()
{
    if (!m_cacheEnabled || !m_reference.isValid())
        return;
    handBack(QtConcurrent::run(
                 [file = cacheFile(), key = TagCache::key(m_reference), at = m_dataTime, tags = m_index.tags()] {
                     QString error;
                     TagCache::write(file, key, at, tags, &error);
                     return error;
                 }),
             this, [this](const QString &error) {
                 if (!error.isEmpty())
                     Q_EMIT cacheWriteFailed(error);
                 Q_EMIT cacheWritten(error.isEmpty());
             });
}

void TagCatalog::refreshLocalImages()
{
    if (!m_engine || !m_reference.isValid())
        return;
    const quint64 generation = m_generation;
    const ImageReference wanted = m_reference;
    m_engine->listImages(this, [this, generation, wanted](const Result<QList<ImageSummary>> &result) {
        if (generation != m_generation || !result.ok())
            return;
        QSet<QString> tags;
        for (const ImageSummary &image : result.value()) {
            for (const QString &repoTag : image.repoTags) {
                const ImageReference ref = ImageReference::parse(repoTag);
                if (ref.registry() == wanted.registry() && ref.repository() == wanted.repository() &&
                    !ref.tag().isEmpty())
                    tags.insert(ref.tag());
            }
        }
        if (tags != m_localTags) {
            m_localTags = tags;
            Q_EMIT localImagesChanged();
        }
    });
}

} // namespace berth::core
