#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <dmarcplan/Version.h>

namespace dmarcplan::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("dmarcplan"));
    resize(1100, 720);
    auto* placeholder = new QLabel(tr("Plan, lint and simulate SPF, DKIM and DMARC before you deploy."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createMenus();
}

void MainWindow::createMenus() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    auto* quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    auto* about = helpMenu->addAction(tr("&About dmarcplan"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

QString MainWindow::aboutText() {
    return tr("<h3>dmarcplan %1</h3><p>Plan, lint and simulate SPF, DKIM and DMARC records before you deploy "
              "them.</p>")
        .arg(QString::fromLatin1(kVersion));
}

void MainWindow::showAbout() { QMessageBox::about(this, tr("About dmarcplan"), aboutText()); }

} // namespace dmarcplan::ui
