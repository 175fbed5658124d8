// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/diskusage.h"

#include <QWidget>

namespace berth::ui {

// /system/df as a picture: one bar per kind (images, containers, volumes, build cache), all on one scale, the
// reclaimable part drawn lighter, with the figures beside it.
class DiskChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskChart)
public:
    explicit DiskChart(QWidget *parent = nullptr);

    void setUsage(const core::DiskUsage &usage);
    void clear();
    // The text of each row as drawn, for tests and accessibility.
    QStringList rowTexts() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString label;
        core::DiskUsage::Category totals;
    };
    QList<Row> rows() const;
    QString rowText(const Row &row) const;

    bool m_hasUsage = false;
    core::DiskUsage::Category m_images;
    core::DiskUsage::Category m_containers;
    core::DiskUsage::Category m_volumes;
    core::DiskUsage::Category m_buildCache;
};

} // namespace berth::ui
