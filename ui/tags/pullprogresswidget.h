// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace berth::core {
class ImagePull;
class EngineError;
} // namespace berth::core

namespace berth::ui {

// The pull of one image: a bar for bytes over all layers, "12 MB of 45 MB · 3 MB/s · 10 s left", and Cancel.
class PullProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullProgressWidget)
public:
    explicit PullProgressWidget(core::ImagePull *pull, QWidget *parent = nullptr);

    QString text() const;
    QString title() const;
    // The owner shows why a pull failed next to the field it is about: the widget then says only that it failed,
    // so the reason is not shown twice.
    void setFailureShownElsewhere(bool elsewhere) { m_failureElsewhere = elsewhere; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void onFinished(const core::EngineError &error);
    void retranslate();

    core::ImagePull *m_pull;
    QLabel *m_icon;
    QLabel *m_title;
    QProgressBar *m_bar;
    QLabel *m_detail;
    QPushButton *m_cancel;
    bool m_failureElsewhere = false;
};

} // namespace berth::ui
