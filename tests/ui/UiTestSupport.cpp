#include "UiTestSupport.h"

#include "ui/Application.h"

#include <QSettings>

namespace dmarcplan::test {

void isolateSettings(QTemporaryDir& directory) {
    ui::setApplicationIdentity();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory.path());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, directory.path());
    QSettings().clear();
}

} // namespace dmarcplan::test
