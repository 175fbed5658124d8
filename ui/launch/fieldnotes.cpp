// SPDX-License-Identifier: Apache-2.0
#include "fieldnotes.h"

#include "fieldnote.h"

#include <QVBoxLayout>
#include <QWidget>

namespace berth::ui {

QWidget *FieldNotes::box(QWidget *parent, QWidget *content, Field field, QWidget *editor, int tab)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(content);
    auto *note = new FieldNote(box);
    layout->addWidget(note);
    if (field != Field::None) {
        note->setObjectName(QLatin1String(core::LaunchProblem::fieldName(field)) + QStringLiteral("Note"));
        add(field, note, editor ? editor : content, tab);
    }
    return box;
}

void FieldNotes::add(Field field, FieldNote *note, QWidget *editor, int tab)
{
    Entry &e = m_entries[int(field)];
    e.note = note;
    e.editor = editor;
    e.tab = tab;
}

void FieldNotes::setEditor(Field field, QWidget *editor)
{
    m_entries[int(field)].editor = editor;
}

void FieldNotes::setLabel(Field field, QLabel *label)
{
    m_entries[int(field)].label = label;
}

FieldNote *FieldNotes::note(Field field) const
{
    return m_entries.value(int(field)).note;
}

QWidget *FieldNotes::editor(Field field) const
{
    return m_entries.value(int(field)).editor;
}

QLabel *FieldNotes::label(Field field) const
{
    return m_entries.value(int(field)).label;
}

int FieldNotes::tab(Field field) const
{
    return m_entries.value(int(field)).tab;
}

QList<FieldNotes::Field> FieldNotes::fields() const
{
    QList<Field> fields;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->note)
            fields << Field(it.key());
    }
    return fields;
}

} // namespace berth::ui
