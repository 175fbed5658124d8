// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/registryerror.h"
#include "registry/tagfilter.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace berth::core {
class DockerCredentials;
class EngineClient;
class EngineError;
class ImagePull;
class Settings;
class TagCatalog;
} // namespace berth::core

namespace berth::ui {

class FilterChip;
class PullProgressWidget;
class TagDetailsPane;
class TagTableModel;

// Browse a repository's tags (Docker Hub or any registry), narrow them with chips and a text filter, read what a
// tag needs, pull it, and hand "repo:tag" to whoever asked (the launch form) with tagChosen().
class TagBrowser final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagBrowser)
public:
    // engine may be null: then nothing is marked as present and Pull is disabled.
    explicit TagBrowser(core::Settings &settings, core::EngineClient *engine = nullptr, QWidget *parent = nullptr);
    ~TagBrowser() override;

    void setRepository(const QString &repository); // "[registry/]namespace/repo"; opens it at once
    QString repository() const;
    QString selectedImageRef() const; // "tensorflow/tensorflow:2.15.0-gpu", empty without a selection
    void selectTag(const QString &tag);
    void setHostDriverVersion(const QString &version); // from nvidia-smi; empty when there is none
    void setCredentials(core::DockerCredentials *credentials);

    core::TagCatalog *catalog() const { return m_catalog; }
    TagTableModel *model() const { return m_model; }
    QString statusText() const;
    // The one sort state behind both the Sort box and the table header.
    void setSort(core::TagSort key, Qt::SortOrder order);
    core::TagSort sortKey() const;
    Qt::SortOrder sortOrder() const;
    QComboBox *sortBox() const { return m_sort; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_text; }

Q_SIGNALS:
    void tagChosen(const QString &imageRef);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void openFromCombo();
    void applyFilter();
    void rebuildCudaChips();
    void updateChipsForRepository();
    static int columnForSort(core::TagSort key);
    void onCatalogReset();
    void onTagsAdded();
    void onSelectionChanged();
    void onFinished(const core::RegistryError &error);
    void updateStatus();
    void updateButtons();
    void chooseSelected();
    void startPull();
    void onPullFinished(const core::EngineError &error);
    void restoreSelection(const QString &tag);

    core::Settings &m_settings;
    QPointer<core::EngineClient> m_engine;
    core::TagCatalog *m_catalog;
    core::DockerCredentials *m_credentials;
    core::ImagePull *m_pull = nullptr;
    TagTableModel *m_model;

    QLabel *m_repoLabel = nullptr;
    QComboBox *m_repo = nullptr;
    QToolButton *m_refresh = nullptr;
    FilterChip *m_gpuChip = nullptr;
    FilterChip *m_runtimeChip = nullptr;
    FilterChip *m_develChip = nullptr;
    FilterChip *m_py3Chip = nullptr;
    QHBoxLayout *m_cudaChipRow = nullptr;
    QList<FilterChip *> m_cudaChips;
    QList<int> m_cudaMajors;
    QLineEdit *m_text = nullptr;
    QLabel *m_sortLabel = nullptr;
    QComboBox *m_sort = nullptr;
    QTableView *m_table = nullptr;
    TagDetailsPane *m_details = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_pullButton = nullptr;
    PullProgressWidget *m_pullWidget = nullptr;
    QLabel *m_status = nullptr;
    QString m_hostDriver;
    bool m_openedOnce = false;
    QString m_cacheProblem; // the last cache write failed: the next offline open would show older tags
};

} // namespace berth::ui
