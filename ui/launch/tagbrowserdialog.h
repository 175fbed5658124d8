// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace berth::core {
class DockerCredentials;
class EngineClient;
class Settings;
} // namespace berth::core

namespace berth::ui {

class TagBrowser;

// "Browse tags…" from the image field: the tag browser in a dialog that closes with the chosen "repo:tag".
class TagBrowserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagBrowserDialog)
public:
    TagBrowserDialog(core::Settings &settings, core::EngineClient *engine, QWidget *parent = nullptr);

    TagBrowser *browser() const { return m_browser; }
    QString chosenImageRef() const { return m_chosen; }

Q_SIGNALS:
    void tagChosen(const QString &imageRef);

protected:
    void changeEvent(QEvent *event) override;

private:
    TagBrowser *m_browser;
    QString m_chosen;
};

} // namespace berth::ui
