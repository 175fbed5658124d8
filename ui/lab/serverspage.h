// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpu/ownerpolicy.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace berth::core {
class LabMonitor;
}

namespace berth::ui {

class ServerCard;

// Every server at a glance, one card each (the local engine included): refreshed in parallel while visible, each
// card updated as its own server answers, so a dead or slow server never holds up the others or the window.
class ServersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersPage)
public:
    explicit ServersPage(core::LabMonitor *monitor, QWidget *parent = nullptr);

    void setOwnerPolicy(const core::OwnerPolicy &owners);
    // Cards are rebuilt when the monitor's servers change.
    void rebuild();
    QList<ServerCard *> cards() const { return m_cards; }
    ServerCard *card(const QString &name) const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateCard(const QString &name);
    void retranslate();

    QPointer<core::LabMonitor> m_monitor;
    core::OwnerPolicy m_owners;
    QLabel *m_title;
    QLabel *m_note;
    QToolButton *m_refresh;
    QScrollArea *m_scroll;
    QWidget *m_host;
    QGridLayout *m_grid;
    QList<ServerCard *> m_cards;
};

} // namespace berth::ui
