// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "versionkey.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace berth::core {

// What a tag name says about the image: framework version, CUDA/cuDNN, GPU or CPU, runtime or devel, OS.
// Parsed by hand (no regular expressions) so that ten thousand tags parse in a few milliseconds.
struct TagFacts
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::TagFacts)
public:
    enum class Grammar : quint8 { Generic, TensorFlow, PyTorch, Cuda };
    enum class Variant : quint8 { Unspecified, Runtime, Devel, Base };
    enum class Gpu : quint8 { Unknown, Yes, No };

    VersionKey version; // the framework's version (CUDA's for nvidia/cuda)
    Grammar grammar = Grammar::Generic;
    Variant variant = Variant::Unspecified;
    Gpu gpu = Gpu::Unknown;
    bool jupyter = false;
    bool python3 = false;       // TensorFlow's old -py3 suffix
    bool cudaFromTable = false; // CUDA came from TensorFlow's tested-configurations table, not the tag
    qint8 cudaMajor = -1;
    qint8 cudaMinor = -1;
    qint8 cudnnMajor = -1; // 0: "cudnn" with no number (nvidia/cuda's newest cuDNN for that CUDA)
    qint8 cudnnMinor = -1;
    QString os; // nvidia/cuda: ubuntu22.04, ubi9, rockylinux8 …

    static Grammar grammarFor(const QString &repository); // "tensorflow/tensorflow" -> TensorFlow, …
    static TagFacts parse(Grammar grammar, QStringView tag);

    bool hasCuda() const { return cudaMajor >= 0; }
    QString cudaVersion() const;   // "12.1", "" without CUDA
    QString cudnnVersion() const;  // "8", "" when unknown
    QString minimumDriver() const; // "525.60.13", "" without CUDA or when unknown
    QString variantName() const;   // translated: Runtime, Devel, Base
    QString summary() const;       // translated one-liner for tables and the command line
};

} // namespace berth::core
