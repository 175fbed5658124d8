// SPDX-License-Identifier: Apache-2.0
#include "logconsole.h"

#include "async/handback.h"
#include "common/childsignals.h"
#include "common/errortext.h"
#include "common/plaintext.h"
#include "engine/engineclient.h"
#include "logs/logexporter.h"
#include "logs/logsearch.h"
#include "logs/logstore.h"
#include "logview.h"
#include "settings/settings.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace berth::ui {

using core::LogStore;

namespace {
constexpr int SearchDelayMs = 200;
constexpr qsizetype IncrementalSlice = 50000;

QString signalName(int signal)
{
    switch (signal) {
    case 1:
        return QStringLiteral("SIGHUP");
    case 2:
        return QStringLiteral("SIGINT");
    case 3:
        return QStringLiteral("SIGQUIT");
    case 6:
        return QStringLiteral("SIGABRT");
    case 9:
        return QStringLiteral("SIGKILL");
    case 11:
        return QStringLiteral("SIGSEGV");
    case 15:
        return QStringLiteral("SIGTERM");
    default:
        return QStringLiteral("SIG%1").arg(signal);
    }
}

QToolButton *toolButton(QWidget *parent, bool checkable = false)
{
    auto *button = new QToolButton(parent);
    button->setCheckable(checkable);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

LogConsole::LogConsole(core::EngineClient *client, core::Settings &settings, QWidget *parent)
    : QWidget(parent), m_client(client), m_settings(settings)
{
    m_ownStore = new LogStore(settings.value(core::Settings::LogMaxLines).toInt(), this);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_caseButton = toolButton(this, true);
    m_caseButton->setText(QStringLiteral("Aa"));
    m_regexButton = toolButton(this, true);
    m_regexButton->setText(QStringLiteral(".*"));
    m_previousButton = toolButton(this);
    m_previousButton->setArrowType(Qt::UpArrow);
    m_nextButton = toolButton(this);
    m_nextButton->setArrowType(Qt::DownArrow);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setTextFormat(Qt::PlainText);
    m_matchLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000 / 000000")));
    m_filterButton = toolButton(this, true);
    m_timestampsButton = toolButton(this, true);
    m_followButton = toolButton(this, true);
    m_copyButton = toolButton(this);
    m_saveButton = toolButton(this);
    m_saveButton->setPopupMode(QToolButton::InstantPopup);
    auto *saveMenu = new QMenu(m_saveButton);
    m_saveShownAction = saveMenu->addAction(QString(), this, &LogConsole::chooseSaveShownLines);
    m_saveWholeAction = saveMenu->addAction(QString(), this, &LogConsole::chooseSaveWholeLog);
    m_saveButton->setMenu(saveMenu);
    m_clearButton = toolButton(this);
    m_zoomOutButton = toolButton(this);
    m_zoomOutButton->setText(QStringLiteral("A\u2212"));
    m_zoomInButton = toolButton(this);
    m_zoomInButton->setText(QStringLiteral("A+"));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->setSpacing(2);
    bar->addWidget(m_search, 3);
    bar->addWidget(m_caseButton);
    bar->addWidget(m_regexButton);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_nextButton);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_filterButton);
    bar->addSpacing(8);
    bar->addWidget(m_statusLabel, 1);
    bar->addWidget(m_timestampsButton);
    bar->addWidget(m_followButton);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_clearButton);
    bar->addWidget(m_zoomOutButton);
    bar->addWidget(m_zoomInButton);

    auto banner = [this](const char *objectName) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(objectName));
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText); // exit errors and engine messages are the engine's text
        label->setContentsMargins(8, 4, 8, 4);
        label->setAutoFillBackground(true);
        label->hide();
        return label;
    };
    m_exitBanner = banner("exitBanner");
    m_connectionBanner = banner("connectionBanner");
    m_serviceBanner = banner("serviceBanner");
    m_serviceBanner->setTextFormat(Qt::RichText);
    connect(m_serviceBanner, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });

    m_view = new LogView(this);
    m_view->setStore(m_ownStore);
    m_view->setMatcher(&m_matcher);
    m_view->setFontPointSize(settings.value(core::Settings::LogFontPointSize).toReal());
    m_view->setTimestampsVisible(settings.value(core::Settings::LogTimestamps).toBool());
    m_timestampsButton->setChecked(m_view->timestampsVisible());
    m_followButton->setChecked(true);
    m_view->viewport()->installEventFilter(this);

    m_resumeButton = new QPushButton(m_view);
    m_resumeButton->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_connectionBanner);
    layout->addWidget(m_exitBanner);
    layout->addWidget(m_serviceBanner);
    layout->addWidget(m_view, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(SearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &LogConsole::startSearch);
    m_transientTimer.setSingleShot(true);
    m_transientTimer.setInterval(2000);
    connect(&m_transientTimer, &QTimer::timeout, this, &LogConsole::updateStatus);
    m_incrementalTimer.setSingleShot(true);
    m_incrementalTimer.setInterval(0);
    connect(&m_incrementalTimer, &QTimer::timeout, this, &LogConsole::searchIncrementally);
    m_bannerTimer.setSingleShot(true);
    connect(&m_bannerTimer, &QTimer::timeout, m_connectionBanner, &QWidget::hide);

    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    // Only what the user types moves the view; setSearchText() leaves it where it is.
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_jumpToFirstMatch = true; });
    connect(m_search, &QLineEdit::returnPressed, this, &LogConsole::findNext);
    connect(m_caseButton, &QToolButton::toggled, this, [this] { m_searchTimer.start(); });
    connect(m_regexButton, &QToolButton::toggled, this, [this] { m_searchTimer.start(); });
    connect(m_previousButton, &QToolButton::clicked, this, &LogConsole::findPrevious);
    connect(m_nextButton, &QToolButton::clicked, this, &LogConsole::findNext);
    connect(m_filterButton, &QToolButton::toggled, this, &LogConsole::setFilterMode);
    connect(m_timestampsButton, &QToolButton::toggled, this, &LogConsole::setTimestampsVisible);
    connect(m_followButton, &QToolButton::toggled, this, [this](bool on) { m_view->setFollowing(on); });
    connect(m_copyButton, &QToolButton::clicked, this, [this] {
        m_view->copy();
        const int lines = int(m_view->selectedText().count(QLatin1Char('\n'))) + 1;
        showTransientStatus(tr("Copied %n line(s)", nullptr, lines));
    });
    connect(m_clearButton, &QToolButton::clicked, this, &LogConsole::clear);
    connect(m_zoomInButton, &QToolButton::clicked, this, &LogConsole::zoomIn);
    connect(m_zoomOutButton, &QToolButton::clicked, this, &LogConsole::zoomOut);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { m_view->setFollowing(true); });
    connect(m_view, &LogView::followingChanged, this, &LogConsole::onFollowingChanged);
    connect(m_view, &LogView::topReached, this, &LogConsole::onTopReached);
    connect(m_view, &LogView::selectionChanged, this, [this] { m_copyButton->setEnabled(m_view->hasSelection()); });
    connect(m_view, &LogView::fontPointSizeChanged, this,
            [this](qreal size) { m_settings.setValue(core::Settings::LogFontPointSize, qRound(size)); });
    connect(m_ownStore, &LogStore::changed, this, &LogConsole::onStoreChanged);
    m_copyButton->setEnabled(false);
    retranslateUi();
    updateMatchLabel();
    updateStatus();
}

