// SPDX-License-Identifier: Apache-2.0
#include "cudacompatibility.h"

#include "gpu/driverversion.h"

#include <QList>

namespace berth::core {

std::optional<CudaCompatibility::TensorFlowBuild> CudaCompatibility::tensorflow(int major, int minor)
{
    struct Row
    {
        int tfMajor, tfMinorFrom, tfMinorTo;
        TensorFlowBuild build;
    };
    static constexpr Row rows[] = {
        {1, 0, 2, {8, 0, 5, 1}},    {1, 3, 4, {8, 0, 6, 0}},    {1, 5, 12, {9, 0, 7, 0}},   {1, 13, 15, {10, 0, 7, 4}},
        {2, 0, 0, {10, 0, 7, 4}},   {2, 1, 3, {10, 1, 7, 6}},   {2, 4, 4, {11, 0, 8, 0}},   {2, 5, 11, {11, 2, 8, 1}},
        {2, 12, 14, {11, 8, 8, 6}}, {2, 15, 15, {12, 2, 8, 9}}, {2, 16, 17, {12, 3, 8, 9}}, {2, 18, 21, {12, 5, 9, 3}},
    };
    for (const Row &r : rows) {
        if (r.tfMajor == major && minor >= r.tfMinorFrom && minor <= r.tfMinorTo)
            return r.build;
    }
    return std::nullopt;
}

QString CudaCompatibility::minimumDriver(int cudaMajor, int cudaMinor)
{
    // From CUDA 11 on a driver of the major's first release runs every minor release (minor version compatibility).
    if (cudaMajor >= 13)
        return cudaMajor == 13 ? QStringLiteral("580.65.06") : QString();
    if (cudaMajor == 12)
        return QStringLiteral("525.60.13");
    if (cudaMajor == 11)
        return QStringLiteral("450.80.02");
    struct Row
    {
        int major, minor;
        const char *driver;
    };
    static constexpr Row rows[] = {
        {10, 2, "440.33"}, {10, 1, "418.39"}, {10, 0, "410.48"}, {9, 2, "396.26"},
        {9, 1, "390.46"},  {9, 0, "384.81"},  {8, 0, "375.26"},
    };
    for (const Row &r : rows) {
        if (r.major == cudaMajor && (cudaMinor < 0 ? true : r.minor == cudaMinor)) {
            // "any minor" of an old major: the oldest release's driver is the honest lower bound
            if (cudaMinor < 0) {
                const Row *oldest = &r;
                for (const Row &o : rows) {
                    if (o.major == cudaMajor)
                        oldest = &o;
                }
                return QString::fromLatin1(oldest->driver);
            }
            return QString::fromLatin1(r.driver);
        }
    }
    return {};
}

int CudaCompatibility::compareDriverVersions(QStringView a, QStringView b)
{
    // The GPU panel's driver check and the tag browser's compare the same way.
    return DriverVersion::compare(DriverVersion::parse(a.toString()), DriverVersion::parse(b.toString()));
}

} // namespace berth::core
