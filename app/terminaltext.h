// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace berth::app {

// What headless commands print comes partly from peers (registry and engine messages, tag names, container
// names). A terminal acts on control characters: ESC sequences can clear the screen, retitle the window or fake
// output, CR can overwrite a line. Every such character is printed as a visible escape instead (\x1b, \r, \u202e).
class TerminalText final
{
public:
    TerminalText() = delete;

    // Escapes C0 and C1 controls and DEL, and the bidirectional overrides; keepNewlines leaves '\n' as a line break
    // for text Berth itself wrapped.
    static QString escape(const QString &text, bool keepNewlines = false);
};

} // namespace berth::app
