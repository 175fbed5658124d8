// SPDX-License-Identifier: Apache-2.0
#include "tagbrowserdialog.h"

#include "tags/tagbrowser.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QVBoxLayout>

namespace berth::ui {

TagBrowserDialog::TagBrowserDialog(core::Settings &settings, core::EngineClient *engine, QWidget *parent)
    : QDialog(parent), m_browser(new TagBrowser(settings, engine, this))
{
    setObjectName(QStringLiteral("tagBrowserDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browser, &TagBrowser::tagChosen, this, [this](const QString &ref) {
        m_chosen = ref;
        Q_EMIT tagChosen(ref);
        accept();
    });
    setWindowTitle(tr("Browse tags"));
    resize(1000, 640);
}

void TagBrowserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Browse tags"));
    QDialog::changeEvent(event);
}

} // namespace berth::ui
