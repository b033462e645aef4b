#pragma once
// Which language the app speaks, and loading its catalogues (ours from the resource :/i18n, Qt's own
// for standard buttons and dialogs from the Qt installation).

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace dmarcplan::ui {

// The languages we ship a catalogue for; "en" is the source language.
QStringList availableLanguages();

// `preferred` (from Settings, may be empty) wins when we have it; else the first of the system's UI
// languages (QLocale::uiLanguages(), e.g. "ja-JP") that we have; else English.
QString chooseLanguage(const QString& preferred, const QStringList& uiLanguages);

// Installs the translators for `language` on the application (replacing earlier ones). Returns false
// when our catalogue for it could not be loaded (English needs none and returns true).
bool installTranslations(const QString& language);

} // namespace dmarcplan::ui
