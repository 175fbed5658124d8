// SPDX-License-Identifier: Apache-2.0
#include "pullprogresswidget.h"

#include "registry/imagepull.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace berth::ui {

PullProgressWidget::PullProgressWidget(core::ImagePull *pull, QWidget *parent)
    : QWidget(parent), m_pull(pull), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_detail(new QLabel(this)), m_cancel(new QPushButton(this))
{
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(10);
    m_title->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // registry and engine words
    m_detail->setTextFormat(Qt::PlainText);
    m_cancel->setObjectName(QStringLiteral("cancelPull"));
    m_icon->setObjectName(QStringLiteral("pullIcon"));
    m_icon->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The icon belongs to the title it qualifies, on the same line.
    auto *titleRow = new QHBoxLayout;
    titleRow->setContentsMargins(0, 0, 0, 0);
    titleRow->setSpacing(6);
    titleRow->addWidget(m_icon, 0, Qt::AlignTop);
    titleRow->addWidget(m_title, 1);
    layout->addLayout(titleRow);
    layout->addLayout(row);
    layout->addWidget(m_detail);

    connect(m_cancel, &QPushButton::clicked, m_pull, &core::ImagePull::cancel);
    connect(m_pull, &core::ImagePull::progressChanged, this, &PullProgressWidget::update);
    connect(m_pull, &core::ImagePull::finished, this, &PullProgressWidget::onFinished);
    retranslate();
    update();
}

QString PullProgressWidget::text() const
{
    return m_detail->text();
}

QString PullProgressWidget::title() const
{
    return m_title->text();
}

void PullProgressWidget::update()
{
    const core::PullProgressModel &m = m_pull->progress();
    m_title->setText(tr("Pulling %1").arg(m_pull->reference().toString()));
    const double fraction = m.fraction();
    if (fraction < 0) {
        m_bar->setRange(0, 0); // busy until the first layer sizes arrive
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(fraction * 1000));
    }
    m_detail->setText(m.summary());
    m_cancel->setEnabled(m_pull->isRunning());
}

void PullProgressWidget::onFinished(const core::EngineError &error)
{
    // A finished pull has nothing to cancel: the button goes rather than staying disabled.
    m_cancel->setEnabled(false);
    m_cancel->hide();
    m_bar->setRange(0, 1000);
    using Kind = core::EngineError::Kind;
    switch (error.kind()) {
    case Kind::None:
        m_bar->setValue(1000);
        m_title->setText(tr("Pulled %1").arg(m_pull->reference().toString()));
        m_detail->setText(m_pull->progress().summary());
        return;
    case Kind::Cancelled:
        m_title->setText(tr("Pull of %1 cancelled").arg(m_pull->reference().toString()));
        m_detail->clear();
        return;
    case Kind::Unauthorized:
        m_detail->setText(tr("The registry refused the pull. Sign in with `docker login %1` (Berth uses the same "
                             "credentials) and try again.")
                              .arg(m_pull->reference().isDockerHub() ? QString() : m_pull->reference().registry()));
        break;
    case Kind::NotFound:
        m_detail->setText(tr("The registry has no such image or tag: %1").arg(error.message()));
        break;
    case Kind::Unreachable:
    case Kind::PermissionDenied:
        m_detail->setText(tr("Could not talk to the Docker engine: %1").arg(error.message()));
        break;
    default:
        m_detail->setText(tr("The pull failed: %1").arg(error.message()));
        break;
    }
    m_bar->setValue(0);
    m_bar->hide();
    const int size = m_title->fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    m_icon->show();
    m_title->setText(tr("Could not pull %1").arg(m_pull->reference().toString()));
    if (m_failureElsewhere)
        m_detail->hide();
}

void PullProgressWidget::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the pull"));
}

void PullProgressWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_pull->isRunning())
            update();
    }
    QWidget::changeEvent(event);
}

} // namespace berth::ui
