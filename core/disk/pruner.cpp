// SPDX-License-Identifier: Apache-2.0
#include "pruner.h"

#include "engine/engineclient.h"

namespace berth::core {

Pruner::Pruner(EngineClient *client, PrunePlan plan, QObject *parent)
    : QObject(parent), m_client(client), m_plan(std::move(plan))
{
}

qint64 Pruner::freedBytes() const
{
    qint64 total = 0;
    for (const PrunePlan::Item &item : m_removed)
        total += qMax<qint64>(item.size, 0);
    return total;
}

void Pruner::start()
{
    if (m_running)
        return;
    m_running = true;
    m_index = 0;
    next();
}

void Pruner::cancel()
{
    m_cancelled = true;
}

void Pruner::next()
{
    if (m_cancelled || m_index >= m_plan.items.size() || !m_client) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const PrunePlan::Item item = m_plan.items.at(m_index);
    if (m_plan.isImages()) {
        removeImageStep(item, 0);
        return;
    }
    m_client->removeContainer(item.id, false, false, this,
                              [this, item](const Result<Done> &r) { itemDone(item, r.error()); });
}

void Pruner::removeImageStep(const PrunePlan::Item &item, int tagIndex)
{
    // An image with several tags is refused by id without force, so its tags go first; removing the last tag
    // removes the image. An untagged image goes by id.
    if (tagIndex < item.tags.size()) {
        const bool last = tagIndex == item.tags.size() - 1;
        m_client->removeImage(item.tags.at(tagIndex), false, this, [this, item, tagIndex, last](const Result<Done> &r) {
            if (!r.ok() || last)
                itemDone(item, r.error());
            else
                removeImageStep(item, tagIndex + 1);
        });
        return;
    }
    m_client->removeImage(item.id, false, this, [this, item](const Result<Done> &r) { itemDone(item, r.error()); });
}

void Pruner::itemDone(const PrunePlan::Item &item, const EngineError &error)
{
    if (error && error.kind() != EngineError::Kind::NotFound)
        m_failures.append({item, error});
    else
        m_removed.append(item); // already gone counts as removed: the plan's outcome holds
    ++m_index;
    Q_EMIT progress(m_index, int(m_plan.items.size()));
    next();
}

} // namespace berth::core
