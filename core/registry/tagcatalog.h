// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dockercredentials.h"
#include "engine/imagereference.h"
#include "registryerror.h"
#include "retrypolicy.h"
#include "tagindex.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QNetworkAccessManager;

namespace berth::core {

class EngineClient;
class Settings;
class TagSource;

// The tags of one repository for the browser and `berth tags`: shows the disk cache at once, streams fresh pages
// from Docker Hub (or the repository's own registry) into the index as they arrive, drops tags that disappeared,
// writes the cache back, and knows which tags the engine already has.
class TagCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagCatalog)
public:
    enum class State { Idle, Loading, WaitingForRateLimit, Done, Failed };
    Q_ENUM(State)

    // Hub URL and cache directory come from settings (HubBaseUrl, cacheDir()/tags-cache).
    explicit TagCatalog(Settings &settings, QObject *parent = nullptr);
    ~TagCatalog() override;

    void setEngine(EngineClient *engine);                // null: nothing is marked as present
    void setCredentials(DockerCredentials *credentials); // default: an own instance (DOCKER_CONFIG or ~/.docker)
    void setHubBaseUrl(const QUrl &url);                 // overrides the setting (berth tags --hub-url)
    void setRegistryBaseUrl(const QUrl &url);            // send registry v2 requests here instead (tests, mirrors)
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; } // replaces the settings' reply cap too
    void setPageSize(int size) { m_pageSize = size; }                     // 0: the source's default
    void setCacheEnabled(bool enabled) { m_cacheEnabled = enabled; }
    void setPreferRegistry(bool prefer) { m_preferRegistry = prefer; } // list Docker Hub repos via its v2 registry

    // Starts showing a repository ("tensorflow/tensorflow", "nvcr.io/nvidia/pytorch", …). False for a name that is
    // not a repository (finished() then carries InvalidReference).
    bool open(const QString &repository);
    void refresh(); // lists again, keeping what is shown meanwhile
    void cancel();

    const TagIndex &index() const { return m_index; }
    const ImageReference &reference() const { return m_reference; }
    State state() const { return m_state; }
    bool isShowingCache() const { return m_showingCache; }
    QDateTime dataTime() const { return m_dataTime; } // when the shown listing was fetched (UTC); invalid if none
    int expectedCount() const { return m_expected; }
    int droppedTagCount() const { return m_dropped; } // invalid tag names the last listing left out
    RegistryError lastError() const { return m_lastError; }
    QDateTime rateLimitedUntil() const { return m_rateLimitedUntil; }
    QString cacheFile() const;

    bool isPresentLocally(const QString &tag) const { return m_localTags.contains(tag); }
    const QSet<QString> &localTags() const { return m_localTags; }
    void refreshLocalImages();

Q_SIGNALS:
    void reset(); // another repository, or the index was rebuilt (cache arrived, tags dropped)
    void tagsAdded(int added, int total);
    void stateChanged(berth::core::TagCatalog::State state);
    void cacheLoaded(const QDateTime &fetchedAt);
    void rateLimited(const QDateTime &until);
    void retrying(int attempt, int delayMs, const berth::core::RegistryError &reason);
    void localImagesChanged();
    void finished(const berth::core::RegistryError &error);
    void cacheWritten(bool ok);
    void cacheWriteFailed(const QString &message); // the sentence for the user; the old cache file was kept

private:
    void startListing();
    void loadCache();
    void saveCache();
    void setState(State state);

    Settings &m_settings;
    QNetworkAccessManager *m_network;
    QPointer<EngineClient> m_engine;
    QPointer<DockerCredentials> m_credentials;
    DockerCredentials *m_ownCredentials = nullptr;
    QUrl m_hubOverride;
    QUrl m_registryOverride;
    RetryPolicy m_policy;
    int m_pageSize = 0;
    bool m_cacheEnabled = true;
    bool m_preferRegistry = false;

    ImageReference m_reference;
    TagIndex m_index;
    TagSource *m_source = nullptr;
    QSet<QString> m_seen;
    QSet<QString> m_localTags;
    State m_state = State::Idle;
    bool m_showingCache = false;
    QDateTime m_dataTime;
    QDateTime m_rateLimitedUntil;
    int m_expected = -1;
    int m_dropped = 0;
    RegistryError m_lastError;
    quint64 m_generation = 0;
};

} // namespace berth::core
