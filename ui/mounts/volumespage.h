// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "engine/models.h"

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QToolButton;
class QTreeView;

namespace berth::core {
class EngineClient;
class EventStream;
class Settings;
} // namespace berth::core

namespace berth::ui {

class MessageBar;
class VolumeListModel;

// The engine's volumes: what each holds and who uses it; create (the pip cache in one click), remove (refused with
// the containers' names while any container uses the volume) and prune unused ones after a confirmation that lists
// them. Follows the engine's volume and container events while shown.
class VolumesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolumesPage)
public:
    // settings: for the pip cache volume's name; null uses Settings::instance().
    explicit VolumesPage(core::EngineClient *engine, core::Settings *settings = nullptr, QWidget *parent = nullptr);
    ~VolumesPage() override;

    // Only volumes with this label ("key" or "key=value") are listed and pruned, and new volumes get it.
    // Empty (the default): every volume of the engine.
    void setLabelFilter(const QString &label);

    VolumeListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    MessageBar *messageBar() const { return m_messages; }
    bool isLoading() const { return m_loading; }
    QStringList selectedVolumes() const;
    void selectVolume(const QString &name);
    // Everyone's volumes, or only those whose owner label names the user.
    void setMineOnly(bool mineOnly);
    bool mineOnly() const;
    QComboBox *scopeBox() const { return m_scope; }

public Q_SLOTS:
    void refresh();
    void createVolume(const QString &name);
    void createPipCacheVolume();
    void removeSelected(); // asks first
    void pruneUnused();    // asks first, listing what goes

Q_SIGNALS:
    void refreshed(); // the list is current; sizes may follow with sizesUpdated()
    void sizesUpdated();
    void volumeCreated(const QString &name);
    void volumeRemoved(const QString &name);
    void removeRefused(const QString &name, const QStringList &containerNames);
    void pruneFinished(const QStringList &removed, const QStringList &kept);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Load;
    void finishLoad(const std::shared_ptr<Load> &load);
    void loadSizes();
    void startEvents();
    void removeVolumes(const QStringList &names);
    void removeOne(const QString &name, std::function<void(bool removed)> done);
    void refuse(const QString &name, const QList<core::ContainerSummary> &users, const QString &engineMessage);
    void showError(std::function<QString()> what, const core::EngineError &error);
    bool matchesFilter(const core::VolumeInfo &volume) const;
    QString pipCacheName() const;
    void updateButtons();
    void updateStatus();
    void retranslate();

    QPointer<core::EngineClient> m_engine;
    core::Settings *m_settings;
    VolumeListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    MessageBar *m_messages;
    QToolButton *m_refresh;
    QToolButton *m_createPip;
    QLineEdit *m_newName;
    QToolButton *m_create;
    QToolButton *m_remove;
    QToolButton *m_prune;
    QLabel *m_scopeLabel;
    QComboBox *m_scope;
    QLabel *m_status;
    QTimer *m_eventDebounce;
    QTimer *m_eventRetry;
    QPointer<core::EventStream> m_events;

    QString m_labelFilter;
    QHash<QString, qint64> m_sizes; // last /system/df answer
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_refreshAgain = false;
    bool m_sizesLoading = false;
    bool m_sizesAgain = false;
    bool m_loadedOnce = false;
    bool m_stale = true;
};

} // namespace berth::ui
