// SPDX-License-Identifier: Apache-2.0
#include "logtabs.h"

#include "common/childsignals.h"
#include "logconsole.h"
#include "logs/logsession.h"

#include <QEvent>
#include <QTabBar>

namespace berth::ui {

LogTabs::LogTabs(core::EngineClient *client, core::Settings &settings, QWidget *parent)
    : QTabWidget(parent), m_client(client), m_settings(settings)
{
    setTabsClosable(true);
    setMovable(true);
    setDocumentMode(true);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) {
        auto *c = qobject_cast<LogConsole *>(widget(index));
        if (!c)
            return;
        const QString id = c->containerId();
        removeTab(index);
        c->deleteLater();
        Q_EMIT consoleClosed(id);
    });
}

LogTabs::~LogTabs()
{
    disconnectChildSignals(this);
}

LogConsole *LogTabs::console(const QString &containerId) const
{
    for (int i = 0; i < count(); ++i) {
        auto *c = qobject_cast<LogConsole *>(widget(i));
        if (c && !containerId.isEmpty() &&
            (c->containerId() == containerId || c->containerId().startsWith(containerId) ||
             containerId.startsWith(c->containerId())))
            return c;
    }
    return nullptr;
}

QStringList LogTabs::containerIds() const
{
    QStringList ids;
    for (int i = 0; i < count(); ++i) {
        if (auto *c = qobject_cast<LogConsole *>(widget(i)))
            ids << c->containerId();
    }
    return ids;
}

LogConsole *LogTabs::open(const QString &containerId, const QString &name)
{
    return open(containerId, name, m_client, name);
}

LogConsole *LogTabs::open(const QString &containerId, const QString &name, core::EngineClient *client,
                          const QString &title)
{
    if (LogConsole *existing = console(containerId)) {
        setCurrentWidget(existing);
        return existing;
    }
    auto *c = new LogConsole(client, m_settings, this);
    const int index = addTab(c, title.isEmpty() ? containerId.left(12) : title);
    connect(c, &LogConsole::stateChanged, this, [this, c] { updateTab(c); });
    c->open(containerId, name);
    setCurrentIndex(index);
    updateTab(c);
    Q_EMIT consoleOpened(containerId);
    return c;
}

void LogTabs::closeConsole(const QString &containerId)
{
    if (LogConsole *c = console(containerId)) {
        removeTab(indexOf(c));
        c->deleteLater();
        Q_EMIT consoleClosed(containerId);
    }
}

void LogTabs::updateTab(LogConsole *c)
{
    const int index = indexOf(c);
    if (index < 0)
        return;
    QColor color;
    core::LogSession *session = c->session();
    if (session) {
        if (session->state() == core::LogSession::State::Exited &&
            (session->exitInfo().exitCode != 0 || session->exitInfo().oomKilled))
            color = QColor(0xb0, 0x1e, 0x2a);
        else if (session->state() == core::LogSession::State::Reconnecting ||
                 session->state() == core::LogSession::State::Failed)
            color = QColor(0x8a, 0x5a, 0x00);
    }
    tabBar()->setTabTextColor(index, color.isValid() ? color : palette().color(QPalette::WindowText));
    QString tip = c->containerName();
    const QString banner = c->bannerText();
    if (!banner.isEmpty())
        tip += QLatin1Char('\n') + banner;
    setTabToolTip(index, tip);
}

void LogTabs::changeEvent(QEvent *event)
{
    QTabWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < count(); ++i) {
            if (auto *c = qobject_cast<LogConsole *>(widget(i)))
                updateTab(c);
        }
    }
}

} // namespace berth::ui
