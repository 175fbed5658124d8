// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::ui {

// Korean particles depend on the sound before them: 이/가, 을/를, 은/는, 과/와, 으로/로. A translation written
// before the noun is known carries both ("%1이(가)"); once the text is complete this picks the one that fits the
// word actually there, as a reader expects. Hangul is read from its final consonant, digits as they are read aloud,
// Latin words by a rule of thumb (a final l, m, n or ng, or ck, is sounded as a consonant). Text in other languages,
// or without such pairs, comes back unchanged.
class KoreanParticles final
{
public:
    static QString resolve(const QString &text);

    // The sound a word ends in: whether it ends in a consonant, and whether that consonant is ㄹ (which takes 로,
    // not 으로). Unknown (punctuation only) reads as a vowel.
    struct Ending
    {
        bool consonant = false;
        bool rieul = false;
    };
    static Ending endingOf(QStringView word);
};

} // namespace berth::ui
