// SPDX-License-Identifier: Apache-2.0
#include "common/koreanparticles.h"

#include <QTest>

using berth::ui::KoreanParticles;

class TestKoreanParticles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void resolve_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("read");
        QTest::newRow("hangul with final consonant")
            << QStringLiteral("볼륨이(가) 없습니다") << QStringLiteral("볼륨이 없습니다");
        QTest::newRow("hangul open syllable")
            << QStringLiteral("컨테이너이(가) 없습니다") << QStringLiteral("컨테이너가 없습니다");
        QTest::newRow("object after vowel")
            << QStringLiteral("pytorch을(를) 받았습니다") << QStringLiteral("pytorch를 받았습니다");
        QTest::newRow("topic after n") << QStringLiteral("train을(를) 삭제") << QStringLiteral("train을 삭제");
        QTest::newRow("quoted name") << QStringLiteral("“pip_cache”은(는) 사용 중")
                                     << QStringLiteral("“pip_cache”는 사용 중");
        QTest::newRow("quoted name ending in m")
            << QStringLiteral("“lab-team”은(는) 사용 중") << QStringLiteral("“lab-team”은 사용 중");
        QTest::newRow("exit code 137 reads chil")
            << QStringLiteral("코드 137(으)로 종료") << QStringLiteral("코드 137로 종료");
        QTest::newRow("exit code 3 reads sam")
            << QStringLiteral("코드 3(으)로 종료") << QStringLiteral("코드 3으로 종료");
        QTest::newRow("exit code 2 reads i") << QStringLiteral("코드 2(으)로 종료") << QStringLiteral("코드 2로 종료");
        QTest::newRow("rieul takes ro") << QStringLiteral("파일(으)로 보관") << QStringLiteral("파일로 보관");
        QTest::newRow("consonant takes euro") << QStringLiteral("이름(으)로 저장") << QStringLiteral("이름으로 저장");
        QTest::newRow("two in one text") << QStringLiteral("%1 볼륨은(는) 밥이(가) 씀")
                                         << QStringLiteral("%1 볼륨은 밥이 씀");
        QTest::newRow("and") << QStringLiteral("GPU 0과(와) 1") << QStringLiteral("GPU 0과 1");
        QTest::newRow("english untouched")
            << QStringLiteral("Exited (0) 3 seconds ago") << QStringLiteral("Exited (0) 3 seconds ago");
        QTest::newRow("plain brackets untouched") << QStringLiteral("이름(선택)") << QStringLiteral("이름(선택)");
    }
    void resolve()
    {
        QFETCH(QString, written);
        QFETCH(QString, read);
        QCOMPARE(KoreanParticles::resolve(written), read);
    }
};

QTEST_GUILESS_MAIN(TestKoreanParticles)
#include "test_koreanparticles.moc"
