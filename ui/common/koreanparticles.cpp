// SPDX-License-Identifier: Apache-2.0
#include "koreanparticles.h"

#include <array>

namespace berth::ui {

namespace {
struct Pair
{
    const char16_t *written; // as translations write it
    const char16_t *afterConsonant;
    const char16_t *afterVowel;
    const char16_t *afterRieul; // ㄹ: only (으)로 differs
};

constexpr std::array<Pair, 6> Pairs{{
    {u"이(가)", u"이", u"가", u"이"},
    {u"을(를)", u"을", u"를", u"을"},
    {u"은(는)", u"은", u"는", u"은"},
    {u"과(와)", u"과", u"와", u"과"},
    {u"와(과)", u"과", u"와", u"과"},
    {u"(으)로", u"으로", u"로", u"로"},
}};

bool isHangulSyllable(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

// Characters that close a word without being sounded: quotes, brackets, and the like.
bool isSilent(QChar c)
{
    return c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char(')') ||
           c == QLatin1Char(']') || c == QLatin1Char('}') || c == QLatin1Char('>') || c == QLatin1Char('`') ||
           c == QChar(0x201D) || c == QChar(0x2019) || c == QChar(0x300D) || c == QChar(0x300F);
}
} // namespace

KoreanParticles::Ending KoreanParticles::endingOf(QStringView word)
{
    qsizetype i = word.size() - 1;
    while (i >= 0 && isSilent(word.at(i)))
        --i;
    if (i < 0)
        return {};
    const QChar c = word.at(i);
    if (isHangulSyllable(c)) {
        const int final = (c.unicode() - 0xAC00) % 28;
        return {final != 0, final == 8}; // 8 is ㄹ
    }
    if (c.isDigit()) {
        // 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구
        switch (c.digitValue()) {
        case 0:
        case 3:
        case 6:
            return {true, false};
        case 1:
        case 7:
        case 8:
            return {true, true};
        default:
            return {false, false};
        }
    }
    if (c.isLetter() && c.unicode() < 0x80) {
        const QChar lower = c.toLower();
        const QChar before = i > 0 ? word.at(i - 1).toLower() : QChar();
        if (lower == QLatin1Char('l'))
            return {true, true};
        if (lower == QLatin1Char('m') || lower == QLatin1Char('n'))
            return {true, false};
        if (lower == QLatin1Char('g') && before == QLatin1Char('n'))
            return {true, false};
        if (lower == QLatin1Char('k') && before == QLatin1Char('c'))
            return {true, false};
        return {false, false};
    }
    return {};
}

QString KoreanParticles::resolve(const QString &text)
{
    if (!text.contains(QLatin1Char('(')))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        bool replaced = false;
        for (const Pair &pair : Pairs) {
            const QStringView written(pair.written);
            if (QStringView(text).mid(i).startsWith(written)) {
                // The word before: back to the last space (a particle follows its word directly).
                const Ending ending = endingOf(out);
                const char16_t *pick = ending.rieul       ? pair.afterRieul
                                       : ending.consonant ? pair.afterConsonant
                                                          : pair.afterVowel;
                out += QStringView(pick);
                i += written.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out += text.at(i++);
    }
    return out;
}

} // namespace berth::ui
