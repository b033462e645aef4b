#include "ui/Application.h"

#include "ui/MainWindow.h"

#include <QApplication>
#include <dmarcplan/Version.h>

namespace dmarcplan::ui {

int runApplication(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dmarcplan"));
    QApplication::setApplicationDisplayName(QStringLiteral("dmarcplan"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setOrganizationName(QStringLiteral("dmarcplan"));
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace dmarcplan::ui
