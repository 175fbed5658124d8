// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launchproblem.h"

#include <QHash>
#include <QList>
#include <QString>

namespace berth::core {

// Splits pasted shell text into words the way bash would for one simple command, and quotes words back.
// Expansions are resolved against explicit inputs (never the process environment) so results are reproducible:
// $(pwd), `pwd`, $PWD and ${PWD} give the project folder, ~ the home folder, $(id -u)/$(id -g) the given ids,
// $VAR and ${VAR:-default} the given environment. Unquoted expansions are not word-split: a path with spaces
// stays one word, which is what the user meant even where bash would split it.
class ShellWords final
{
public:
    ShellWords() = delete;

    struct Options
    {
        QString cwd;
        QString home;
        QHash<QString, QString> env;
        QString uid; // $(id -u), $UID
        QString gid; // $(id -g)
        // Literal mode: any expansion, glob, comment or operator makes the text "not literal" instead of being
        // expanded. Used to read back a command that Berth itself wrapped in `bash -c '…'`.
        bool literalOnly = false;
    };

    struct Word
    {
        QString text;
        int offset = 0;              // where the word starts in the input
        bool quoted = false;         // some part was quoted or escaped
        bool idSubstitution = false; // the word came from $(id -u)/$(id -g)/$UID
        bool placeholder = false;    // [IMAGE], <your-image>, [ARG...]
        bool isOperator = false;     // |, ||, &&, ;, &, <, >, (, ), or "\n" between commands
    };

    struct Result
    {
        QList<Word> words;
        QList<LaunchProblem> problems;
        bool literal = true; // literalOnly: false when something would need the shell
    };

    static Result split(const QString &text, const Options &options);

    // One word as a POSIX shell reads it back: bare when safe, else single-quoted ('\'' for quotes).
    static QString quote(const QString &word);
    static QString join(const QStringList &words);
};

} // namespace berth::core
