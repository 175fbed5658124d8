// SPDX-License-Identifier: Apache-2.0
#include "common/appidentity.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QWidget>

using berth::ui::AppIdentity;

class TestAppIdentity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_setsDesktopFileNameAndWindowIcon();
    void desktopFile_namesTheSameIdAndIcon();
};

void TestAppIdentity::apply_setsDesktopFileNameAndWindowIcon()
{
    QVERIFY(QApplication::windowIcon().availableSizes().isEmpty());
    AppIdentity::apply();
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("io.github.berth.Berth"));
    const QIcon icon = QApplication::windowIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int side : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        QVERIFY2(sizes.contains(QSize(side, side)), qPrintable(QString::number(side)));
    // A rendering, not a blank square: the middle of the 48 px icon is opaque and not white.
    const QImage image = icon.pixmap(48).toImage();
    QCOMPARE(image.size(), QSize(48, 48));
    QVERIFY(qAlpha(image.pixel(24, 24)) == 255 && image.pixel(24, 24) != qRgb(255, 255, 255));
    QVERIFY(qAlpha(image.pixel(0, 0)) < 255); // rounded corners
    QWidget window;
    QCOMPARE(window.windowIcon().cacheKey(), icon.cacheKey());
}

void TestAppIdentity::desktopFile_namesTheSameIdAndIcon()
{
    const QString id = AppIdentity::desktopFileName();
    const QString path = qEnvironmentVariable("BERTH_SOURCE_DIR") + QStringLiteral("/resources/desktop/") + id +
                         QStringLiteral(".desktop");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QSettings desktop(path, QSettings::IniFormat);
    desktop.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(desktop.value(QStringLiteral("Icon")).toString(), id);
    QCOMPARE(desktop.value(QStringLiteral("Exec")).toString(), QStringLiteral("berth"));
}

QTEST_MAIN(TestAppIdentity)
#include "test_appidentity.moc"
