// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace berth::ui {

// The launch form's Server row: which server the launch goes to (the app's current server: choosing another
// switches, as the status bar's server button does), and "Best server", which asks every server and picks one for
// the request, saying why.
class ServerField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerField)
public:
    explicit ServerField(QWidget *parent = nullptr);

    // Each server as (name, address); current is the name the launch goes to now.
    void setServers(const QList<QPair<QString, QString>> &servers, const QString &current);
    QString current() const;
    QComboBox *combo() const { return m_combo; }
    QPushButton *bestButton() const { return m_best; }

    // While every server is asked: the button waits.
    void setAsking(bool asking);
    // What "Best server" found (words kept as a function so a language change words them again); empty clears.
    void showFinding(const std::function<QString()> &text, bool found);
    QString finding() const;

Q_SIGNALS:
    void serverChosen(const QString &name);
    void bestServerRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_combo;
    QPushButton *m_best;
    QLabel *m_finding;
    std::function<QString()> m_findingText;
    bool m_asking = false;
    bool m_filling = false;
};

} // namespace berth::ui
