// SPDX-License-Identifier: Apache-2.0
#include "registry/cudacompatibility.h"
#include "registry/tagfacts.h"
#include "registry/versionkey.h"

#include <QTest>

#include <algorithm>

using namespace berth::core;
using namespace Qt::StringLiterals;
using Grammar = TagFacts::Grammar;
using Variant = TagFacts::Variant;
using Gpu = TagFacts::Gpu;

Q_DECLARE_METATYPE(berth::core::TagFacts::Grammar)
Q_DECLARE_METATYPE(berth::core::TagFacts::Variant)
Q_DECLARE_METATYPE(berth::core::TagFacts::Gpu)

class TestTagSemantics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionOrder_data();
    void versionOrder();
    void versionSort_newestFirstListing();
    void versionParse_consumesOnlyTheVersion_data();
    void versionParse_consumesOnlyTheVersion();
    void facts_data();
    void facts();
    void grammarFor_data();
    void grammarFor();
    void minimumDriver_data();
    void minimumDriver();
    void driverComparison_isNumeric();
    void unknownGrammar_neverCrashesOnOddNames_data();
    void unknownGrammar_neverCrashesOnOddNames();
};

void TestTagSemantics::versionOrder_data()
{
    QTest::addColumn<QString>("lower");
    QTest::addColumn<QString>("higher");
    QTest::newRow("2.10.0 > 2.9.1") << u"2.9.1"_s << u"2.10.0"_s;
    QTest::newRow("final > rc") << u"2.15.0rc1"_s << u"2.15.0"_s;
    QTest::newRow("rc1 > rc0") << u"2.15.0rc0"_s << u"2.15.0rc1"_s;
    QTest::newRow("rc > beta") << u"2.0.0b1"_s << u"2.0.0rc0"_s;
    QTest::newRow("beta > alpha") << u"2.0.0a0"_s << u"2.0.0-beta1"_s;
    QTest::newRow("dev < rc") << u"2.16.0.dev20230101"_s << u"2.16.0rc0"_s;
    QTest::newRow("dev dates order") << u"2.16.0.dev20230101"_s << u"2.16.0.dev20230105"_s;
    QTest::newRow("latest > any version") << u"99.0"_s << u"latest"_s;
    QTest::newRow("nightly > latest") << u"latest"_s << u"nightly"_s;
    QTest::newRow("no version < any version") << u"custom-op"_s << u"0.1"_s;
    QTest::newRow("short vs long") << u"1.2"_s << u"1.2.1"_s;
    QTest::newRow("v prefix") << u"v1.9"_s << u"v1.10"_s;
    QTest::newRow("cuda 12.1.1 > 12.1.0") << u"12.1.0-base"_s << u"12.1.1-base"_s;
}

void TestTagSemantics::versionOrder()
{
    QFETCH(QString, lower);
    QFETCH(QString, higher);
    const VersionKey a = VersionKey::parse(lower);
    const VersionKey b = VersionKey::parse(higher);
    QVERIFY2(a < b, qPrintable(lower + QStringLiteral(" should sort below ") + higher));
    QVERIFY(b > a);
}

void TestTagSemantics::versionSort_newestFirstListing()
{
    QStringList tags{u"2.9.1"_s,   u"latest"_s, u"2.10.0"_s, u"2.10.0rc2"_s, u"1.15.5"_s,
                     u"nightly"_s, u"2.9.0"_s,  u"devel"_s,  u"2.10.1"_s};
    std::sort(tags.begin(), tags.end(),
              [](const QString &a, const QString &b) { return VersionKey::parse(b) < VersionKey::parse(a); });
    QCOMPARE(tags.mid(0, 7), (QStringList{u"nightly"_s, u"latest"_s, u"2.10.1"_s, u"2.10.0"_s, u"2.10.0rc2"_s,
                                          u"2.9.1"_s, u"2.9.0"_s}));
    QCOMPARE(tags.last(), QStringLiteral("devel"));
}

