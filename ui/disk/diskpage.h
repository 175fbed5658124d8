// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "disk/pruneplan.h"
#include "engine/diskusage.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace berth::core {
class EngineClient;
class Pruner;
class Settings;
} // namespace berth::core

namespace berth::ui {

class DiskChart;
class ImageTableModel;
class MessageBar;

// What an engine keeps on disk: /system/df as a picture, every image with its size, age, last use and the
// containers made from it, and prune actions that list exactly what goes and ask first. Loads when shown.
class DiskPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskPage)
public:
    DiskPage(core::EngineClient *client, core::Settings *settings, QWidget *parent = nullptr);
    ~DiskPage() override;

    // Another engine (the Servers page's choice); reloads when visible.
    void setEngine(core::EngineClient *client, const QString &serverName);

    void refresh();
    bool isLoading() const { return m_loading; }
    bool hasUsage() const { return m_hasUsage; }
    const core::DiskUsage &usage() const { return m_usage; }

    ImageTableModel *imageModel() const { return m_model; }
    QTableView *imageView() const { return m_view; }
    DiskChart *chart() const { return m_chart; }
    QString statusText() const;
    QString messageText() const;

    // The prune actions: build the plan from the last load, ask (unless the list is empty), then remove.
    void pruneDangling();
    void pruneUnusedImages();
    void pruneStoppedContainers();
    // Tests replace the question; by default a PruneDialog asks.
    void setConfirmation(std::function<bool(const core::PrunePlan &)> confirm) { m_confirm = std::move(confirm); }
    bool isPruning() const { return m_pruner != nullptr; }

Q_SIGNALS:
    void loaded();
    void pruneFinished(int removed, int failed);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    void prune(const core::PrunePlan &plan);
    void updateActions();

    QPointer<core::EngineClient> m_client;
    core::Settings *m_settings;
    QString m_server;
    core::DiskUsage m_usage;
    bool m_hasUsage = false;
    bool m_loading = false;
    bool m_again = false;
    quint64 m_generation = 0;
    QDateTime m_loadedAt;
    qint64 m_loadMs = -1;
    int m_busyRetries = 0;
    std::function<bool(const core::PrunePlan &)> m_confirm;
    core::Pruner *m_pruner = nullptr;

    QLabel *m_title;
    QLabel *m_status;
    QToolButton *m_refresh;
    MessageBar *m_message;
    DiskChart *m_chart;
    QLabel *m_imagesTitle;
    QLineEdit *m_filter;
    ImageTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_pruneLabel;
    QToolButton *m_pruneDangling;
    QToolButton *m_pruneUnused;
    QSpinBox *m_days;
    QToolButton *m_pruneStopped;
};

} // namespace berth::ui
