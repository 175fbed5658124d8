// SPDX-License-Identifier: Apache-2.0
#include "widgettexts.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTextDocument>
#include <QToolButton>

namespace berth::test {

namespace {
QString pathOf(const QWidget *w, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        parts.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className()) : p->objectName());
        if (p == root)
            break;
    }
    return parts.join(QLatin1Char('/'));
}

// What a mnemonic-bearing text shows: "&File" is drawn as "File", "&&" as "&".
QString shown(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
            out += text.at(i);
        } else {
            out += text.at(i);
        }
    }
    return out;
}

int widestLine(const QFontMetrics &fm, const QString &text)
{
    int w = 0;
    for (const QString &line : text.split(QLatin1Char('\n')))
        w = qMax(w, fm.horizontalAdvance(line));
    return w;
}

bool visibleIn(const QWidget *w, const QWidget *root)
{
    return w->isVisibleTo(root) && w->isVisible() && w->width() > 0 && w->height() > 0;
}

void checkLabel(QLabel *label, QWidget *root, QList<Truncation> *out)
{
    const QString text = label->text();
    if (text.isEmpty() || !label->pixmap().isNull())
        return;
    const QRect room =
        label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(), -label->margin());
    const bool rich =
        label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (label->wordWrap()) {
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height())
            out->append({QStringLiteral("QLabel"), pathOf(label, root), text, needed, label->height(),
                         QStringLiteral("height")});
        return;
    }
    int needed = 0;
    if (rich) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setDocumentMargin(0);
        doc.setHtml(text);
        needed = qCeil(doc.idealWidth());
    } else {
        needed = widestLine(label->fontMetrics(), label->buddy() ? shown(text) : text);
    }
    const int available = room.width() - (label->indent() > 0 ? label->indent() : 0);
    if (needed > available)
        out->append({QString::fromLatin1(label->metaObject()->className()), pathOf(label, root), text, needed,
                     available, QStringLiteral("width")});
    // Text elided by its owner, with the whole text in the tooltip.
    static const QChar ellipsis(0x2026);
    if (text.endsWith(ellipsis) && label->toolTip().size() > text.size() &&
        label->toolTip().startsWith(text.chopped(1)))
        out->append({QString::fromLatin1(label->metaObject()->className()), pathOf(label, root), text,
                     widestLine(label->fontMetrics(), label->toolTip()), available, QStringLiteral("elided")});
}

void checkButton(QAbstractButton *button, QWidget *root, QList<Truncation> *out)
{
    const QString text = shown(button->text());
    if (text.isEmpty())
        return;
    int needed = 0;
    int available = button->width();
    if (auto *tool = qobject_cast<QToolButton *>(button)) {
        if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull())
            return;
        needed = tool->sizeHint().width();
    } else if (auto *push = qobject_cast<QPushButton *>(button)) {
        // sizeHint() has a minimum width (80 px in Fusion) that says nothing about the text, so measure the text
        // and add what QCommonStyle adds around it (CT_PushButton: the button margin and the frame on both sides).
        QStyle *style = push->style();
        const int margin = style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, push) +
                           2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, push);
        needed = widestLine(push->fontMetrics(), text);
        if (!push->icon().isNull())
            needed += push->iconSize().width() + 4;
        if (push->menu())
            needed += style->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, push);
        available = push->width() - margin;
    } else {
        // Check boxes and radio buttons: the hint is the indicator, spacing and text.
        needed = button->sizeHint().width();
    }
    if (needed > available)
        out->append({QString::fromLatin1(button->metaObject()->className()), pathOf(button, root), button->text(),
                     needed, available, QStringLiteral("width")});
}

void checkCombo(QComboBox *combo, QWidget *root, QList<Truncation> *out)
{
    if (combo->isEditable() || combo->currentText().isEmpty())
        return;
    QStyleOptionComboBox opt;
    opt.initFrom(combo);
    opt.editable = false;
    opt.currentText = combo->currentText();
    opt.currentIcon = combo->itemIcon(combo->currentIndex());
    opt.iconSize = combo->iconSize();
    const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, combo);
    int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
    if (!opt.currentIcon.isNull())
        needed += combo->iconSize().width() + 4;
    if (needed > field.width())
        out->append({QStringLiteral("QComboBox"), pathOf(combo, root), combo->currentText(), needed, field.width(),
                     QStringLiteral("current item")});
}

void checkHeader(QHeaderView *header, QWidget *root, QList<Truncation> *out)
{
    if (!header->model() || header->orientation() != Qt::Horizontal)
        return;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical) || header->sectionSize(logical) == 0)
            continue;
        const QString text = header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        const int needed = header->sectionSizeHint(logical);
        const int available = header->sectionSize(logical);
        if (needed > available)
            out->append({QStringLiteral("QHeaderView"), pathOf(header, root), text, needed, available,
                         QStringLiteral("header section %1").arg(logical)});
    }
}

void checkTabs(QTabBar *bar, QWidget *root, QList<Truncation> *out)
{
    QStyle *style = bar->style();
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i))
            continue;
        const QString text = shown(bar->tabText(i));
        if (text.isEmpty())
            continue;
        int needed =
            bar->fontMetrics().horizontalAdvance(text) + style->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        if (!bar->tabIcon(i).isNull())
            needed += bar->iconSize().width() + 4;
        for (auto side : {QTabBar::LeftSide, QTabBar::RightSide}) {
            if (QWidget *b = bar->tabButton(i, side))
                needed += b->sizeHint().width() + 4;
        }
        const int available = bar->tabRect(i).width();
        if (needed > available)
            out->append({QStringLiteral("QTabBar"), pathOf(bar, root), bar->tabText(i), needed, available,
                         QStringLiteral("tab %1").arg(i)});
    }
}
} // namespace

QList<Truncation> findTruncations(QWidget *root)
{
    QList<Truncation> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!visibleIn(w, root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label, root, &out);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button, root, &out);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            checkCombo(combo, root, &out);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            checkHeader(header, root, &out);
        else if (auto *bar = qobject_cast<QTabBar *>(w))
            checkTabs(bar, root, &out);
    }
    return out;
}

QString describe(const Truncation &t)
{
    return QStringLiteral("%1 %2 (%3): \"%4\" needs %5 px, has %6")
        .arg(t.widgetClass, t.path, t.what, t.text.left(80))
        .arg(t.needed)
        .arg(t.available);
}

QString describe(const QList<Truncation> &list)
{
    QStringList lines;
    for (const Truncation &t : list)
        lines << describe(t);
    return lines.join(QLatin1Char('\n'));
}

QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    if (root->isWindow() && !root->windowTitle().isEmpty())
        texts << root->windowTitle();
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            texts << group->title();
        else if (auto *bar = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
        } else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                texts << header->model()->headerData(i, header->orientation()).toString();
        }
    }
    texts.removeAll(QString());
    return texts;
}

bool hasHangul(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    }
    return false;
}

} // namespace berth::test