void TestTagSemantics::versionParse_consumesOnlyTheVersion_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<int>("consumed");
    QTest::newRow("tf gpu") << u"2.15.0-gpu"_s << u"2.15.0"_s << 6;
    QTest::newRow("tf rc gpu") << u"2.15.0rc1-gpu"_s << u"2.15.0rc1"_s << 9;
    QTest::newRow("cuda base is not beta") << u"12.2.0-base-ubuntu22.04"_s << u"12.2.0"_s << 6;
    QTest::newRow("devel is not dev") << u"2.0-devel"_s << u"2.0"_s << 3;
    QTest::newRow("alpine is not alpha") << u"1.0-alpine"_s << u"1.0"_s << 3;
    QTest::newRow("pytorch nightly") << u"2.3.0.dev20240101-cuda12.1"_s << u"2.3.0.dev20240101"_s << 17;
    QTest::newRow("no version") << u"custom-op-ubuntu16"_s << u""_s << 0;
    QTest::newRow("latest word") << u"latest-gpu"_s << u"latest"_s << 6;
    QTest::newRow("latestish is not latest") << u"latestfoo"_s << u""_s << 0;
}

void TestTagSemantics::versionParse_consumesOnlyTheVersion()
{
    QFETCH(QString, tag);
    QFETCH(QString, normalised);
    QFETCH(int, consumed);
    qsizetype used = -1;
    const VersionKey key = VersionKey::parse(tag, &used);
    QCOMPARE(key.toString(), normalised);
    QCOMPARE(int(used), consumed);
}

