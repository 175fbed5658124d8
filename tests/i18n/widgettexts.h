// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

// Checks on what a widget tree shows, shared by the i18n tests.
namespace berth::test {

// A text that does not fit the room its widget gives it: cut off, elided, or a wrapped label taller than its box.
struct Truncation
{
    QString widgetClass;
    QString path; // objectNames from the root down, for finding the owner
    QString text;
    int needed = 0;
    int available = 0;
    QString what; // "width", "height", "elided", "header section 2", "tab 1"
};

// Walks the visible QLabels, buttons, non-editable combo boxes, header sections and tab bar tabs under root and
// returns every text wider than its room (or a wrapped label taller than its box).
QList<Truncation> findTruncations(QWidget *root);
QString describe(const Truncation &t);
QString describe(const QList<Truncation> &list);

// Every text a user sees under root (labels, buttons, tabs, headers, group boxes, window title), for "is it Korean"
// checks.
QStringList visibleTexts(QWidget *root);
bool hasHangul(const QString &text);

} // namespace berth::test
