// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/fieldnote.h"
#include "launch/launchform.h"
#include "launch/launchpanel.h"

#include <QLineEdit>
#include <QTest>

// Shared by the launch form tests: reading notes and typing like a user.
namespace berth::test {

inline QString noteText(ui::LaunchPanel &panel, core::LaunchProblem::Field field)
{
    ui::FieldNote *note = panel.form()->noteFor(field);
    return note && note->isShown() ? note->text() : QString();
}

// Replaces a line edit's text as typing does (textEdited, then editingFinished).
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

} // namespace berth::test