LogConsole::~LogConsole()
{
    disconnectChildSignals(this);
    // A search still running stops at its next line; its result has nowhere to go (the hand-back needs this).
    m_searchStop.raise();
}

void LogConsole::retranslateUi()
{
    if (m_serviceBanner && m_serviceBanner->isVisibleTo(this))
        showServiceUrl();
    m_search->setPlaceholderText(tr("Search the log"));
    m_caseButton->setToolTip(tr("Match case"));
    m_regexButton->setToolTip(tr("Regular expression"));
    m_previousButton->setToolTip(tr("Previous match (Shift+Enter)"));
    m_nextButton->setToolTip(tr("Next match (Enter)"));
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setToolTip(tr("Show only the lines that match"));
    m_timestampsButton->setText(tr("Time"));
    m_timestampsButton->setToolTip(tr("Show when each line was written (local time)"));
    m_followButton->setText(tr("Follow"));
    m_followButton->setToolTip(tr("Keep the newest output in view"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the selected text"));
    m_saveButton->setText(tr("Save"));
    m_saveButton->setToolTip(tr("Save the log to a file"));
    m_saveShownAction->setText(tr("Save Shown Lines…"));
    m_saveWholeAction->setText(tr("Save Whole Log from the Engine…"));
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Clear the console (the container's log is kept)"));
    m_zoomOutButton->setToolTip(tr("Smaller text"));
    m_zoomInButton->setToolTip(tr("Larger text"));
    m_resumeButton->setText(tr("\u2193 Resume following"));
    m_resumeButton->adjustSize();
    placeResumeButton();
    updateMatchLabel();
    updateStatus();
    if (m_session && m_session->state() == core::LogSession::State::Exited)
        onExited(m_session->exitInfo());
}

void LogConsole::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

bool LogConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_search->clear();
            return true;
        }
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        placeResumeButton();
    return QWidget::eventFilter(watched, event);
}

void LogConsole::placeResumeButton()
{
    const QRect area = m_view->viewport()->geometry();
    m_resumeButton->move(area.right() - m_resumeButton->width() - 12, area.bottom() - m_resumeButton->height() - 8);
}

void LogConsole::open(const QString &containerId, const QString &name)
{
    m_containerId = containerId;
    m_name = name;
    if (!m_client)
        return;
    if (m_session)
        m_session->deleteLater();
    m_session = new core::LogSession(m_client, containerId, m_settings, this);
    LogStore *store = m_session->store();
    disconnect(m_ownStore, nullptr, this, nullptr);
    connect(store, &LogStore::changed, this, &LogConsole::onStoreChanged);
    m_knownFirstId = store->firstId();
    m_searchedTo = store->firstId();
    m_matches.clear();
    m_view->setStore(store);
    connect(m_session, &core::LogSession::exited, this, &LogConsole::onExited);
    connect(m_session, &core::LogSession::restarted, this, [this] {
        m_exitBanner->hide();
        Q_EMIT stateChanged();
    });
    connect(m_session, &core::LogSession::connectionLost, this, [this](const core::EngineError &error) {
        showConnectionBanner(tr("Lost the connection to the engine. Reconnecting…"), true);
        m_connectionBanner->setToolTip(PlainText::toolTip(ErrorText::describe(error).full()));
        Q_EMIT stateChanged();
    });
    connect(m_session, &core::LogSession::engineNotAnswering, this, [this](int waitedMs) {
        showConnectionBanner(tr("The engine has not answered for %n second(s): it may be stopped (frozen) or "
                                "overloaded. The log continues when it answers again.",
                                nullptr, waitedMs / 1000),
                             true);
        Q_EMIT stateChanged();
    });
    connect(m_session, &core::LogSession::engineAnswering, this, [this] {
        showConnectionBanner(tr("The engine answers again."), false);
        m_bannerTimer.start(4000);
        Q_EMIT stateChanged();
    });
    connect(m_session, &core::LogSession::reconnected, this, [this] {
        showConnectionBanner(tr("Reconnected to the engine; the log continues where it stopped."), false);
        m_bannerTimer.start(4000);
        Q_EMIT stateChanged();
    });
    connect(m_session, &core::LogSession::failed, this, [this](const core::EngineError &error) {
        const ErrorText::Text text = ErrorText::describe(error);
        showConnectionBanner(text.title + QLatin1Char(' ') + text.advice, true);
        m_connectionBanner->setToolTip(PlainText::toolTip(text.full()));
        Q_EMIT stateChanged();
    });
    connect(m_session, &core::LogSession::olderLoaded, this, [this](qsizetype) { updateStatus(); });
    connect(m_session, &core::LogSession::olderLoadFailed, this, [this](const core::EngineError &error) {
        setStatus(tr("Could not load older lines: %1").arg(ErrorText::describe(error).title));
        updateStatus();
    });
    connect(m_session, &core::LogSession::stateChanged, this, [this] {
        updateStatus();
        Q_EMIT stateChanged();
    });
    m_session->start();
    if (!m_search->text().isEmpty())
        startSearch();
}

QString LogConsole::containerId() const
{
    return m_containerId;
}

LogStore *LogConsole::store() const
{
    return m_session ? m_session->store() : m_ownStore;
}

void LogConsole::showConnectionBanner(const QString &text, bool problem)
{
    m_bannerTimer.stop();
    m_connectionBanner->setText(text);
    QPalette pal = m_connectionBanner->palette();
    pal.setColor(QPalette::Window, problem ? QColor(0xfd, 0xf1, 0xd0) : QColor(0xe3, 0xf4, 0xe1));
    pal.setColor(QPalette::WindowText, problem ? QColor(0x6b, 0x4a, 0x00) : QColor(0x1e, 0x5b, 0x23));
    m_connectionBanner->setPalette(pal);
    m_connectionBanner->show();
}

void LogConsole::onExited(const core::ContainerExit &exit)
{
    QString text;
    if (exit.oomKilled)
        text = tr("The container was killed because it ran out of memory (exit code %1).").arg(exit.exitCode);
    else if (exit.signal > 0)
        text = tr("The container was stopped by signal %1 (%2); exit code %3.")
                   .arg(exit.signal)
                   .arg(signalName(exit.signal))
                   .arg(exit.exitCode);
    else if (exit.exitCode == 0)
        text = tr("The container exited normally (exit code 0).");
    else
        text = tr("The container exited with code %1.").arg(exit.exitCode);
    if (exit.finishedAt.isValid())
        text += QLatin1Char(' ') +
                tr("Finished %1.").arg(QLocale().toString(exit.finishedAt.toLocalTime(), QLocale::ShortFormat));
    if (!exit.error.isEmpty())
        text += QLatin1Char(' ') + exit.error;
    m_exitBanner->setText(text);
    const bool good = exit.exitCode == 0 && !exit.oomKilled;
    QPalette pal = m_exitBanner->palette();
    pal.setColor(QPalette::Window, good ? QColor(0xe3, 0xf4, 0xe1) : QColor(0xfb, 0xe3, 0xe4));
    pal.setColor(QPalette::WindowText, good ? QColor(0x1e, 0x5b, 0x23) : QColor(0x8a, 0x1c, 0x24));
    m_exitBanner->setPalette(pal);
    m_exitBanner->show();
    updateStatus();
    Q_EMIT stateChanged();
}

QString LogConsole::statusText() const
{
    return m_statusLabel->text();
}

QString LogConsole::bannerText() const
{
    QStringList parts;
    if (m_connectionBanner->isVisibleTo(this))
        parts << m_connectionBanner->text();
    if (m_exitBanner->isVisibleTo(this))
        parts << m_exitBanner->text();
    return parts.join(QLatin1Char('\n'));
}

bool LogConsole::hasExited() const
{
    return m_session && m_session->state() == core::LogSession::State::Exited;
}

void LogConsole::showTransientStatus(const QString &text)
{
    m_transientStatus = text;
    m_transientTimer.start();
    updateStatus();
}

void LogConsole::setStatus(const QString &text)
{
    m_status = text;
    updateStatus();
}

void LogConsole::updateStatus()
{
    LogStore *s = store();
    QString text = tr("Lines: %1").arg(QLocale().toString(qlonglong(s->committedCount())));
    if (m_session) {
        switch (m_session->state()) {
        case core::LogSession::State::Connecting:
            text += QStringLiteral(" · ") + tr("connecting…");
            break;
        case core::LogSession::State::Reconnecting:
            text += QStringLiteral(" · ") + tr("reconnecting…");
            break;
        case core::LogSession::State::Exited:
            text += QStringLiteral(" · ") + tr("exited");
            break;
        default:
            break;
        }
    }
    if (!m_status.isEmpty())
        text += QStringLiteral(" · ") + m_status;
    if (m_transientTimer.isActive())
        text += QStringLiteral(" · ") + m_transientStatus;
    m_statusLabel->setText(text);

    // The line above the first: paging older lines.
    QString notice;
    if (m_session && !m_clearedByUser) {
        if (m_session->isLoadingOlder())
            notice = tr("Loading older lines…");
        else if (m_session->canLoadOlder())
            notice = tr("Scroll up to load older lines");
    }
    m_view->setTopNotice(notice);
}

void LogConsole::onFollowingChanged(bool following)
{
    // Back at the end: lines paged back past the limit can go again.
    if (following && store())
        store()->releasePagedBack();
    m_followButton->blockSignals(true);
    m_followButton->setChecked(following);
    m_followButton->blockSignals(false);
    m_resumeButton->adjustSize();
    placeResumeButton();
    m_resumeButton->setVisible(!following);
    if (!following)
        m_resumeButton->raise();
}

void LogConsole::onTopReached()
{
    if (!m_session || m_clearedByUser || !m_session->canLoadOlder())
        return;
    m_session->loadOlder();
    updateStatus();
}

void LogConsole::onStoreChanged(const core::LogStoreChange &change)
{
    LogStore *s = store();
    bool matchesChanged = false;
    if (change.cleared) {
        m_matches.clear();
        m_searchedTo = s->firstId();
        m_currentId = -1;
        m_view->clearCurrentMatch();
        matchesChanged = true;
    }
    if (change.droppedFront > 0 && !m_matches.isEmpty() && m_matches.first() < s->firstId()) {
        auto it = std::lower_bound(m_matches.begin(), m_matches.end(), s->firstId());
        m_matches.erase(m_matches.begin(), it);
        matchesChanged = true;
    }
    if (change.prepended > 0 && !m_matcher.isEmpty() && m_matcher.isValid()) {
        // Older lines arrived in front: search them now (one page, a few thousand lines).
        const qsizetype count = qsizetype(m_knownFirstId - s->firstId());
        const QList<qint64> older = core::LogSearch::findLines(*s, m_matcher, 0, count);
        m_matches = older + m_matches;
        matchesChanged = true;
    }
    m_knownFirstId = s->firstId();
    if (m_searchedTo < s->firstId())
        m_searchedTo = s->firstId();
    if ((change.appended > 0 || change.cleared) && !m_matcher.isEmpty() && !m_searchRunning)
        m_incrementalTimer.start();
    if (matchesChanged)
        applyFilter();
    if (change.appended || change.droppedFront || change.prepended || change.cleared)
        updateStatus();
    if (change.appended > 0)
        findServiceUrl(change.appended);
}

void LogConsole::findServiceUrl(qsizetype newLines)
{
    // Jupyter and TensorBoard announce themselves once, near the start: look at what just arrived, no more.
    LogStore *s = store();
    const qsizetype end = s->committedCount();
    for (qsizetype i = qMax<qsizetype>(0, end - qMin<qsizetype>(newLines, 200)); i < end; ++i) {
        const QByteArrayView text = s->line(i).text;
        if (!text.contains("http"))
            continue;
        const auto found = core::ServiceUrl::find(QString::fromUtf8(text));
        if (!found || (m_serviceUrl && m_serviceUrl->url == found->url))
            continue;
        m_serviceUrl = found;
        m_serviceReachable.clear();
        if (!m_client || m_containerId.isEmpty()) {
            showServiceUrl();
            continue;
        }
        // The address inside the container is not the one a browser here can reach: ask for the published port.
        const QString host = m_client->endpoint().scheme() == core::Endpoint::Scheme::Unix
                                 ? QStringLiteral("127.0.0.1")
                                 : QUrl(m_client->endpoint().host()).host();
        m_client->inspectContainer(m_containerId, this, [this, host, url = found->url](const auto &r) {
            if (!m_serviceUrl || m_serviceUrl->url != url)
                return;
            m_serviceReachable = r.ok() ? m_serviceUrl->reachable(r.value(), host) : QUrl();
            showServiceUrl();
        });
    }
}

void LogConsole::showServiceUrl()
{
    if (!m_serviceUrl) {
        m_serviceBanner->hide();
        return;
    }
    const QString what = m_serviceUrl->kind == core::ServiceUrl::Kind::Jupyter ? tr("Jupyter") : tr("TensorBoard");
    if (m_serviceReachable.isEmpty()) {
        m_serviceBanner->setText(tr("%1 is running on port %2 inside the container, which is not published. Add "
                                    "-p %2:%2 to the launch to open it here.")
                                     .arg(what)
                                     .arg(m_serviceUrl->containerPort));
    } else {
        const QString url = m_serviceReachable.toString();
        m_serviceBanner->setText(
            tr("%1 is running: <a href=\"%2\">open it in the browser</a>").arg(what, url.toHtmlEscaped()));
    }
    m_serviceBanner->show();
}

void LogConsole::setSearchText(const QString &text)
{
    m_search->setText(text);
    startSearch();
}

QString LogConsole::searchText() const
{
    return m_search->text();
}

void LogConsole::setSearchOptions(bool caseSensitive, bool regex)
{
    m_caseButton->setChecked(caseSensitive);
    m_regexButton->setChecked(regex);
    startSearch();
}

void LogConsole::startSearch()
{
    m_searchTimer.stop();
    m_incrementalTimer.stop();
    core::LogSearchQuery query;
    query.text = m_search->text();
    query.caseSensitive = m_caseButton->isChecked();
    query.regex = m_regexButton->isChecked();
    // A search still running is told to stop, never cancel()led (see StopFlag); what it still hands back is
    // dropped, its flag being raised.
    m_searchStop.raise();
    m_searchStop = core::StopFlag();
    m_searchRunning = false;
    m_matcher = core::LogMatcher(query);
    m_view->setMatcher(&m_matcher);
    m_currentId = -1;
    m_view->clearCurrentMatch();
    m_matches.clear();
    m_search->setToolTip(m_matcher.isValid() ? QString() : m_matcher.errorString());
    QPalette pal = m_search->palette();
    pal.setColor(QPalette::Base, m_matcher.isValid() ? palette().color(QPalette::Base) : QColor(0xfb, 0xe3, 0xe4));
    m_search->setPalette(pal);
    if (m_matcher.isEmpty() || !m_matcher.isValid()) {
        applyFilter();
        Q_EMIT searchFinished(0);
        return;
    }
    LogStore *s = store();
    auto snapshot = std::make_shared<LogStore::Snapshot>(s->snapshot());
    m_searchedTo = snapshot->firstId() + snapshot->size();
    m_searchRunning = true;
    updateMatchLabel();
    core::handBack(core::LogSearch::findLines(snapshot, query, m_searchStop), this,
                   [this, stop = m_searchStop](const QList<qint64> &matches) {
                       if (!stop.isRaised())
                           onSearchFinished(matches);
                   });
}

void LogConsole::onSearchFinished(const QList<qint64> &matches)
{
    m_searchRunning = false;
    m_matches = matches;
    const qint64 first = store()->firstId();
    if (!m_matches.isEmpty() && m_matches.first() < first)
        m_matches.erase(m_matches.begin(), std::lower_bound(m_matches.begin(), m_matches.end(), first));
    searchIncrementally();
    applyFilter();
    // Typing searches as you type: the first match from where the user is reading comes into view, highlighted,
    // without waiting for Enter (which then moves on to the next one).
    if (std::exchange(m_jumpToFirstMatch, false) && m_currentId < 0 && !m_matches.isEmpty()) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), qMax<qint64>(m_view->topLineId(), 0));
        m_currentId = it == m_matches.cend() ? m_matches.first() : *it;
        m_currentOccurrence = 0;
        m_view->setCurrentMatch(m_currentId, m_currentOccurrence);
        updateMatchLabel();
    }
    Q_EMIT searchFinished(int(m_matches.size()));
}

