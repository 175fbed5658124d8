#pragma once

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QTabWidget;
class QSplitter;
class QActionGroup;
class QMenu;

namespace berth::core {
class ContainerMonitor;
class EngineClient;
} // namespace berth::core

namespace berth::ui {

class ContainersPage;
class EngineStatusWidget;

// The main window: pages on the left (containers, launch, images, volumes, GPUs), the page in the middle, and
// output/terminal tabs below. Everything is created here once; pages talk to the engine through one client.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(core::EngineClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    enum Page { Containers, PageCount };
    void showPage(int page);
    ContainersPage *containersPage() const { return m_containers; }
    EngineStatusWidget *engineStatus() const { return m_status; }
    core::ContainerMonitor *monitor() const { return m_monitor; }
    QTabWidget *sessionTabs() const { return m_sessions; }

Q_SIGNALS:
    // The user picked a language in the View menu ("ko", "en", or "" for the system language).
    void languageRequested(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(QWidget *page);
    void retranslate();
    void buildMenus();

    core::EngineClient *m_client;
    core::ContainerMonitor *m_monitor;
    QListWidget *m_nav;
    QStackedWidget *m_pages;
    QTabWidget *m_sessions;
    QSplitter *m_splitter;
    ContainersPage *m_containers;
    EngineStatusWidget *m_status;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
};

} // namespace berth::ui
