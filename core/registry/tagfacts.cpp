// SPDX-License-Identifier: Apache-2.0
#include "tagfacts.h"

#include "cudacompatibility.h"

#include <QStringList>

namespace berth::core {

namespace {
bool isDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

int readInt(QStringView s, qsizetype &i)
{
    int v = 0;
    while (i < s.size() && isDigit(s[i])) {
        v = qMin(v * 10 + (s[i].unicode() - '0'), 1000000);
        ++i;
    }
    return v;
}

// "12.1" / "9" after "cuda"; false when not a number.
bool readMajorMinor(QStringView s, int &major, int &minor)
{
    qsizetype i = 0;
    if (s.isEmpty() || !isDigit(s[0]))
        return false;
    major = readInt(s, i);
    minor = -1;
    if (i + 1 < s.size() && s[i] == QLatin1Char('.') && isDigit(s[i + 1])) {
        ++i;
        minor = readInt(s, i);
        // nvidia/cuda style "12.2.0" in a cuda token: ignore the patch
        if (i + 1 < s.size() && s[i] == QLatin1Char('.') && isDigit(s[i + 1])) {
            ++i;
            readInt(s, i);
        }
    }
    return i == s.size();
}

bool isOsToken(QStringView t)
{
    static constexpr QLatin1StringView prefixes[] = {
        QLatin1StringView("ubuntu"),     QLatin1StringView("centos"), QLatin1StringView("rockylinux"),
        QLatin1StringView("ubi"),        QLatin1StringView("debian"), QLatin1StringView("oraclelinux"),
        QLatin1StringView("opensuse"),   QLatin1StringView("alpine"), QLatin1StringView("bookworm"),
        QLatin1StringView("bullseye"),   QLatin1StringView("jammy"),  QLatin1StringView("focal"),
        QLatin1StringView("amazonlinux")};
    for (QLatin1StringView p : prefixes) {
        if (t.startsWith(p) && (t.size() == p.size() || isDigit(t[p.size()]) || p.size() > 4))
            return true;
    }
    return false;
}

void setCuda(TagFacts &f, int major, int minor)
{
    f.cudaMajor = qint8(qBound(-1, major, 127));
    f.cudaMinor = qint8(qBound(-1, minor, 127));
}

// Tokens every grammar understands; returns false for one it does not know (kept for the grammar to judge).
bool applyCommonToken(TagFacts &f, QStringView t)
{
    if (t == QLatin1String("gpu")) {
        f.gpu = TagFacts::Gpu::Yes;
    } else if (t == QLatin1String("cpu")) {
        f.gpu = TagFacts::Gpu::No;
    } else if (t == QLatin1String("jupyter")) {
        f.jupyter = true;
    } else if (t == QLatin1String("py3")) {
        f.python3 = true;
    } else if (t == QLatin1String("runtime")) {
        f.variant = TagFacts::Variant::Runtime;
    } else if (t == QLatin1String("devel")) {
        f.variant = TagFacts::Variant::Devel;
    } else if (t == QLatin1String("base")) {
        f.variant = TagFacts::Variant::Base;
    } else if (t.startsWith(QLatin1String("cudnn"))) {
        QStringView rest = t.mid(5);
        int major = 0, minor = -1;
        if (!rest.isEmpty() && !readMajorMinor(rest, major, minor))
            return false;
        f.cudnnMajor = qint8(qBound(0, major, 127));
        f.cudnnMinor = qint8(qBound(-1, minor, 127));
    } else if (t.startsWith(QLatin1String("cuda")) && t.size() > 4) {
        int major = -1, minor = -1;
        if (!readMajorMinor(t.mid(4), major, minor))
            return false;
        setCuda(f, major, minor);
        f.gpu = TagFacts::Gpu::Yes;
    } else if (t.startsWith(QLatin1String("cu")) && (t.size() == 4 || t.size() == 5) && isDigit(t[2]) &&
               isDigit(t[3]) && (t.size() == 4 || isDigit(t[4]))) {
        // pip-wheel style cu118 / cu92
        QStringView digits = t.mid(2);
        const int major = digits.size() == 3 ? digits.left(2).toInt() : digits.left(1).toInt();
        setCuda(f, major, digits.right(1).toInt());
        f.gpu = TagFacts::Gpu::Yes;
    } else if (isOsToken(t)) {
        f.os = t.toString();
    } else {
        return false;
    }
    return true;
}

template<typename Fn> void forEachToken(QStringView rest, Fn fn)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= rest.size(); ++i) {
        if (i == rest.size() || rest[i] == QLatin1Char('-') || rest[i] == QLatin1Char('_')) {
            if (i > start)
                fn(rest.mid(start, i - start));
            start = i + 1;
        }
    }
}
} // namespace