void LogConsole::searchIncrementally()
{
    if (m_matcher.isEmpty() || !m_matcher.isValid() || m_searchRunning)
        return;
    LogStore *s = store();
    qsizetype from = s->indexOf(m_searchedTo);
    if (m_searchedTo < s->firstId())
        from = 0;
    if (from < 0)
        return; // nothing new
    const qsizetype to = qMin(s->committedCount(), from + IncrementalSlice);
    if (to <= from)
        return;
    const QList<qint64> found = core::LogSearch::findLines(*s, m_matcher, from, to);
    m_searchedTo = s->idAt(to);
    if (!found.isEmpty()) {
        m_matches.append(found);
        applyFilter();
    } else if (m_filterMode) {
        m_view->filterChanged(); // open lines may match now
    }
    if (to < s->committedCount())
        m_incrementalTimer.start();
    updateMatchLabel();
}

void LogConsole::applyFilter()
{
    const bool filtering = m_filterMode && !m_matcher.isEmpty() && m_matcher.isValid();
    if (filtering && m_view->isFiltered())
        m_view->filterChanged();
    else
        m_view->setFilter(filtering ? &m_matches : nullptr);
    updateMatchLabel();
}

void LogConsole::setFilterMode(bool filter)
{
    m_filterMode = filter;
    m_filterButton->blockSignals(true);
    m_filterButton->setChecked(filter);
    m_filterButton->blockSignals(false);
    applyFilter();
}

