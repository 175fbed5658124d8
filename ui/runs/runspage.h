// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "async/stopflag.h"
#include "launch/launchspec.h"
#include "runs/runquery.h"
#include "runs/runrecord.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace berth::ui {

class MessageBar;
class ResourcePlot;
class RunTableModel;
class RunTracking;

// The Runs page: every recorded launch, filtered by status, server, image and text; the selected run's facts, the
// exact `docker run` line, its saved output tail and resource plots; "Run again" (same digest or the tag's newest),
// "Edit and run", and export as JSON for a colleague. Queries run on the store's worker thread.
class RunsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)
public:
    explicit RunsPage(RunTracking *runs, QWidget *parent = nullptr);
    ~RunsPage() override;

    void refresh();
    // The next page of older runs under the same filters (what scrolling to the end or "Load more" does).
    void loadMore();
    void showRun(qint64 runId); // selects it, clearing filters that hide it
    std::optional<core::RunRecord> currentRun() const { return m_current; }

    // The spec to launch again: pinned to the recorded digest, or the tag (whatever it points at now).
    static core::LaunchSpec specForRunAgain(const core::RunRecord &run, bool pinDigest);
    bool exportRun(const QString &path, QString *error = nullptr) const;

    QTableView *table() const { return m_table; }
    RunTableModel *model() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *textFilter() const { return m_text; }
    QLineEdit *imageFilter() const { return m_image; }
    QLineEdit *serverFilter() const { return m_server; }
    QPlainTextEdit *commandView() const { return m_command; }
    QPlainTextEdit *logView() const { return m_log; }
    QTabWidget *detailTabs() const { return m_tabs; }
    QLabel *countLabel() const { return m_count; }
    QPushButton *loadMoreButton() const { return m_more; }
    ResourcePlot *plot() const { return m_plot; }

    static constexpr int PageSize = 500;

Q_SIGNALS:
    void launchRequested(const berth::core::LaunchSpec &spec, bool startNow);
    // The list shows what a query returned, first page or one more (for tests and the benchmark); total is -1
    // until counted.
    void listed(int shown, int total);
    // Every match of the filters is counted (it may come before or after the list).
    void counted(int total);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSelection();
    void requestNextPage();
    void listArrived(const QList<core::RunRecord> &runs, bool appended);
    void showCount(int total);
    void showDetails(const std::optional<core::RunRecord> &run);
    void runAgain(bool pinDigest);
    void exportCurrent();
    void retranslate();

    RunTracking *m_runs;
    RunTableModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_server;
    QLineEdit *m_image;
    QLineEdit *m_text;
    QLabel *m_count;
    QPushButton *m_more;
    QTableView *m_table;
    MessageBar *m_messages;
    QLabel *m_title;
    QLabel *m_facts;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_command;
    QPlainTextEdit *m_log;
    ResourcePlot *m_plot;
    QLabel *m_summary;
    QToolButton *m_again;
    QPushButton *m_edit;
    QPushButton *m_export;
    QPushButton *m_copy;
    QTimer *m_filterTimer;
    core::RunQuery m_query; // the filters of what is listed
    // Set when a newer list replaces the one asked for, so the store skips what is still queued for it.
    core::StopFlag m_superseded;
    bool m_newFilters = false;
    bool m_waiting = false; // a list or page is asked for and not answered yet: no page on top of it
    qint64 m_wantedRun = 0;
    std::optional<core::RunRecord> m_current;
    int m_shown = 0;
    int m_total = -1; // -1: not counted yet
};

} // namespace berth::ui
