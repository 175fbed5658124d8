// SPDX-License-Identifier: Apache-2.0
#include "engine/berthlabels.h"
#include "gpu/ownerpolicy.h"

#include <QTest>

using berth::core::OwnerPolicy;
using Labels = berth::core::BerthLabels;

using LabelMap = QMap<QString, QString>;

namespace {
LabelMap ownedBy(const QString &owner)
{
    return {{QLatin1String(Labels::Owner), owner}, {QLatin1String(Labels::Profile), QStringLiteral("pytorch")}};
}
} // namespace

class TestOwnerPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labelKeys_areTheAgreedStrings();
    void legacyLabels_stillName_theOwner();
    void currentUserName_isNotEmpty();
    void confirmation_data();
    void confirmation();
    void confirmationText_namesTheOwner_data();
    void confirmationText_namesTheOwner();
    void unlabelled_noConfirmationWhenTurnedOff();
    void scope_mineKeepsOnlyOwn();
    void scopeFilter_isTheEngineLabelFilter();
    void launchLabels_carryUserAndProfile();
};

void TestOwnerPolicy::labelKeys_areTheAgreedStrings()
{
    QCOMPARE(QLatin1String(Labels::Owner), QLatin1String("io.github.berth.owner"));
    QCOMPARE(QLatin1String(Labels::Profile), QLatin1String("io.github.berth.profile"));
    QCOMPARE(QLatin1String(Labels::LegacyOwner), QLatin1String("berth.owner"));
    QCOMPARE(QLatin1String(Labels::LegacyProfile), QLatin1String("berth.profile"));
}

void TestOwnerPolicy::legacyLabels_stillName_theOwner()
{
    const LabelMap old{{QStringLiteral("berth.owner"), QStringLiteral("carol")},
                       {QStringLiteral("berth.profile"), QStringLiteral("bert")}};
    QCOMPARE(OwnerPolicy::ownerOf(old), QStringLiteral("carol"));
    QCOMPARE(OwnerPolicy::profileOf(old), QStringLiteral("bert"));
    QVERIFY(OwnerPolicy(QStringLiteral("carol")).isMine(old));
    QVERIFY(!OwnerPolicy(QStringLiteral("carol")).needsConfirmation(old));
    // Both present: the current key wins.
    LabelMap both = old;
    both.insert(QLatin1String(Labels::Owner), QStringLiteral("dave"));
    QCOMPARE(OwnerPolicy::ownerOf(both), QStringLiteral("dave"));
    const QJsonObject json{{QStringLiteral("berth.owner"), QStringLiteral(" erin ")}};
    QCOMPARE(Labels::owner(json), QStringLiteral("erin"));
    QCOMPARE(Labels::owner(QJsonObject{}), QString());
}

void TestOwnerPolicy::currentUserName_isNotEmpty()
{
    QVERIFY(!OwnerPolicy::currentUserName().isEmpty());
    QCOMPARE(OwnerPolicy().userName(), OwnerPolicy::currentUserName());
}

void TestOwnerPolicy::confirmation_data()
{
    QTest::addColumn<LabelMap>("labels");
    QTest::addColumn<bool>("mine");
    QTest::addColumn<bool>("asks");
    QTest::newRow("ownContainer_noQuestion") << ownedBy(QStringLiteral("carol")) << true << false;
    QTest::newRow("someoneElses_asks") << ownedBy(QStringLiteral("alice")) << false << true;
    QTest::newRow("ownerWithSpaces_trimmed") << ownedBy(QStringLiteral(" carol ")) << true << false;
    QTest::newRow("caseMatters") << ownedBy(QStringLiteral("Carol")) << false << true;
    QTest::newRow("unlabelled_asks") << LabelMap{} << false << true;
    QTest::newRow("emptyOwner_asks") << ownedBy(QString()) << false << true;
}

void TestOwnerPolicy::confirmation()
{
    QFETCH(LabelMap, labels);
    const OwnerPolicy policy(QStringLiteral("carol"));
    QTEST(policy.isMine(labels), "mine");
    QTEST(policy.needsConfirmation(labels), "asks");
    QTEST(!policy.confirmationText(OwnerPolicy::Action::Stop, QStringLiteral("job"), labels).isEmpty(), "asks");
}

void TestOwnerPolicy::confirmationText_namesTheOwner_data()
{
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("verb");
    QTest::newRow("stop") << int(OwnerPolicy::Action::Stop) << "Stop";
    QTest::newRow("kill") << int(OwnerPolicy::Action::Kill) << "Kill";
    QTest::newRow("remove") << int(OwnerPolicy::Action::Remove) << "Remove";
}

void TestOwnerPolicy::confirmationText_namesTheOwner()
{
    QFETCH(int, action);
    QFETCH(QString, verb);
    const OwnerPolicy policy(QStringLiteral("carol"));
    const QString text = policy.confirmationText(OwnerPolicy::Action(action), QStringLiteral("train-bert"),
                                                 ownedBy(QStringLiteral("alice")));
    QVERIFY2(text.contains(QLatin1String("alice")) && text.contains(QLatin1String("train-bert")) && text.contains(verb),
             qPrintable(text));
    const QString unknown = policy.confirmationText(OwnerPolicy::Action(action), QStringLiteral("x"), {});
    QVERIFY2(unknown.contains(QLatin1String("owner is unknown")), qPrintable(unknown));
}

void TestOwnerPolicy::unlabelled_noConfirmationWhenTurnedOff()
{
    OwnerPolicy policy(QStringLiteral("carol"));
    policy.setConfirmUnlabelled(false);
    QVERIFY(!policy.needsConfirmation({}));
    QVERIFY(policy.needsConfirmation(ownedBy(QStringLiteral("alice"))));
}

void TestOwnerPolicy::scope_mineKeepsOnlyOwn()
{
    const OwnerPolicy policy(QStringLiteral("carol"));
    QVERIFY(policy.inScope(ownedBy(QStringLiteral("carol")), QStringLiteral("mine")));
    QVERIFY(!policy.inScope(ownedBy(QStringLiteral("alice")), QStringLiteral("mine")));
    QVERIFY(!policy.inScope({}, QStringLiteral("mine")));
    QVERIFY(policy.inScope(ownedBy(QStringLiteral("alice")), QStringLiteral("everyone")));
    QVERIFY(policy.inScope({}, QStringLiteral("everyone")));
}

void TestOwnerPolicy::scopeFilter_isTheEngineLabelFilter()
{
    const OwnerPolicy policy(QStringLiteral("carol"));
    QCOMPARE(policy.scopeFilter(QStringLiteral("mine")).value(QStringLiteral("label")),
             QStringList{QStringLiteral("io.github.berth.owner=carol")});
    QVERIFY(policy.scopeFilter(QStringLiteral("everyone")).isEmpty());
}

void TestOwnerPolicy::launchLabels_carryUserAndProfile()
{
    const OwnerPolicy policy(QStringLiteral("carol"));
    const LabelMap withProfile{{QStringLiteral("io.github.berth.owner"), QStringLiteral("carol")},
                               {QStringLiteral("io.github.berth.profile"), QStringLiteral("tf")}};
    QCOMPARE(policy.launchLabels(QStringLiteral("tf")), withProfile);
    const LabelMap adHoc{{QStringLiteral("io.github.berth.owner"), QStringLiteral("carol")}};
    QCOMPARE(policy.launchLabels(), adHoc);
}

QTEST_GUILESS_MAIN(TestOwnerPolicy)
#include "test_ownerpolicy.moc"
