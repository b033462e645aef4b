#pragma once

namespace dmarcplan::ui {

// Organisation/application names (QSettings location) and version; tests call it too.
void setApplicationIdentity();

// Sets up the QApplication (identity, language), handles --screenshot DIR and a plan file argument,
// and runs the main window.
int runApplication(int argc, char** argv);

} // namespace dmarcplan::ui
