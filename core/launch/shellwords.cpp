// SPDX-License-Identifier: Apache-2.0
#include "shellwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace berth::core {

namespace {

// The context is declared rather than passed to QCoreApplication::translate() in a helper: lupdate reads it
// from Q_DECLARE_TR_FUNCTIONS, but files a helper's texts under whatever class encloses each call.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(berth::core::ShellWords)
};

bool isOperatorChar(QChar c)
{
    return c == QLatin1Char('|') || c == QLatin1Char('&') || c == QLatin1Char(';') || c == QLatin1Char('<') ||
           c == QLatin1Char('>') || c == QLatin1Char('(') || c == QLatin1Char(')');
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

bool isWordEnd(QChar c)
{
    return isBlank(c) || c == QLatin1Char('\n') || isOperatorChar(c);
}

bool isNameStart(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

class Splitter
{
public:
    Splitter(const QString &text, const ShellWords::Options &options) : s(text), o(options), n(text.size()) {}

    ShellWords::Result run()
    {
        while (i < n) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('\r')) {
                ++i;
            } else if (isBlank(c)) {
                endWord();
                ++i;
            } else if (c == QLatin1Char('\n')) {
                endWord();
                newline();
                ++i;
            } else if (c == QLatin1Char('\\')) {
                backslash();
            } else if (c == QLatin1Char('\'')) {
                startWord();
                singleQuoted();
            } else if (c == QLatin1Char('"')) {
                startWord();
                doubleQuoted();
            } else if (c == QLatin1Char('$')) {
                startWord();
                dollar(false);
            } else if (c == QLatin1Char('`')) {
                startWord();
                backtick();
            } else if (c == QLatin1Char('#') && !inWord) {
                nonLiteral();
                while (i < n && s.at(i) != QLatin1Char('\n'))
                    ++i;
            } else if (c == QLatin1Char('~') && !inWord &&
                       (i + 1 >= n || s.at(i + 1) == QLatin1Char('/') || isWordEnd(s.at(i + 1)))) {
                startWord();
                unquotedOnly = false;
                if (o.literalOnly) {
                    nonLiteral();
                    cur += c;
                } else {
                    cur += o.home;
                }
                ++i;
            } else if (c == QLatin1Char('<') && angledPlaceholder()) {
                // handled: <your-image> is text to fill in, not a redirection
            } else if (isOperatorChar(c)) {
                shellOperator();
            } else {
                if (o.literalOnly &&
                    (c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('[') || c == QLatin1Char('{')))
                    nonLiteral();
                startWord();
                cur += c;
                ++i;
            }
        }
        endWord();
        while (!r.words.isEmpty() && r.words.constLast().isOperator && r.words.constLast().text == QLatin1String("\n"))
            r.words.removeLast();
        return r;
    }

private:
    void problem(LaunchProblem::Severity severity, LaunchProblem::Code code, const QString &subject,
                 const QString &message, int at)
    {
        LaunchProblem p;
        p.severity = severity;
        p.code = code;
        p.subject = subject;
        p.message = message;
        p.offset = at;
        r.problems << p;
    }

    void nonLiteral() { r.literal = false; }

    void startWord()
    {
        if (inWord)
            return;
        inWord = true;
        wordStart = int(i);
        quoted = false;
        idSub = false;
        placeholder = false;
        unquotedOnly = true;
    }

    void endWord()
    {
        if (!inWord)
            return;
        ShellWords::Word w;
        w.text = cur;
        w.offset = wordStart;
        w.quoted = quoted;
        w.idSubstitution = idSub;
        static const QRegularExpression bracketed(QStringLiteral("\\[[A-Za-z_][A-Za-z0-9_.:/ -]*\\]"));
        static const QRegularExpression opensSpan(QStringLiteral("^\\[[A-Za-z_]"));
        const bool plain = unquotedOnly && !o.literalOnly && !placeholder;
        // [python pytorch-tutorial.py]: a bracketed span over several words is one placeholder.
        if (plain && spanFirst < 0 && opensSpan.match(cur).hasMatch() && !cur.contains(QLatin1Char(']'))) {
            spanFirst = r.words.size();
            spanText = cur;
        } else if (spanFirst >= 0) {
            spanText += QLatin1Char(' ') + cur;
            if (!plain || cur.contains(QLatin1Char('['))) {
                spanFirst = -1; // quoting or a second bracket: not a span after all
            } else if (cur.endsWith(QLatin1Char(']'))) {
                w.placeholder = true;
                for (qsizetype k = spanFirst; k < r.words.size(); ++k)
                    r.words[k].placeholder = true;
                problem(LaunchProblem::Severity::Error, LaunchProblem::Code::Placeholder, spanText,
                        Tr::tr("\"%1\" is a placeholder: replace it with a real value").arg(spanText),
                        r.words.at(spanFirst).offset);
                spanFirst = -1;
                r.words << w;
                cur.clear();
                inWord = false;
                return;
            }
        }
        if (placeholder || (unquotedOnly && !o.literalOnly && bracketed.match(cur).hasMatch())) {
            w.placeholder = true;
            problem(LaunchProblem::Severity::Error, LaunchProblem::Code::Placeholder, cur,
                    Tr::tr("\"%1\" is a placeholder: replace it with a real value").arg(cur), wordStart);
        }
        r.words << w;
        cur.clear();
        inWord = false;
    }

    void newline()
    {
        spanFirst = -1;
        if (!r.words.isEmpty() &&
            !(r.words.constLast().isOperator && r.words.constLast().text == QLatin1String("\n"))) {
            ShellWords::Word w;
            w.text = QStringLiteral("\n");
            w.offset = int(i);
            w.isOperator = true;
            r.words << w;
        }
    }

    void backslash()
    {
        // A continuation: backslash, then optionally blanks and a tutorial comment, then the end of the line.
        qsizetype j = i + 1;
        while (j < n && isBlank(s.at(j)))
            ++j;
        bool hadBlank = false;
        for (qsizetype k = i + 1; k < j; ++k) {
            if (s.at(k) != QLatin1Char('\r'))
                hadBlank = true;
        }
        if (j < n && s.at(j) == QLatin1Char('#') && hadBlank) {
            while (j < n && s.at(j) != QLatin1Char('\n'))
                ++j;
        }
        if (j >= n || s.at(j) == QLatin1Char('\n')) {
            if (hadBlank)
                endWord();
            i = j + 1;
            skipCommentLines();
            return;
        }
        startWord();
        quoted = true;
        unquotedOnly = false;
        cur += s.at(i + 1);
        i += 2;
    }

    // Tutorials put whole comment lines between continued lines; bash would end the command there, the user did not
    // mean to.
    void skipCommentLines()
    {
        for (;;) {
            qsizetype j = i;
            while (j < n && isBlank(s.at(j)))
                ++j;
            if (j < n && s.at(j) == QLatin1Char('#')) {
                while (j < n && s.at(j) != QLatin1Char('\n'))
                    ++j;
                i = j < n ? j + 1 : n;
                continue;
            }
            return;
        }
    }

    void unterminated(const QString &what, qsizetype at)
    {
        problem(LaunchProblem::Severity::Error, LaunchProblem::Code::UnterminatedQuote, what,
                Tr::tr("The %1 that starts at character %2 is never closed").arg(what).arg(at + 1), int(at));
        nonLiteral();
    }

    void singleQuoted()
    {
        const qsizetype start = i;
        quoted = true;
        unquotedOnly = false;
        const qsizetype close = s.indexOf(QLatin1Char('\''), i + 1);
        if (close < 0) {
            cur += s.mid(i + 1);
            i = n;
            unterminated(QStringLiteral("'"), start);
            return;
        }
        cur += s.mid(i + 1, close - i - 1);
        i = close + 1;
    }

    void doubleQuoted()
    {
        const qsizetype start = i;
        quoted = true;
        unquotedOnly = false;
        ++i;
        while (i < n) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('"')) {
                ++i;
                return;
            }
            if (c == QLatin1Char('\\') && i + 1 < n) {
                const QChar next = s.at(i + 1);
                if (next == QLatin1Char('\n')) {
                    i += 2;
                } else if (next == QLatin1Char('$') || next == QLatin1Char('`') || next == QLatin1Char('"') ||
                           next == QLatin1Char('\\')) {
                    cur += next;
                    i += 2;
                } else {
                    cur += c;
                    ++i;
                }
            } else if (c == QLatin1Char('$')) {
                dollar(true);
            } else if (c == QLatin1Char('`')) {
                backtick();
            } else {
                cur += c;
                ++i;
            }
        }
        unterminated(QStringLiteral("\""), start);
    }

    // Index of the ')' closing the '(' at open, skipping quoted text and nested parentheses; -1 when none.
    qsizetype matchingParen(qsizetype open) const
    {
        int depth = 0;
        for (qsizetype k = open; k < n; ++k) {
            const QChar c = s.at(k);
            if (c == QLatin1Char('\'')) {
                const qsizetype close = s.indexOf(QLatin1Char('\''), k + 1);
                if (close < 0)
                    return -1;
                k = close;
            } else if (c == QLatin1Char('\\')) {
                ++k;
            } else if (c == QLatin1Char('(')) {
                ++depth;
            } else if (c == QLatin1Char(')')) {
                if (--depth == 0)
                    return k;
            }
        }
        return -1;
    }

    void substitution(const QString &content, const QString &raw, qsizetype at)
    {
        unquotedOnly = false;
        if (o.literalOnly) {
            nonLiteral();
            cur += raw;
            return;
        }
        const QString command = content.simplified();
        if (command == QLatin1String("pwd")) {
            cur += o.cwd;
        } else if (command == QLatin1String("id -u")) {
            cur += o.uid;
            idSub = true;
        } else if (command == QLatin1String("id -g")) {
            cur += o.gid;
            idSub = true;
        } else {
            problem(LaunchProblem::Severity::Error, LaunchProblem::Code::CommandSubstitution, raw,
                    Tr::tr("Berth does not run commands inside the line: replace %1 with its value").arg(raw), int(at));
            cur += raw;
        }
    }

    void variable(const QString &name, const QString &raw, qsizetype at, const QString *fallback, bool colon)
    {
        unquotedOnly = false;
        if (o.literalOnly) {
            nonLiteral();
            cur += raw;
            return;
        }
        QString value;
        bool set = true;
        if (name == QLatin1String("PWD")) {
            value = o.cwd;
        } else if (o.env.contains(name)) {
            value = o.env.value(name);
        } else if (name == QLatin1String("HOME")) {
            value = o.home;
        } else if (name == QLatin1String("UID")) {
            value = o.uid;
            idSub = true;
        } else {
            set = false;
        }
        if (fallback && (!set || (colon && value.isEmpty()))) {
            cur += expandWord(*fallback, at);
            return;
        }
        if (!set) {
            problem(LaunchProblem::Severity::Warning, LaunchProblem::Code::UnsetVariable, name,
                    Tr::tr("$%1 is not set: it was left empty, as the shell would").arg(name), int(at));
        }
        cur += value;
    }

    void dollar(bool inDouble)
    {
        const qsizetype at = i;
        const QChar next = i + 1 < n ? s.at(i + 1) : QChar();
        if (next == QLatin1Char('(')) {
            const qsizetype close = matchingParen(i + 1);
            if (close < 0) {
                cur += s.mid(i);
                i = n;
                unterminated(QStringLiteral("$("), at);
                return;
            }
            const QString raw = s.mid(i, close - i + 1);
            substitution(s.mid(i + 2, close - i - 2), raw, at);
            i = close + 1;
        } else if (next == QLatin1Char('{')) {
            const qsizetype close = matchingBrace(i + 2);
            if (close < 0) {
                cur += s.mid(i);
                i = n;
                unterminated(QStringLiteral("${"), at);
                return;
            }
            const QString raw = s.mid(i, close - i + 1);
            const QString expr = s.mid(i + 2, close - i - 2);
            i = close + 1;
            qsizetype k = 0;
            while (k < expr.size() && isNameChar(expr.at(k)))
                ++k;
            const QString name = expr.left(k);
            const QString rest = expr.mid(k);
            if (name.isEmpty() || !isNameStart(name.at(0))) {
                unsupportedExpansion(raw, at);
            } else if (rest.isEmpty()) {
                variable(name, raw, at, nullptr, false);
            } else if (rest.startsWith(QLatin1String(":-"))) {
                const QString fallback = rest.mid(2);
                variable(name, raw, at, &fallback, true);
            } else if (rest.startsWith(QLatin1Char('-'))) {
                const QString fallback = rest.mid(1);
                variable(name, raw, at, &fallback, false);
            } else {
                unsupportedExpansion(raw, at);
            }
        } else if (next == QLatin1Char('\'') && !inDouble) {
            ansiC();
        } else if (isNameStart(next)) {
            qsizetype k = i + 1;
            while (k < n && isNameChar(s.at(k)))
                ++k;
            const QString name = s.mid(i + 1, k - i - 1);
            const QString raw = s.mid(i, k - i);
            i = k;
            variable(name, raw, at, nullptr, false);
        } else if (!next.isNull() && (next.isDigit() || QStringLiteral("?$!#*@-").contains(next))) {
            const QString raw = s.mid(i, 2);
            i += 2;
            unsupportedExpansion(raw, at);
        } else {
            cur += QLatin1Char('$');
            ++i;
        }
    }

    // The '}' that closes a ${ whose name starts at `from`: nested ${…}, quotes and backslashes skipped, as bash.
    qsizetype matchingBrace(qsizetype from) const
    {
        int depth = 1;
        for (qsizetype k = from; k < n; ++k) {
            const QChar c = s.at(k);
            if (c == QLatin1Char('\\')) {
                ++k;
            } else if (c == QLatin1Char('\'')) {
                const qsizetype end = s.indexOf(QLatin1Char('\''), k + 1);
                if (end < 0)
                    return -1;
                k = end;
            } else if (c == QLatin1Char('"')) {
                ++k;
                while (k < n && s.at(k) != QLatin1Char('"'))
                    k += s.at(k) == QLatin1Char('\\') ? 2 : 1;
                if (k >= n)
                    return -1;
            } else if (c == QLatin1Char('$') && k + 1 < n && s.at(k + 1) == QLatin1Char('{')) {
                ++depth;
                ++k;
            } else if (c == QLatin1Char('}') && --depth == 0) {
                return k;
            }
        }
        return -1;
    }

    // The word of ${NAME:-word}: expanded (variables, nested defaults, quotes) as bash does, kept as one word.
    QString expandWord(const QString &word, qsizetype at)
    {
        Splitter inner(word, o);
        const ShellWords::Result expanded = inner.run();
        for (LaunchProblem p : expanded.problems) {
            p.offset = int(at);
            r.problems << p;
        }
        QStringList parts;
        for (const ShellWords::Word &w : expanded.words) {
            if (!w.isOperator)
                parts << w.text;
        }
        idSub = idSub || inner.idSub;
        return parts.join(QLatin1Char(' '));
    }

    void unsupportedExpansion(const QString &raw, qsizetype at)
    {
        unquotedOnly = false;
        if (o.literalOnly) {
            nonLiteral();
            cur += raw;
            return;
        }
        problem(LaunchProblem::Severity::Error, LaunchProblem::Code::CommandSubstitution, raw,
                Tr::tr("%1 only has a value inside a script: replace it with the value you mean").arg(raw), int(at));
        cur += raw;
    }

    void ansiC()
    {
        const qsizetype start = i;
        quoted = true;
        unquotedOnly = false;
        i += 2;
        while (i < n) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('\'')) {
                ++i;
                return;
            }
            if (c == QLatin1Char('\\') && i + 1 < n) {
                const QChar e = s.at(i + 1);
                switch (e.unicode()) {
                case 'n':
                    cur += QLatin1Char('\n');
                    break;
                case 't':
                    cur += QLatin1Char('\t');
                    break;
                case 'r':
                    cur += QLatin1Char('\r');
                    break;
                case 'a':
                    cur += QChar(7);
                    break;
                case 'e':
                    cur += QChar(27);
                    break;
                default:
                    cur += e; // \\, \', \" and anything else stand for themselves
                }
                i += 2;
                continue;
            }
            cur += c;
            ++i;
        }
        unterminated(QStringLiteral("$'"), start);
    }

    void backtick()
    {
        const qsizetype at = i;
        qsizetype k = i + 1;
        while (k < n && s.at(k) != QLatin1Char('`')) {
            if (s.at(k) == QLatin1Char('\\'))
                ++k;
            ++k;
        }
        if (k >= n) {
            cur += s.mid(i);
            i = n;
            unterminated(QStringLiteral("`"), at);
            return;
        }
        const QString raw = s.mid(i, k - i + 1);
        substitution(s.mid(i + 1, k - i - 1), raw, at);
        i = k + 1;
    }

    bool angledPlaceholder()
    {
        static const QRegularExpression angled(QStringLiteral("\\G<[A-Za-z_][^<>\\s'\"|;&]*>"));
        const QRegularExpressionMatch m = angled.match(s, i);
        if (!m.hasMatch() || o.literalOnly)
            return false;
        startWord();
        placeholder = true;
        cur += m.captured(0);
        i += m.capturedLength(0);
        return true;
    }

    void shellOperator()
    {
        endWord();
        spanFirst = -1;
        const qsizetype at = i;
        QString op(s.at(i));
        ++i;
        const QChar first = op.at(0);
        if (i < n &&
            (first == QLatin1Char('|') || first == QLatin1Char('&') || first == QLatin1Char('>') ||
             first == QLatin1Char('<') || first == QLatin1Char(';')) &&
            s.at(i) == first) {
            op += s.at(i);
            ++i;
        } else if (i < n && first == QLatin1Char('>') && s.at(i) == QLatin1Char('&')) {
            op += s.at(i);
            ++i;
        }
        ShellWords::Word w;
        w.text = op;
        w.offset = int(at);
        w.isOperator = true;
        r.words << w;
        if (!o.literalOnly) {
            problem(
                LaunchProblem::Severity::Error, LaunchProblem::Code::ShellConstruct, op,
                Tr::tr("\"%1\" is shell syntax that Berth cannot run: launch one docker run command, without pipes, "
                       "redirections or command lists")
                    .arg(op),
                int(at));
        }
    }

    const QString &s;
    const ShellWords::Options &o;
    const qsizetype n;
    qsizetype i = 0;
    ShellWords::Result r;
    QString cur;
    bool inWord = false;
    int wordStart = 0;
    bool quoted = false;
    bool idSub = false;
    bool placeholder = false;
    bool unquotedOnly = true;
    qsizetype spanFirst = -1; // the first word of an open [bracketed span, or -1
    QString spanText;
};

bool isSafeChar(QChar c)
{
    if (c.unicode() > 127)
        return c.isLetterOrNumber();
    return isNameChar(c) || QStringLiteral("@%+=:,./-").contains(c);
}

} // namespace

ShellWords::Result ShellWords::split(const QString &text, const Options &options)
{
    return Splitter(text, options).run();
}

QString ShellWords::quote(const QString &word)
{
    if (word.isEmpty())
        return QStringLiteral("''");
    bool safe = true;
    for (QChar c : word) {
        if (!isSafeChar(c)) {
            safe = false;
            break;
        }
    }
    if (safe)
        return word;
    QString quotedWord = word;
    quotedWord.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quotedWord + QLatin1Char('\'');
}

QString ShellWords::join(const QStringList &words)
{
    QStringList quotedWords;
    quotedWords.reserve(words.size());
    for (const QString &w : words)
        quotedWords << quote(w);
    return quotedWords.join(QLatin1Char(' '));
}

} // namespace berth::core
