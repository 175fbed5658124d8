// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "async/stopflag.h"
#include "logs/logmatcher.h"
#include "logs/logsession.h"
#include "logs/logstore.h"
#include "logs/serviceurl.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace berth::core {
class EngineClient;
class LogStore;
class Settings;
} // namespace berth::core

namespace berth::ui {

class LogView;

// One container's output: a LogView with search (highlight, next/previous, case, regular expression), a filter
// mode that shows only matching lines, follow with a resume button, copy, save (the lines shown, or the whole log
// fetched again from the engine), clear and font zoom, plus banners for the exit code and for a lost engine
// connection. Without open() (or without a client) it shows its own empty store, which tests fill directly.
class LogConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogConsole)
public:
    LogConsole(core::EngineClient *client, core::Settings &settings, QWidget *parent = nullptr);
    ~LogConsole() override;

    // Starts following the container's output.
    void open(const QString &containerId, const QString &name);
    QString containerId() const;
    QString containerName() const { return m_name; }

    core::LogStore *store() const;
    core::LogSession *session() const { return m_session; }
    LogView *view() const { return m_view; }

    void setSearchText(const QString &text);
    QString searchText() const;
    void setSearchOptions(bool caseSensitive, bool regex);
    void setFilterMode(bool filter);
    bool filterMode() const { return m_filterMode; }
    void findNext();
    void findPrevious();
    bool isSearching() const { return m_searchRunning || m_searchTimer.isActive(); }
    int matchingLineCount() const { return int(m_matches.size()); }
    qint64 currentMatchLine() const { return m_currentId; }

    void saveShownLines(const QString &path);
    void saveWholeLog(const QString &path);
    void clear();
    void zoomIn();
    void zoomOut();
    void setTimestampsVisible(bool visible);

    QString statusText() const; // the line under the log: lines, connection, "Copied" for a moment
    QString bannerText() const; // what the exit / connection banner says now (tests, tab tooltips)
    // The Jupyter or TensorBoard address the output announced (through the published port), if any.
    QUrl serviceUrl() const { return m_serviceReachable; }
    bool hasExited() const;

Q_SIGNALS:
    void searchFinished(int matchingLines);
    void saveFinished(const QString &path, const QString &error); // error empty on success
    void stateChanged();                                          // exited, restarted, connection lost…

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void startSearch();
    void onSearchFinished(const QList<qint64> &matches);
    void searchIncrementally();
    void onStoreChanged(const core::LogStoreChange &change);
    void applyFilter();
    void updateMatchLabel();
    void updateStatus();
    void onFollowingChanged(bool following);
    void onTopReached();
    void onExited(const core::ContainerExit &exit);
    void showConnectionBanner(const QString &text, bool problem);
    void placeResumeButton();
    int occurrencesIn(qint64 id) const;
    void chooseSaveShownLines();
    void chooseSaveWholeLog();
    void setStatus(const QString &text);
    void showTransientStatus(const QString &text);
    void findServiceUrl(qsizetype newLines);
    void showServiceUrl();

    core::EngineClient *m_client;
    core::Settings &m_settings;
    QString m_containerId;
    QString m_name;
    QPointer<core::LogSession> m_session;
    core::LogStore *m_ownStore = nullptr;
    qint64 m_knownFirstId = 0;

    LogView *m_view;
    QLineEdit *m_search;
    QToolButton *m_caseButton;
    QToolButton *m_regexButton;
    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QLabel *m_matchLabel;
    QToolButton *m_filterButton;
    QToolButton *m_timestampsButton;
    QToolButton *m_followButton;
    QToolButton *m_copyButton;
    QToolButton *m_saveButton;
    QToolButton *m_clearButton;
    QToolButton *m_zoomOutButton;
    QToolButton *m_zoomInButton;
    QLabel *m_statusLabel;
    QLabel *m_exitBanner;
    QLabel *m_connectionBanner;
    QLabel *m_serviceBanner = nullptr;
    std::optional<core::ServiceUrl> m_serviceUrl;
    QUrl m_serviceReachable; // empty: the port is not published
    QPushButton *m_resumeButton;
    QAction *m_saveShownAction;
    QAction *m_saveWholeAction;

    core::LogMatcher m_matcher;
    QList<qint64> m_matches;
    qint64 m_searchedTo = 0; // lines with ids from here on have not been searched yet
    QTimer m_searchTimer;
    QTimer m_incrementalTimer;
    core::StopFlag m_searchStop;
    bool m_searchRunning = false;
    bool m_filterMode = false;
    bool m_jumpToFirstMatch = false; // the search was typed: show its first match when it finishes
    qint64 m_currentId = -1;
    int m_currentOccurrence = 0;
    bool m_clearedByUser = false;
    QTimer m_bannerTimer;
    QString m_status;
    QString m_transientStatus;
    QTimer m_transientTimer;
};

} // namespace berth::ui