void TestTagSemantics::facts_data()
{
    QTest::addColumn<Grammar>("grammar");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("version");
    QTest::addColumn<Gpu>("gpu");
    QTest::addColumn<QString>("cuda");
    QTest::addColumn<QString>("cudnn");
    QTest::addColumn<Variant>("variant");
    QTest::addColumn<QString>("os");
    QTest::addColumn<bool>("jupyter");

    const auto TF = Grammar::TensorFlow, PT = Grammar::PyTorch, CU = Grammar::Cuda, GEN = Grammar::Generic;
    QTest::newRow("tf 2.15 gpu: CUDA 12.2 from the tested table")
        << TF << u"2.15.0-gpu"_s << u"2.15.0"_s << Gpu::Yes << u"12.2"_s << u"8.9"_s << Variant::Runtime << u""_s
        << false;
    QTest::newRow("tf 2.16 gpu jupyter: 12.3") << TF << u"2.16.1-gpu-jupyter"_s << u"2.16.1"_s << Gpu::Yes << u"12.3"_s
                                               << u"8.9"_s << Variant::Runtime << u""_s << true;
    QTest::newRow("tf 2.18: 12.5 cuDNN 9.3") << TF << u"2.18.0-gpu"_s << u"2.18.0"_s << Gpu::Yes << u"12.5"_s
                                             << u"9.3"_s << Variant::Runtime << u""_s << false;
    QTest::newRow("tf 2.13: 11.8") << TF << u"2.13.0-gpu"_s << u"2.13.0"_s << Gpu::Yes << u"11.8"_s << u"8.6"_s
                                   << Variant::Runtime << u""_s << false;
    QTest::newRow("tf old py3 gpu: 10.0") << TF << u"2.0.0-gpu-py3"_s << u"2.0.0"_s << Gpu::Yes << u"10.0"_s << u"7.4"_s
                                          << Variant::Runtime << u""_s << false;
    QTest::newRow("tf cpu has no CUDA") << TF << u"2.15.0"_s << u"2.15.0"_s << Gpu::No << u""_s << u""_s
                                        << Variant::Runtime << u""_s << false;
    QTest::newRow("tf latest-gpu: GPU, CUDA unknown")
        << TF << u"latest-gpu"_s << u"latest"_s << Gpu::Yes << u""_s << u""_s << Variant::Runtime << u""_s << false;
    QTest::newRow("tf devel gpu") << TF << u"2.4.0-devel-gpu"_s << u"2.4.0"_s << Gpu::Yes << u"11.0"_s << u"8.0"_s
                                  << Variant::Devel << u""_s << false;
    QTest::newRow("tf rc gpu uses its minor's row") << TF << u"2.15.0rc1-gpu"_s << u"2.15.0rc1"_s << Gpu::Yes
                                                    << u"12.2"_s << u"8.9"_s << Variant::Runtime << u""_s << false;
    QTest::newRow("tf beyond the table: GPU, no CUDA")
        << TF << u"2.99.0-gpu"_s << u"2.99.0"_s << Gpu::Yes << u""_s << u""_s << Variant::Runtime << u""_s << false;
    QTest::newRow("tf custom-op") << TF << u"custom-op-gpu-ubuntu16"_s << u""_s << Gpu::Yes << u""_s << u""_s
                                  << Variant::Runtime << u"ubuntu16"_s << false;

    QTest::newRow("pytorch cuda runtime") << PT << u"2.3.0-cuda12.1-cudnn8-runtime"_s << u"2.3.0"_s << Gpu::Yes
                                          << u"12.1"_s << u"8"_s << Variant::Runtime << u""_s << false;
    QTest::newRow("pytorch devel") << PT << u"2.6.0-cuda12.6-cudnn9-devel"_s << u"2.6.0"_s << Gpu::Yes << u"12.6"_s
                                   << u"9"_s << Variant::Devel << u""_s << false;
    QTest::newRow("pytorch old tag without patch") << PT << u"1.2-cuda10.0-cudnn7-runtime"_s << u"1.2"_s << Gpu::Yes
                                                   << u"10.0"_s << u"7"_s << Variant::Runtime << u""_s << false;
    QTest::newRow("pytorch cuda major only") << PT << u"0.4.1-cuda9-cudnn7-devel"_s << u"0.4.1"_s << Gpu::Yes << u"9"_s
                                             << u"7"_s << Variant::Devel << u""_s << false;
    QTest::newRow("pytorch cpu") << PT << u"2.4.0-runtime"_s << u"2.4.0"_s << Gpu::No << u""_s << u""_s
                                 << Variant::Runtime << u""_s << false;
    QTest::newRow("pytorch latest: unknown")
        << PT << u"latest"_s << u"latest"_s << Gpu::Unknown << u""_s << u""_s << Variant::Unspecified << u""_s << false;
    QTest::newRow("pytorch nightly dated")
        << PT << u"2.3.0.dev20240101-cuda12.1-cudnn8-devel"_s << u"2.3.0.dev20240101"_s << Gpu::Yes << u"12.1"_s
        << u"8"_s << Variant::Devel << u""_s << false;

    QTest::newRow("cuda cudnn runtime ubuntu")
        << CU << u"12.2.0-cudnn8-runtime-ubuntu22.04"_s << u"12.2.0"_s << Gpu::Yes << u"12.2"_s << u"8"_s
        << Variant::Runtime << u"ubuntu22.04"_s << false;
    QTest::newRow("cuda unnumbered cudnn") << CU << u"12.4.1-cudnn-devel-ubuntu22.04"_s << u"12.4.1"_s << Gpu::Yes
                                           << u"12.4"_s << u""_s << Variant::Devel << u"ubuntu22.04"_s << false;
    QTest::newRow("cuda base ubi") << CU << u"11.8.0-base-ubi8"_s << u"11.8.0"_s << Gpu::Yes << u"11.8"_s << u""_s
                                   << Variant::Base << u"ubi8"_s << false;
    QTest::newRow("cuda rockylinux") << CU << u"12.6.3-runtime-rockylinux9"_s << u"12.6.3"_s << Gpu::Yes << u"12.6"_s
                                     << u""_s << Variant::Runtime << u"rockylinux9"_s << false;
    QTest::newRow("cuda old two-part") << CU << u"10.2-cudnn7-devel-centos7"_s << u"10.2"_s << Gpu::Yes << u"10.2"_s
                                       << u"7"_s << Variant::Devel << u"centos7"_s << false;

    QTest::newRow("generic cuda token") << GEN << u"v0.4.2-cuda11.8-runtime"_s << u"0.4.2"_s << Gpu::Yes << u"11.8"_s
                                        << u""_s << Variant::Runtime << u""_s << false;
    QTest::newRow("generic pip style cu121") << GEN << u"1.0-cu121"_s << u"1.0"_s << Gpu::Yes << u"12.1"_s << u""_s
                                             << Variant::Unspecified << u""_s << false;
    QTest::newRow("generic plain") << GEN << u"3.11-slim-bookworm"_s << u"3.11"_s << Gpu::Unknown << u""_s << u""_s
                                   << Variant::Unspecified << u"bookworm"_s << false;
}

