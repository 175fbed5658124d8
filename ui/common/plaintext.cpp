// SPDX-License-Identifier: Apache-2.0
#include "plaintext.h"

#include <QLabel>
#include <QTextDocument>

namespace berth::ui {

void PlainText::labelsUnder(QWidget *root)
{
    if (auto *label = qobject_cast<QLabel *>(root))
        label->setTextFormat(Qt::PlainText);
    for (QLabel *label : root->findChildren<QLabel *>())
        label->setTextFormat(Qt::PlainText);
}

QString PlainText::toolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpacePre);
}

} // namespace berth::ui
