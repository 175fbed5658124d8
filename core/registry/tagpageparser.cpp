// SPDX-License-Identifier: Apache-2.0
#include "tagpageparser.h"

#include "engine/imagereference.h"
#include "jsonpullreader.h"

#include <limits>

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

QString syntaxError(const JsonPullReader &r)
{
    return QStringLiteral("invalid JSON at offset %1: %2").arg(r.errorOffset()).arg(r.error());
}

// A string member, or empty for null (Hub sends null for absent variants); false on any other type.
bool readOptionalString(JsonPullReader &r, QString *out)
{
    if (r.peek() == JsonPullReader::Type::Null) {
        out->clear();
        return r.readNull();
    }
    if (r.peek() == JsonPullReader::Type::String)
        return r.readString(out);
    out->clear();
    return r.skipValue();
}

qint64 readOptionalInt(JsonPullReader &r)
{
    if (r.peek() == JsonPullReader::Type::Number) {
        double v = 0;
        // A size or count outside 0..2^63 (or NaN) is not one: converting it would be undefined behaviour.
        if (!r.readNumber(&v) || !(v >= 0 && v < 9.0e18))
            return -1;
        return qint64(v);
    }
    r.skipValue();
    return -1;
}

TagImage hubImage(JsonPullReader &r)
{
    TagImage image;
    if (r.peek() != JsonPullReader::Type::Object) {
        r.skipValue();
        return image;
    }
    r.enterObject();
    QString key;
    QString text;
    while (r.nextKey(&key)) {
        if (key == QLatin1String("architecture")) {
            readOptionalString(r, &text);
            image.architecture = TagImage::intern(text);
        } else if (key == QLatin1String("variant")) {
            readOptionalString(r, &text);
            image.variant = TagImage::intern(text);
        } else if (key == QLatin1String("os")) {
            readOptionalString(r, &text);
            image.os = TagImage::intern(text);
        } else if (key == QLatin1String("digest")) {
            readOptionalString(r, &text);
            image.digest = text.toLatin1();
        } else if (key == QLatin1String("size")) {
            image.size = readOptionalInt(r);
        } else {
            r.skipValue();
        }
    }
    return image;
}

// One element of "results". False (with *problem) when it is not an object with a string name.
bool hubTag(JsonPullReader &r, TagInfo *t, QString *problem)
{
    if (r.peek() != JsonPullReader::Type::Object) {
        *problem = QStringLiteral("a result without a tag name");
        return false;
    }
    r.enterObject();
    bool named = false;
    QString pushed, updated, key, text;
    while (r.nextKey(&key)) {
        if (key == QLatin1String("name")) {
            named = r.peek() == JsonPullReader::Type::String;
            if (named)
                r.readString(&t->name);
            else
                r.skipValue();
        } else if (key == QLatin1String("digest")) {
            readOptionalString(r, &text);
            t->digest = text.toLatin1();
        } else if (key == QLatin1String("full_size")) {
            t->fullSize = readOptionalInt(r);
        } else if (key == QLatin1String("tag_last_pushed")) {
            readOptionalString(r, &pushed);
        } else if (key == QLatin1String("last_updated")) {
            readOptionalString(r, &updated);
        } else if (key == QLatin1String("images") && r.peek() == JsonPullReader::Type::Array) {
            r.enterArray();
            while (r.nextElement())
                t->images.append(hubImage(r));
        } else {
            r.skipValue();
        }
    }
    if (r.failed())
        return false;
    if (!named) {
        *problem = QStringLiteral("a result without a tag name");
        return false;
    }
    t->lastPushedMs = TagPageParser::parseIsoTimestampMs(pushed.isEmpty() ? updated : pushed);
    return true;
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
    JsonPullReader r(body);
    auto fail = [&page, &r](const QString &shapeError) {
        page.error = r.failed() ? syntaxError(r) : shapeError;
        page.tags.clear();
        return page;
    };
    if (r.peek() != JsonPullReader::Type::Object)
        return fail(QStringLiteral("expected a JSON object"));
    r.enterObject();
    bool haveResults = false;
    QString key;
    while (r.nextKey(&key)) {
        if (key == QLatin1String("count")) {
            const qint64 count = readOptionalInt(r);
            page.count = count >= 0 && count <= std::numeric_limits<int>::max() ? int(count) : -1;
        } else if (key == QLatin1String("next")) {
            readOptionalString(r, &page.next);
        } else if (key == QLatin1String("results")) {
            if (r.peek() != JsonPullReader::Type::Array)
                return fail(QStringLiteral("no \"results\" array"));
            haveResults = true;
            page.tags.clear();
            page.dropped = 0;
            r.enterArray();
            while (r.nextElement()) {
                TagInfo t;
                QString problem;
                if (!hubTag(r, &t, &problem))
                    return fail(problem);
                if (!ImageReference::isValidTag(t.name)) {
                    ++page.dropped;
                    continue;
                }
                t.facts = TagFacts::parse(grammar, t.name);
                page.tags.append(std::move(t));
            }
        } else {
            r.skipValue();
        }
    }
    if (r.failed() || !r.atEnd())
        return fail(QStringLiteral("invalid JSON: more data after the value"));
    if (!haveResults)
        return fail(QStringLiteral("no \"results\" array"));
    return page;
}

TagPage TagPageParser::parseRegistry(const QByteArray &body, TagFacts::Grammar grammar)
{
    TagPage page;
    JsonPullReader r(body);
    auto fail = [&page, &r](const QString &shapeError) {
        page.error = r.failed() ? syntaxError(r) : shapeError;
        page.tags.clear();
        return page;
    };
    if (r.peek() != JsonPullReader::Type::Object)
        return fail(QStringLiteral("expected a JSON object"));
    r.enterObject();
    bool haveTags = false;
    QString key;
    while (r.nextKey(&key)) {
        if (key != QLatin1String("tags")) {
            r.skipValue();
            continue;
        }
        haveTags = true;
        page.tags.clear();
        page.dropped = 0;
        if (r.peek() == JsonPullReader::Type::Null) {
            r.readNull(); // an empty repository
            continue;
        }
        if (r.peek() != JsonPullReader::Type::Array)
            return fail(QStringLiteral("no \"tags\" array"));
        r.enterArray();
        while (r.nextElement()) {
            if (r.peek() != JsonPullReader::Type::String)
                return fail(QStringLiteral("a tag that is not a string"));
            TagInfo t;
            r.readString(&t.name);
            if (!ImageReference::isValidTag(t.name)) {
                ++page.dropped;
                continue;
            }
            t.facts = TagFacts::parse(grammar, t.name);
            page.tags.append(std::move(t));
        }
    }
    if (r.failed() || !r.atEnd())
        return fail(QStringLiteral("invalid JSON: more data after the value"));
    if (!haveTags)
        return fail(QStringLiteral("no \"tags\" array"));
    return page;
}

} // namespace berth::core
