#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>
#include <vector>

namespace dmarcplan::ui {

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString chooseLanguage(const QString& preferred, const QStringList& uiLanguages) {
    const QStringList available = availableLanguages();
    if (available.contains(preferred))
        return preferred;
    for (const auto& language : uiLanguages) {
        const QString code = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

bool installTranslations(const QString& language) {
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (auto& translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return true;

    auto ours = std::make_unique<QTranslator>();
    const bool loaded = ours->load(QStringLiteral(":/i18n/dmarcplan_%1.qm").arg(language));
    if (loaded) {
        QCoreApplication::installTranslator(ours.get());
        installed.push_back(std::move(ours));
    }
    // Qt's own strings (OK, Cancel, Save, Discard...); optional: missing when qt6-translations-l10n is.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
    return loaded;
}

} // namespace dmarcplan::ui
