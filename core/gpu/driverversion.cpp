// SPDX-License-Identifier: Apache-2.0
#include "driverversion.h"

#include <algorithm>

namespace berth::core {

DriverVersion DriverVersion::parse(const QString &text)
{
    DriverVersion version;
    const QString trimmed = text.trimmed();
    const QStringList parts = trimmed.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        // Stop at the first part that is not a plain number ("470.82.01-beta" keeps 470.82).
        qsizetype digits = 0;
        while (digits < part.size() && digits < 9 && part.at(digits).isDigit() && part.at(digits).unicode() < 128)
            ++digits;
        if (digits == 0)
            break;
        version.m_parts << part.left(digits).toInt();
        if (digits != part.size())
            break;
    }
    if (version.isValid())
        version.m_text = trimmed;
    return version;
}

int DriverVersion::compare(const DriverVersion &a, const DriverVersion &b)
{
    if (a.isValid() != b.isValid())
        return a.isValid() ? 1 : -1;
    const qsizetype n = std::max(a.m_parts.size(), b.m_parts.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int x = i < a.m_parts.size() ? a.m_parts.at(i) : 0;
        const int y = i < b.m_parts.size() ? b.m_parts.at(i) : 0;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

DriverVersion::Verdict DriverVersion::check(const QString &hostDriver, const QString &minDriver)
{
    const DriverVersion host = parse(hostDriver);
    const DriverVersion minimum = parse(minDriver);
    if (!host.isValid() || !minimum.isValid())
        return Verdict::Unknown;
    return host.isAtLeast(minimum) ? Verdict::Ok : Verdict::TooOld;
}

QString DriverVersion::tooOldMessage(const QString &hostDriver, const QString &cudaVersion, const QString &minDriver)
{
    if (check(hostDriver, minDriver) != Verdict::TooOld)
        return {};
    if (cudaVersion.isEmpty())
        return tr("This image needs NVIDIA driver %1 or newer, but this computer has driver %2. "
                  "Choose an older tag or update the driver.")
            .arg(minDriver.trimmed(), hostDriver.trimmed());
    return tr("This image uses CUDA %1, which needs NVIDIA driver %2 or newer, but this computer has driver %3. "
              "Choose a tag with an older CUDA or update the driver.")
        .arg(cudaVersion.trimmed(), minDriver.trimmed(), hostDriver.trimmed());
}

} // namespace berth::core