TagFacts::Grammar TagFacts::grammarFor(const QString &repository)
{
    // Compare the last two path components so nvcr.io/nvidia/cuda and docker.io/nvidia/cuda both match.
    QStringView repo(repository);
    const qsizetype last = repo.lastIndexOf(QLatin1Char('/'));
    const qsizetype prev = last > 0 ? repo.left(last).lastIndexOf(QLatin1Char('/')) : -1;
    QStringView tail = repo.mid(prev + 1);
    if (tail == QLatin1String("tensorflow/tensorflow"))
        return Grammar::TensorFlow;
    if (tail == QLatin1String("pytorch/pytorch"))
        return Grammar::PyTorch;
    if (tail == QLatin1String("nvidia/cuda"))
        return Grammar::Cuda;
    return Grammar::Generic;
}

TagFacts TagFacts::parse(Grammar grammar, QStringView tag)
{
    TagFacts f;
    f.grammar = grammar;
    qsizetype consumed = 0;
    f.version = VersionKey::parse(tag, &consumed);
    QStringView rest = tag.mid(consumed);

    switch (grammar) {
    case Grammar::TensorFlow: {
        if (f.version.rank() == VersionKey::Rank::None) {
            if (rest.startsWith(QLatin1String("custom-op")))
                rest = rest.mid(9);
        }
        forEachToken(rest, [&](QStringView t) { applyCommonToken(f, t); });
        // TF images name no CUDA: CPU unless -gpu, and a GPU build's CUDA comes from the tested configurations.
        if (f.gpu != Gpu::Yes)
            f.gpu = Gpu::No;
        if (f.variant == Variant::Unspecified)
            f.variant = Variant::Runtime;
        if (f.gpu == Gpu::Yes && f.version.isVersion() && !f.hasCuda()) {
            if (auto build = CudaCompatibility::tensorflow(f.version.major(), f.version.minor())) {
                setCuda(f, build->cudaMajor, build->cudaMinor);
                f.cudnnMajor = qint8(build->cudnnMajor);
                f.cudnnMinor = qint8(build->cudnnMinor);
                f.cudaFromTable = true;
            }
        }
        break;
    }
    case Grammar::PyTorch:
        forEachToken(rest, [&](QStringView t) { applyCommonToken(f, t); });
        // VER-runtime without a cuda token is the CPU build; latest/nightly say nothing either way
        if (f.gpu == Gpu::Unknown && f.version.isVersion())
            f.gpu = Gpu::No;
        break;
    case Grammar::Cuda:
        if (f.version.isVersion())
            setCuda(f, f.version.major(), f.version.partCount() > 1 ? f.version.minor() : -1);
        f.gpu = Gpu::Yes;
        forEachToken(rest, [&](QStringView t) { applyCommonToken(f, t); });
        break;
    case Grammar::Generic:
        forEachToken(rest, [&](QStringView t) { applyCommonToken(f, t); });
        break;
    }
    return f;
}

QString TagFacts::cudaVersion() const
{
    if (cudaMajor < 0)
        return {};
    return cudaMinor < 0 ? QString::number(cudaMajor)
                         : QString::number(cudaMajor) + QLatin1Char('.') + QString::number(cudaMinor);
}

QString TagFacts::cudnnVersion() const
{
    if (cudnnMajor <= 0)
        return {};
    return cudnnMinor < 0 ? QString::number(cudnnMajor)
                          : QString::number(cudnnMajor) + QLatin1Char('.') + QString::number(cudnnMinor);
}

QString TagFacts::minimumDriver() const
{
    return hasCuda() ? CudaCompatibility::minimumDriver(cudaMajor, cudaMinor) : QString();
}

QString TagFacts::variantName() const
{
    switch (variant) {
    case Variant::Runtime:
        return tr("Runtime");
    case Variant::Devel:
        return tr("Devel");
    case Variant::Base:
        return tr("Base");
    case Variant::Unspecified:
        break;
    }
    return {};
}

QString TagFacts::summary() const
{
    QStringList parts;
    switch (grammar) {
    case Grammar::TensorFlow:
        parts << (version.isVersion() ? tr("TensorFlow %1").arg(version.toString()) : tr("TensorFlow"));
        break;
    case Grammar::PyTorch:
        parts << (version.isVersion() ? tr("PyTorch %1").arg(version.toString()) : tr("PyTorch"));
        break;
    case Grammar::Cuda:
        parts << tr("CUDA image");
        break;
    case Grammar::Generic:
        if (version.isVersion())
            parts << tr("Version %1").arg(version.toString());
        break;
    }
    if (gpu == Gpu::Yes)
        parts << tr("GPU");
    else if (gpu == Gpu::No)
        parts << tr("CPU only");
    if (hasCuda())
        parts << (cudaFromTable ? tr("CUDA %1 (TensorFlow's tested build)").arg(cudaVersion())
                                : tr("CUDA %1").arg(cudaVersion()));
    if (cudnnMajor > 0)
        parts << tr("cuDNN %1").arg(cudnnVersion());
    else if (cudnnMajor == 0)
        parts << tr("cuDNN");
    if (variant != Variant::Unspecified)
        parts << variantName();
    if (jupyter)
        parts << tr("Jupyter");
    if (!os.isEmpty())
        parts << os;
    return parts.join(QStringLiteral(" · "));
}

} // namespace berth::core
