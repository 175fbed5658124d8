// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engineerror.h"
#include "pruneplan.h"

#include <QObject>
#include <QPointer>

namespace berth::core {

class EngineClient;

// Carries out a confirmed PrunePlan, one item at a time, never with force: a container started or an image used
// since the plan was made makes the engine refuse that item, and the rest go on. Images go tag by tag, then by id.
class Pruner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pruner)
public:
    struct Failure
    {
        PrunePlan::Item item;
        EngineError error;
    };

    Pruner(EngineClient *client, PrunePlan plan, QObject *parent = nullptr);

    void start();
    void cancel(); // the item being removed finishes; nothing after it starts
    bool isRunning() const { return m_running; }

    const PrunePlan &plan() const { return m_plan; }
    const QList<PrunePlan::Item> &removed() const { return m_removed; }
    const QList<Failure> &failures() const { return m_failures; }
    qint64 freedBytes() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void removeImageStep(const PrunePlan::Item &item, int tagIndex);
    void itemDone(const PrunePlan::Item &item, const EngineError &error);

    QPointer<EngineClient> m_client;
    PrunePlan m_plan;
    int m_index = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QList<PrunePlan::Item> m_removed;
    QList<Failure> m_failures;
};

} // namespace berth::core
