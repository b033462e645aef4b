#include "ui/Application.h"

#include "ui/MainWindow.h"
#include "ui/Screenshots.h"
#include "ui/Settings.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <dmarcplan/Version.h>

namespace dmarcplan::ui {

void setApplicationIdentity() {
    QApplication::setApplicationName(QStringLiteral("dmarcplan"));
    QApplication::setApplicationDisplayName(QStringLiteral("dmarcplan"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setOrganizationName(QStringLiteral("dmarcplan"));
    QApplication::setDesktopFileName(QStringLiteral("dmarcplan"));
}

int runApplication(int argc, char** argv) {
    QApplication app(argc, argv);
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Application", "Plan, lint and simulate SPF, DKIM and DMARC before you deploy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("Application", "Render every view to PNG files in DIR and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QCoreApplication::translate("Application", "Use LANG (en, ja) this time."),
                                      QStringLiteral("LANG"));
    parser.addOption(screenshot);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("plan"),
                                 QCoreApplication::translate("Application", "A plan file to open."),
                                 QStringLiteral("[PLAN]"));
    parser.process(app);

    QString preferred = parser.value(language);
    if (preferred.isEmpty()) {
        QSettings store;
        preferred = AppSettings::load(store).language;
    }
    installTranslations(chooseLanguage(preferred, QLocale::system().uiLanguages()));

    MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(screenshot)) {
        const QStringList written = renderScreenshots(window, parser.value(screenshot));
        QTextStream out(stdout);
        for (const auto& path : written)
            out << path << '\n';
        return written.isEmpty() ? 1 : 0;
    }
    window.show();
    return app.exec();
}

} // namespace dmarcplan::ui
