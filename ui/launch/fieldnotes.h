// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/launchproblem.h"

#include <QList>
#include <QMap>

class QLabel;
class QWidget;

namespace berth::ui {

class FieldNote;

// Which widgets show a launch field: its editor, the note line under it, its label and, for fields under Advanced,
// the tab it sits on. The launch form and its advanced options fill this one table, so showing a problem, marking a
// tab and moving the focus to a field all look the field up the same way, wherever the field is shown.
class FieldNotes final
{
    Q_DISABLE_COPY_MOVE(FieldNotes)
public:
    using Field = core::LaunchProblem::Field;
    struct Entry
    {
        QWidget *editor = nullptr;
        FieldNote *note = nullptr;
        QLabel *label = nullptr;
        int tab = -1; // under Advanced; -1 on the form itself
    };

    FieldNotes() = default;

    // A box of content with a note line under it, parented to parent. With a field other than None, the note and
    // editor (content when null) are registered for it.
    QWidget *box(QWidget *parent, QWidget *content, Field field, QWidget *editor = nullptr, int tab = -1);
    // A note line shown elsewhere (not in a box), registered for field.
    void add(Field field, FieldNote *note, QWidget *editor, int tab = -1);
    void setEditor(Field field, QWidget *editor);
    void setLabel(Field field, QLabel *label);

    FieldNote *note(Field field) const;
    QWidget *editor(Field field) const;
    QLabel *label(Field field) const;
    int tab(Field field) const; // -1 when not under Advanced (or unknown)
    // Every field with a note, in the order of LaunchProblem::Field.
    QList<Field> fields() const;
    QList<Entry> entries() const { return m_entries.values(); }

private:
    QMap<int, Entry> m_entries; // by LaunchProblem::Field
};

} // namespace berth::ui
