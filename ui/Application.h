#pragma once

namespace dmarcplan::ui {

// Sets up the QApplication (name, version, translations) and shows the main window.
int runApplication(int argc, char** argv);

} // namespace dmarcplan::ui