void LogConsole::updateMatchLabel()
{
    if (m_matcher.isEmpty()) {
        m_matchLabel->clear();
    } else if (!m_matcher.isValid()) {
        m_matchLabel->setText(tr("invalid"));
    } else if (m_searchRunning) {
        m_matchLabel->setText(tr("searching…"));
    } else if (m_currentId >= 0) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), m_currentId);
        m_matchLabel->setText(tr("%1 / %2")
                                  .arg(QLocale().toString(qlonglong(it - m_matches.cbegin() + 1)))
                                  .arg(QLocale().toString(qlonglong(m_matches.size()))));
    } else {
        m_matchLabel->setText(tr("%1 matching").arg(QLocale().toString(qlonglong(m_matches.size()))));
    }
    m_previousButton->setEnabled(!m_matches.isEmpty());
    m_nextButton->setEnabled(!m_matches.isEmpty());
}

int LogConsole::occurrencesIn(qint64 id) const
{
    const qsizetype index = store()->indexOf(id);
    if (index < 0)
        return 0;
    return int(m_matcher.find(QString::fromUtf8(store()->line(index).text)).size());
}

void LogConsole::findNext()
{
    if (m_searchTimer.isActive())
        startSearch();
    if (m_matches.isEmpty())
        return;
    if (m_currentId >= 0 && m_currentOccurrence + 1 < occurrencesIn(m_currentId)) {
        ++m_currentOccurrence;
    } else {
        const qint64 after = m_currentId >= 0 ? m_currentId + 1 : qMax<qint64>(m_view->topLineId(), 0);
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), after);
        m_currentId = it == m_matches.cend() ? m_matches.first() : *it;
        m_currentOccurrence = 0;
    }
    m_view->setCurrentMatch(m_currentId, m_currentOccurrence);
    updateMatchLabel();
}

