// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "gpu/ownerpolicy.h"
#include "lab/serverstatus.h"

#include <QFrame>

class QLabel;

namespace berth::ui {

// One server on the Servers page: reachable or why not, engine version, containers, and each GPU with its memory,
// utilisation and holders (idle ones marked).
class ServerCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerCard)
public:
    explicit ServerCard(QWidget *parent = nullptr);

    void setStatus(const core::ServerStatus &status, const core::OwnerPolicy &owners);
    const core::ServerStatus &status() const { return m_status; }
    // For tests: the texts as shown.
    QString stateText() const;
    QString gpuText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    core::ServerStatus m_status;
    core::OwnerPolicy m_owners;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_engine;
    QLabel *m_gpus;
};

} // namespace berth::ui
