// SPDX-License-Identifier: Apache-2.0
#include "tagdetailspane.h"

#include "engine/bytesize.h"
#include "registry/cudacompatibility.h"
#include "registry/pullprogressmodel.h"
#include "relativetime.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace berth::ui {

TagDetailsPane::TagDetailsPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)), m_driver(new QLabel(this)),
      m_facts(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("tagTitle"));
    m_driver->setObjectName(QStringLiteral("driverVerdict"));
    for (QLabel *l : {m_title, m_summary, m_driver, m_facts}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Tag names and summaries come from the registry: plain. The two rich labels escape every outside value.
    m_title->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_driver->setTextFormat(Qt::RichText);
    m_facts->setTextFormat(Qt::RichText);
    m_driver->setMargin(6);
    m_driver->setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_driver);
    layout->addWidget(m_facts);
    render();
}

void TagDetailsPane::setTag(const core::ImageReference &repository, const core::TagInfo &tag, bool presentLocally)
{
    m_repository = repository;
    m_tag = tag;
    m_local = presentLocally;
    render();
}

void TagDetailsPane::clear()
{
    m_tag.reset();
    render();
}

void TagDetailsPane::setHostDriverVersion(const QString &version)
{
    m_hostDriver = version.trimmed();
    render();
}

QString TagDetailsPane::driverText() const
{
    return m_driver->text();
}

void TagDetailsPane::render()
{
    if (!m_tag) {
        m_title->setText(tr("No tag selected"));
        m_summary->setText(tr("Pick a tag on the left to see what it contains and whether this machine can run it."));
        m_driver->hide();
        m_facts->clear();
        return;
    }
    const core::TagInfo &t = *m_tag;
    const core::TagFacts &f = t.facts;
    m_title->setText(m_repository.withTag(t.name).toString());
    m_summary->setText(f.summary());

    // The driver verdict, coloured so that a mismatch is seen at a glance.
    QString verdict;
    QColor tint;
    const QString required = f.minimumDriver();
    if (f.gpu == core::TagFacts::Gpu::No) {
        verdict = tr("CPU-only image: no NVIDIA driver needed.");
    } else if (required.isEmpty()) {
        verdict =
            f.gpu == core::TagFacts::Gpu::Yes
                ? tr("GPU image; its CUDA version is not known from the tag, so the driver it needs is not known.")
                : tr("The tag does not say whether the image uses a GPU.");
    } else {
        const QString needs =
            tr("Needs NVIDIA driver %1 or newer (CUDA %2).").arg(required, f.cudaVersion()).toHtmlEscaped();
        const QString host = m_hostDriver.toHtmlEscaped();
        if (m_hostDriver.isEmpty()) {
            verdict = needs + QStringLiteral("<br>") + tr("This machine's driver is unknown (no nvidia-smi found).");
        } else if (core::CudaCompatibility::compareDriverVersions(m_hostDriver, required) >= 0) {
            verdict = needs + QStringLiteral("<br><b>") + tr("This machine has %1: compatible.").arg(host) +
                      QStringLiteral("</b>");
            tint = QColor(0xdf, 0xf3, 0xe4);
        } else {
            verdict =
                needs + QStringLiteral("<br><b>") +
                tr("This machine has %1: too old. Update the driver or choose a tag with an older CUDA.").arg(host) +
                QStringLiteral("</b>");
            tint = QColor(0xfb, 0xe3, 0xe1);
        }
    }
    m_driver->setText(verdict);
    QPalette pal = palette();
    if (tint.isValid()) {
        pal.setColor(QPalette::Window, tint);
        pal.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    }
    m_driver->setPalette(pal);
    m_driver->show();

    QStringList rows;
    auto row = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value);
    };
    if (m_local)
        row(tr("On this engine"), tr("Yes, already pulled"));
    if (!t.digest.isEmpty()) {
        const QString digest = QString::fromLatin1(t.digest);
        row(tr("Digest"),
            QStringLiteral("<span title='%1'>%2…</span>").arg(digest.toHtmlEscaped(), digest.left(19).toHtmlEscaped()));
    }
    if (!t.images.isEmpty()) {
        QStringList platforms;
        for (const core::TagImage &image : t.images) {
            QString name = image.architecture;
            if (!image.variant.isEmpty())
                name += QLatin1Char('/') + image.variant;
            platforms << (image.size >= 0 ? tr("%1 (%2)").arg(name, core::ByteSize::format(
                                                                        image.size, core::ByteSize::Units::Decimal, 1))
                                          : name)
                             .toHtmlEscaped();
        }
        row(tr("Platforms"), platforms.join(QStringLiteral("<br>")));
    }
    if (t.fullSize >= 0)
        row(tr("Size"), core::ByteSize::format(t.fullSize, core::ByteSize::Units::Decimal, 1).toHtmlEscaped());
    if (t.lastPushedMs > 0) {
        const QDateTime pushed = QDateTime::fromMSecsSinceEpoch(t.lastPushedMs, Qt::UTC);
        row(tr("Last pushed"),
            tr("%1 (%2)")
                .arg(QLocale().toString(pushed.toLocalTime(), QLocale::ShortFormat), RelativeTime::describe(pushed))
                .toHtmlEscaped());
    }
    if (t.digest.isEmpty() && t.images.isEmpty())
        row(tr("Details"), tr("This registry reports tag names only.").toHtmlEscaped());
    m_facts->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
}

void TagDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace berth::ui
