#include "mainwindow.h"

#include "containerspage.h"
#include "engine/containermonitor.h"
#include "engine/engineclient.h"
#include "enginestatuswidget.h"
#include "settings/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>

namespace berth::ui {

MainWindow::MainWindow(core::EngineClient *client, QWidget *parent)
    : QMainWindow(parent), m_client(client), m_monitor(new core::ContainerMonitor(client, this)),
      m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this)), m_sessions(new QTabWidget(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)), m_containers(new ContainersPage(client, m_monitor, this)),
      m_status(new EngineStatusWidget(client, m_monitor, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nav->setObjectName(QStringLiteral("pageList"));
    m_nav->setFixedWidth(170);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    addPage(m_containers);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(6, 6, 6, 0);
    topLayout->addWidget(m_nav);
    topLayout->addWidget(m_pages, 1);

    m_sessions->setTabsClosable(true);
    m_sessions->setDocumentMode(true);
    m_sessions->setMovable(true);
    m_sessions->hide();
    connect(m_sessions, &QTabWidget::tabCloseRequested, this, [this](int index) {
        QWidget *w = m_sessions->widget(index);
        m_sessions->removeTab(index);
        w->deleteLater();
        m_sessions->setVisible(m_sessions->count() > 0);
    });
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_sessions);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setCentralWidget(m_splitter);
    statusBar()->addWidget(m_status, 1);

    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    buildMenus();
    retranslate();
    m_nav->setCurrentRow(Containers);
    resize(1280, 800);
    m_monitor->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page)
{
    m_pages->addWidget(page);
    m_nav->addItem(QString());
}

void MainWindow::showPage(int page)
{
    m_nav->setCurrentRow(page);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quit->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    const QString current = core::Settings::instance().value(core::Settings::Language).toString();
    for (const char *code : {"", "en", "ko"}) {
        QAction *a = m_languageMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(QLatin1String(code));
        a->setChecked(current == QLatin1String(code));
        m_languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, a] { Q_EMIT languageRequested(a->data().toString()); });
    }
    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Berth"),
                           tr("<b>Berth</b> %1<br>Launch and watch machine-learning containers on shared GPU "
                              "servers.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Berth"));
    static const char *const titles[] = {QT_TR_NOOP("Containers")};
    for (int i = 0; i < m_nav->count() && i < int(std::size(titles)); ++i)
        m_nav->item(i)->setText(tr(titles[i]));
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    const QList<QAction *> langs = m_languages->actions();
    langs[0]->setText(tr("System language"));
    langs[1]->setText(QStringLiteral("English"));
    langs[2]->setText(QStringLiteral("한국어"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Berth"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Running containers keep running: closing Berth only closes its views of them.
    event->accept();
}

} // namespace berth::ui