void TestTagSemantics::facts()
{
    QFETCH(Grammar, grammar);
    QFETCH(QString, tag);
    QFETCH(QString, version);
    QFETCH(Gpu, gpu);
    QFETCH(QString, cuda);
    QFETCH(QString, cudnn);
    QFETCH(Variant, variant);
    QFETCH(QString, os);
    QFETCH(bool, jupyter);
    const TagFacts f = TagFacts::parse(grammar, tag);
    QCOMPARE(f.version.toString(), version);
    QCOMPARE(f.gpu, gpu);
    QCOMPARE(f.cudaVersion(), cuda);
    QCOMPARE(f.cudnnVersion(), cudnn);
    QCOMPARE(f.variant, variant);
    QCOMPARE(f.os, os);
    QCOMPARE(f.jupyter, jupyter);
    QVERIFY(!f.summary().isEmpty() || grammar == Grammar::Generic);
}

void TestTagSemantics::grammarFor_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<Grammar>("grammar");
    QTest::newRow("tf") << u"tensorflow/tensorflow"_s << Grammar::TensorFlow;
    QTest::newRow("pytorch") << u"pytorch/pytorch"_s << Grammar::PyTorch;
    QTest::newRow("cuda") << u"nvidia/cuda"_s << Grammar::Cuda;
    QTest::newRow("cuda under a mirror path") << u"mirror/nvidia/cuda"_s << Grammar::Cuda;
    QTest::newRow("other") << u"library/ubuntu"_s << Grammar::Generic;
    QTest::newRow("lookalike") << u"someone/pytorch"_s << Grammar::Generic;
}

void TestTagSemantics::grammarFor()
{
    QFETCH(QString, repository);
    QFETCH(Grammar, grammar);
    QCOMPARE(TagFacts::grammarFor(repository), grammar);
}

void TestTagSemantics::minimumDriver_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("driver");
    QTest::newRow("cuda 12.x: 525.60.13") << u"2.3.0-cuda12.1-cudnn8-runtime"_s << u"525.60.13"_s;
    QTest::newRow("cuda 11.x: 450.80.02") << u"1.13.0-cuda11.6-cudnn8-runtime"_s << u"450.80.02"_s;
    QTest::newRow("cuda 13.x: 580") << u"2.9.0-cuda13.0-cudnn9-runtime"_s << u"580.65.06"_s;
    QTest::newRow("cuda 10.0: 410.48") << u"1.2-cuda10.0-cudnn7-runtime"_s << u"410.48"_s;
    QTest::newRow("cuda 10.2: 440.33") << u"1.9.0-cuda10.2-cudnn7-runtime"_s << u"440.33"_s;
    QTest::newRow("cpu: none") << u"2.4.0-runtime"_s << u""_s;
}

void TestTagSemantics::minimumDriver()
{
    QFETCH(QString, tag);
    QFETCH(QString, driver);
    QCOMPARE(TagFacts::parse(Grammar::PyTorch, tag).minimumDriver(), driver);
}

void TestTagSemantics::driverComparison_isNumeric()
{
    QVERIFY(CudaCompatibility::compareDriverVersions(u"535.104.05", u"525.60.13") > 0);
    QVERIFY(CudaCompatibility::compareDriverVersions(u"470.82.01", u"525.60.13") < 0);
    QVERIFY(CudaCompatibility::compareDriverVersions(u"525.60.13", u"525.60.13") == 0);
    QVERIFY(CudaCompatibility::compareDriverVersions(u"580", u"580.65.06") < 0);
    QVERIFY(CudaCompatibility::compareDriverVersions(u"1000.1", u"999.99.99") > 0);
}

void TestTagSemantics::unknownGrammar_neverCrashesOnOddNames_data()
{
    QTest::addColumn<QString>("tag");
    QTest::newRow("empty") << u""_s;
    QTest::newRow("dashes") << u"---"_s;
    QTest::newRow("huge number") << u"99999999999999999999.1-cuda99999999.9"_s;
    QTest::newRow("cudnn garbage") << u"1.0-cudnnX-cudaY"_s;
    QTest::newRow("unicode") << QStringLiteral("1.0-\u00e9t\u00e9");
    QTest::newRow("only v") << u"v"_s;
}

void TestTagSemantics::unknownGrammar_neverCrashesOnOddNames()
{
    QFETCH(QString, tag);
    for (Grammar g : {Grammar::Generic, Grammar::TensorFlow, Grammar::PyTorch, Grammar::Cuda}) {
        const TagFacts f = TagFacts::parse(g, tag);
        (void)f.summary();
        (void)f.minimumDriver();
    }
}

QTEST_GUILESS_MAIN(TestTagSemantics)
#include "test_tagsemantics.moc"
