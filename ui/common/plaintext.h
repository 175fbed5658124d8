// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QWidget;

namespace berth::ui {

// Text from outside Berth (engine, registry, files, other people's container names) is never markup: a label that
// guesses rich text would let a hostile engine draw fake instructions or load local files as images.
class PlainText final
{
public:
    PlainText() = delete;

    // Every QLabel under root (root included) shows its text as written.
    static void labelsUnder(QWidget *root);
    // A tool tip that shows text exactly as written (tool tips have no text format of their own).
    static QString toolTip(const QString &text);
};

} // namespace berth::ui
