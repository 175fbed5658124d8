// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/imagereference.h"
#include "registry/taginfo.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace berth::ui {

// Everything about the selected tag: what its name says, the NVIDIA driver its CUDA needs against this machine's
// driver, digest, platforms with sizes, when it was pushed, and whether the engine has it already.
class TagDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagDetailsPane)
public:
    explicit TagDetailsPane(QWidget *parent = nullptr);

    void setTag(const core::ImageReference &repository, const core::TagInfo &tag, bool presentLocally);
    void clear();
    void setHostDriverVersion(const QString &version); // empty: unknown (no nvidia-smi)

    QString driverText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    core::ImageReference m_repository;
    std::optional<core::TagInfo> m_tag;
    bool m_local = false;
    QString m_hostDriver;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_driver;
    QLabel *m_facts;
};

} // namespace berth::ui
