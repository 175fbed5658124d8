// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace berth::core {

// A forward-only JSON reader over one buffer: values are visited in order and the ones not wanted are skipped
// without building anything. A tag page of tens of megabytes then costs its own bytes plus the tags kept, where a
// QJsonDocument costs forty times the page. Strict JSON (RFC 8259); nesting deeper than MaxDepth is an error.
class JsonPullReader final
{
public:
    enum class Type { Object, Array, String, Number, Bool, Null, Invalid };
    static constexpr int MaxDepth = 128;

    explicit JsonPullReader(QByteArrayView data) : m_data(data) {}

    // The type of the value at the current position (Invalid at the end, on bad input or after an error).
    Type peek();
    bool enterObject(); // consumes '{'
    // Inside an object: reads the next key and its ':'; false at the closing '}' (consumed) or on error.
    bool nextKey(QString *key);
    bool enterArray(); // consumes '['
    // Inside an array: true when another element follows (its value is next); false at ']' (consumed) or on error.
    bool nextElement();
    bool readString(QString *out);
    bool readNumber(double *out);
    bool readBool(bool *out);
    bool readNull();
    bool skipValue();
    // Only whitespace is left (call after the top-level value).
    bool atEnd();

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    qsizetype errorOffset() const { return m_errorOffset; }

private:
    bool fail(const char *message);
    void skipWhitespace();
    bool expect(char c);
    bool enter(char open);
    bool next(char close);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    struct Open
    {
        bool object = false;
        bool first = true; // no member read yet
    };
    QVarLengthArray<Open, 32> m_open;
    QString m_error;
    qsizetype m_errorOffset = -1;
};

} // namespace berth::core
