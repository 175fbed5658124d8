// SPDX-License-Identifier: Apache-2.0
#include "engine/berthlabels.h"
#include "gpu/ownerpolicy.h"
#include "launch/launchconverter.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace berth::core;

// The owner label is Berth's: taken from the account database (as the GUI does), never from $USER and never from
// what a pasted line says.
class TestOwnerLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void berthConvert_ownerComesFromTheAccountDatabase_notUSER();
    void typedOwnerLabel_neverPassesAsBerths();
    void typedOwnerLabel_withoutBerthLabels_isDroppedToo();

private:
    static QJsonObject labels(const QStringList &args);
    static QString accountName();
};

QString TestOwnerLabels::accountName()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

QJsonObject TestOwnerLabels::labels(const QStringList &args)
{
    const LaunchConverter::Output out =
        LaunchConverter::run(args, DockerRunParser::systemOptions(QDir::currentPath()), QDir::currentPath());
    if (out.exitCode != 0)
        qWarning("berth convert failed: %s", out.err.constData());
    return QJsonDocument::fromJson(out.out)
        .object()
        .value(QLatin1String("body"))
        .toObject()
        .value(QLatin1String("Labels"))
        .toObject();
}

void TestOwnerLabels::berthConvert_ownerComesFromTheAccountDatabase_notUSER()
{
    const QByteArray user = qgetenv("USER");
    qputenv("USER", "mallory");
    qputenv("LOGNAME", "mallory");
    const QJsonObject l = labels({QStringLiteral("--"), QStringLiteral("docker run img")});
    qputenv("USER", user);
    QVERIFY(!accountName().isEmpty());
    QCOMPARE(l.value(QLatin1String(BerthLabels::Owner)).toString(), accountName());
    QCOMPARE(OwnerPolicy::currentUserName(), accountName());
}

void TestOwnerLabels::typedOwnerLabel_neverPassesAsBerths()
{
    // The current keys and Berth 0.1's, which are still read as the owner.
    const QJsonObject l = labels(
        {QStringLiteral("--"), QStringLiteral("docker run -l io.github.berth.owner=bob -l io.github.berth.profile=x "
                                              "-l berth.owner=bob -l berth.profile=x -l team=a img")});
    QCOMPARE(l.value(QLatin1String(BerthLabels::Owner)).toString(), accountName());
    QVERIFY(!l.contains(QLatin1String(BerthLabels::Profile)));
    QVERIFY(!l.contains(QLatin1String(BerthLabels::LegacyOwner)));
    QVERIFY(!l.contains(QLatin1String(BerthLabels::LegacyProfile)));
    QCOMPARE(l.value(QLatin1String("team")).toString(), QStringLiteral("a"));
}

void TestOwnerLabels::typedOwnerLabel_withoutBerthLabels_isDroppedToo()
{
    const QJsonObject l = labels({QStringLiteral("--no-labels"), QStringLiteral("--"),
                                  QStringLiteral("docker run -l io.github.berth.owner=bob -l berth.owner=bob img")});
    QVERIFY(!l.contains(QLatin1String(BerthLabels::Owner)));
    QVERIFY(!l.contains(QLatin1String(BerthLabels::LegacyOwner)));
}

QTEST_GUILESS_MAIN(TestOwnerLabels)

#include "test_ownerlabels.moc"
