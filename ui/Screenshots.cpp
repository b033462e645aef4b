#include "ui/Screenshots.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QPixmap>

namespace dmarcplan::ui {

namespace {
const char* fileStem(MainWindow::View view) {
    switch (view) {
    case MainWindow::PlanPage:
        return "plan";
    case MainWindow::RecordsPage:
        return "records";
    case MainWindow::LintPage:
        return "lint";
    case MainWindow::ScenariosPage:
        return "scenarios";
    case MainWindow::LiveCheckPage:
        return "live-check";
    case MainWindow::HeaderPage:
        return "header-analyser";
    case MainWindow::ViewCount:
        break;
    }
    return "view";
}
} // namespace

QStringList renderScreenshots(MainWindow& window, const QString& directory, const QString& prefix) {
    if (!QDir().mkpath(directory))
        return {};
    const int previous = window.currentView();
    window.show();
    // The views show the plan's records, findings and scenarios once they are computed.
    QElapsedTimer waited;
    waited.start();
    while (window.isBusy() && waited.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QStringList written;
    for (int page = 0; page < MainWindow::ViewCount; ++page) {
        window.showView(page);
        QApplication::processEvents();
        const QString path = QDir(directory).filePath(QStringLiteral("%1%2-%3.png")
                                                          .arg(prefix)
                                                          .arg(page + 1, 2, 10, QLatin1Char('0'))
                                                          .arg(QString::fromLatin1(fileStem(MainWindow::View(page)))));
        if (!window.grab().save(path))
            return {};
        written << path;
    }
    window.showView(previous);
    return written;
}

} // namespace dmarcplan::ui
