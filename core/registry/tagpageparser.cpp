#include "tagpageparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace berth::core {

namespace {
bool digits(QStringView s, qsizetype at, int n, int &out)
{
    if (at + n > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = s[at + i].unicode();
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

// Howard Hinnant's days_from_civil.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

qint64 toInt64(const QJsonValue &v)
{
    return v.isDouble() ? qint64(v.toDouble()) : -1;
}

TagInfo hubTag(const QJsonObject &o, TagFacts::Grammar grammar)
{
    TagInfo t;
    t.name = o.value(QLatin1String("name")).toString();
    t.digest = o.value(QLatin1String("digest")).toString().toLatin1();
    t.fullSize = toInt64(o.value(QLatin1String("full_size")));
    QJsonValue pushed = o.value(QLatin1String("tag_last_pushed"));
    if (!pushed.isString())
        pushed = o.value(QLatin1String("last_updated"));
    t.lastPushedMs = TagPageParser::parseIsoTimestampMs(pushed.toString());
    const QJsonArray images = o.value(QLatin1String("images")).toArray();
    t.images.reserve(images.size());
    for (const QJsonValue &iv : images) {
        const QJsonObject io = iv.toObject();
        TagImage image;
        image.architecture = TagImage::intern(io.value(QLatin1String("architecture")).toString());
        image.variant = TagImage::intern(io.value(QLatin1String("variant")).toString());
        image.os = TagImage::intern(io.value(QLatin1String("os")).toString());
        image.digest = io.value(QLatin1String("digest")).toString().toLatin1();
        image.size = toInt64(io.value(QLatin1String("size")));
        t.images.append(std::move(image));
    }
    t.facts = TagFacts::parse(grammar, t.name);
    return t;
}
} // namespace

qint64 TagPageParser::parseIsoTimestampMs(QStringView s)
{
    int y, mo, d, h, mi, sec;
    if (!digits(s, 0, 4, y) || s.size() < 19 || s[4] != QLatin1Char('-') || !digits(s, 5, 2, mo) ||
        s[7] != QLatin1Char('-') || !digits(s, 8, 2, d) || (s[10] != QLatin1Char('T') && s[10] != QLatin1Char(' ')) ||
        !digits(s, 11, 2, h) || s[13] != QLatin1Char(':') || !digits(s, 14, 2, mi) || s[16] != QLatin1Char(':') ||
        !digits(s, 17, 2, sec))
        return 0;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return 0;
    qsizetype i = 19;
    int ms = 0;
    if (i < s.size() && s[i] == QLatin1Char('.')) {
        ++i;
        int scale = 100;
        while (i < s.size() && s[i].isDigit()) {
            ms += (s[i].unicode() - '0') * scale;
            scale /= 10;
            ++i;
        }
    }
    qint64 offsetSecs = 0;
    if (i < s.size() && (s[i] == QLatin1Char('+') || s[i] == QLatin1Char('-'))) {
        int oh = 0, om = 0;
        const int sign = s[i] == QLatin1Char('-') ? -1 : 1;
        if (digits(s, i + 1, 2, oh)) {
            qsizetype j = i + 3;
            if (j < s.size() && s[j] == QLatin1Char(':'))
                ++j;
            digits(s, j, 2, om);
        }
        offsetSecs = sign * (oh * 3600 + om * 60);
    }
    const qint64 secs = daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offsetSecs;
    return secs * 1000 + ms;
}

TagPage TagPageParser::parseHub(const QByteArray &body, TagFacts::Grammar grammar)
{
    TagPage page;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        page.error = QStringLiteral("invalid JSON at offset %1: %2").arg(err.offset).arg(err.errorString());
        return page;
    }
    if (!doc.isObject()) {
        page.error = QStringLiteral("expected a JSON object");
        return page;
    }
    const QJsonObject root = doc.object();
    const QJsonValue results = root.value(QLatin1String("results"));
    if (!results.isArray()) {
        page.error = QStringLiteral("no \"results\" array");
        return page;
    }
    const QJsonValue count = root.value(QLatin1String("count"));
    page.count = count.isDouble() ? int(count.toDouble()) : -1;
    page.next = root.value(QLatin1String("next")).toString();
    const QJsonArray array = results.toArray();
    page.tags.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject() || !v.toObject().value(QLatin1String("name")).isString()) {
            page.error = QStringLiteral("a result without a tag name");
            page.tags.clear();
            return page;
        }
        page.tags.append(hubTag(v.toObject(), grammar));
    }
    return page;
}

TagPage TagPageParser::parseRegistry(const QByteArray &body, TagFacts::Grammar grammar)
{
    TagPage page;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError) {
        page.error = QStringLiteral("invalid JSON at offset %1: %2").arg(err.offset).arg(err.errorString());
        return page;
    }
    if (!doc.isObject()) {
        page.error = QStringLiteral("expected a JSON object");
        return page;
    }
    const QJsonValue tags = doc.object().value(QLatin1String("tags"));
    if (tags.isNull())
        return page;
    if (!tags.isArray()) {
        page.error = QStringLiteral("no \"tags\" array");
        return page;
    }
    const QJsonArray array = tags.toArray();
    page.tags.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isString()) {
            page.error = QStringLiteral("a tag that is not a string");
            page.tags.clear();
            return page;
        }
        TagInfo t;
        t.name = v.toString();
        t.facts = TagFacts::parse(grammar, t.name);
        page.tags.append(std::move(t));
    }
    return page;
}

} // namespace berth::core
