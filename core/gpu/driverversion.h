// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace berth::core {

// An NVIDIA driver version such as 535.104.05 or 525.60.13, compared numerically part by part
// (so 535.54.03 < 535.104.05, which a string comparison gets wrong).
class DriverVersion final
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::DriverVersion)
public:
    DriverVersion() = default;
    static DriverVersion parse(const QString &text); // invalid when text has no leading number

    bool isValid() const { return !m_parts.isEmpty(); }
    QString toString() const { return m_text; }
    // <0, 0, >0; missing parts count as 0 (525 == 525.0.0). Invalid versions sort first.
    static int compare(const DriverVersion &a, const DriverVersion &b);
    bool isAtLeast(const DriverVersion &minimum) const { return compare(*this, minimum) >= 0; }

    enum class Verdict { Unknown, Ok, TooOld };
    // Whether a host driver runs an image that needs minDriver; Unknown when either side is missing.
    static Verdict check(const QString &hostDriver, const QString &minDriver);
    // A translated warning when the host driver is too old for the image's CUDA, empty otherwise.
    static QString tooOldMessage(const QString &hostDriver, const QString &cudaVersion, const QString &minDriver);

private:
    QList<int> m_parts;
    QString m_text;
};

} // namespace berth::core