void LogConsole::findPrevious()
{
    if (m_searchTimer.isActive())
        startSearch();
    if (m_matches.isEmpty())
        return;
    if (m_currentId >= 0 && m_currentOccurrence > 0) {
        --m_currentOccurrence;
    } else {
        const qint64 before = m_currentId >= 0 ? m_currentId : m_view->topLineId();
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), before);
        m_currentId = it == m_matches.cbegin() ? m_matches.last() : *(it - 1);
        m_currentOccurrence = qMax(0, occurrencesIn(m_currentId) - 1);
    }
    m_view->setCurrentMatch(m_currentId, m_currentOccurrence);
    updateMatchLabel();
}

void LogConsole::setTimestampsVisible(bool visible)
{
    m_view->setTimestampsVisible(visible);
    m_timestampsButton->blockSignals(true);
    m_timestampsButton->setChecked(visible);
    m_timestampsButton->blockSignals(false);
    m_settings.setValue(core::Settings::LogTimestamps, visible);
}

void LogConsole::zoomIn()
{
    m_view->setFontPointSize(m_view->fontPointSize() + 1);
    m_settings.setValue(core::Settings::LogFontPointSize, qRound(m_view->fontPointSize()));
}

void LogConsole::zoomOut()
{
    m_view->setFontPointSize(m_view->fontPointSize() - 1);
    m_settings.setValue(core::Settings::LogFontPointSize, qRound(m_view->fontPointSize()));
}

