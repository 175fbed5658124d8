// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "bestserver.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace berth::core {

class LabMonitor;

// The launch form's "Best server": asks every server afresh (the lab monitor's round, in parallel) and each one that
// answers whether it has the image, then lets BestServer pick. Never waits longer than the connect timeout plus a
// little: a dead or slow server is left out, not waited for.
class ServerChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerChooser)
public:
    struct Outcome
    {
        BestServer::Choice choice;
        QStringList withImage;  // servers that have the image, by name
        QStringList unanswered; // servers that did not answer in time
    };

    explicit ServerChooser(LabMonitor *monitor, QObject *parent = nullptr);

    // image: the reference the launch uses ("pytorch/pytorch:2.3.0-cuda12.1-cudnn8-runtime"); gpusWanted 0: none.
    void choose(const QString &image, int gpusWanted);
    bool isBusy() const { return m_busy; }
    void setTimeout(int msecs) { m_deadline.setInterval(msecs); }

Q_SIGNALS:
    void chosen(const berth::core::ServerChooser::Outcome &outcome);

private:
    void askForImage();
    void finish();

    QPointer<LabMonitor> m_monitor;
    QTimer m_deadline;
    QString m_image;
    int m_gpusWanted = 0;
    int m_outstanding = 0;
    int m_round = 0;
    bool m_busy = false;
    bool m_asking = false;
    QSet<QString> m_withImage;
};

} // namespace berth::core

Q_DECLARE_METATYPE(berth::core::ServerChooser::Outcome)
