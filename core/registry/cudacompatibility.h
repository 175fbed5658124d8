// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace berth::core {

// The two tables that turn a tag into the NVIDIA driver it needs: TensorFlow's tested build configurations (its
// images do not name CUDA) and the minimum Linux driver for each CUDA release.
class CudaCompatibility
{
public:
    struct TensorFlowBuild
    {
        int cudaMajor = -1;
        int cudaMinor = -1;
        int cudnnMajor = -1;
        int cudnnMinor = -1;
    };

    // From tensorflow.org/install/source#gpu; nullopt for releases outside the table.
    static std::optional<TensorFlowBuild> tensorflow(int major, int minor);

    // Minimum driver for a CUDA release, e.g. 12.x -> "525.60.13" (minor-version compatibility from 11.0 on,
    // the toolkit's own driver before). Empty when unknown. minor < 0 means "any minor of this major".
    static QString minimumDriver(int cudaMajor, int cudaMinor = -1);

    // Numeric comparison of dotted driver versions ("535.104.05" vs "525.60.13"): <0, 0, >0.
    static int compareDriverVersions(QStringView a, QStringView b);
};

} // namespace berth::core