void LogConsole::clear()
{
    m_clearedByUser = true;
    store()->clear();
    store()->flush();
    updateStatus();
}

void LogConsole::saveShownLines(const QString &path)
{
    auto snapshot = std::make_shared<LogStore::Snapshot>(store()->snapshot());
    const bool filtering = m_view->isFiltered();
    const auto timestamps =
        m_view->timestampsVisible() ? core::LogExporter::Timestamps::Local : core::LogExporter::Timestamps::Hidden;
    const qsizetype count = filtering ? m_matches.size() : snapshot->size();
    setStatus(tr("Saving…"));
    core::handBack(core::LogExporter::saveLines(snapshot, filtering ? m_matches : QList<qint64>(), path, timestamps),
                   this, [this, path, count](const QString &error) {
                       setStatus(error.isEmpty() ? tr("Saved %n line(s) to %1", "", int(count)).arg(path)
                                                 : tr("Could not save %1: %2").arg(path, error));
                       Q_EMIT saveFinished(path, error);
                   });
}

void LogConsole::saveWholeLog(const QString &path)
{
    if (!m_session || !m_client) {
        Q_EMIT saveFinished(path, tr("There is no container to fetch the log from."));
        return;
    }
    const auto timestamps =
        m_view->timestampsVisible() ? core::LogExporter::Timestamps::Local : core::LogExporter::Timestamps::Hidden;
    auto *exporter =
        new core::LogExporter(m_client, m_session->containerId(), m_session->tty(), path, timestamps, this);
    connect(exporter, &core::LogExporter::progress, this, [this](qint64 lines, qint64) {
        setStatus(tr("Saving… %n line(s)", "", int(qMin<qint64>(lines, INT_MAX))));
    });
    connect(exporter, &core::LogExporter::finished, this, [this, exporter, path](const QString &error) {
        exporter->deleteLater();
        setStatus(error.isEmpty()
                      ? tr("Saved %n line(s) to %1", "", int(qMin<qint64>(exporter->linesWritten(), INT_MAX))).arg(path)
                      : tr("Could not save %1: %2").arg(path, error));
        Q_EMIT saveFinished(path, error);
    });
    setStatus(tr("Saving…"));
    exporter->start();
}

void LogConsole::chooseSaveShownLines()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Shown Lines"), (m_name.isEmpty() ? QStringLiteral("log") : m_name) + QStringLiteral(".log"),
        tr("Log files (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveShownLines(path);
}

void LogConsole::chooseSaveWholeLog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Whole Log"), (m_name.isEmpty() ? QStringLiteral("log") : m_name) + QStringLiteral(".log"),
        tr("Log files (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveWholeLog(path);
}

} // namespace berth::ui
