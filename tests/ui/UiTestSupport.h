#pragma once
// Shared set-up for the Qt Test programs: an isolated QSettings location, the app's identity, English.

#include <QTemporaryDir>

namespace dmarcplan::test {

// Call from initTestCase(): points QSettings at a fresh temporary folder and sets the app identity.
void isolateSettings(QTemporaryDir& directory);

} // namespace dmarcplan::test
