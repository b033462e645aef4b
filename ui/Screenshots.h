#pragma once
// Renders every main view of a window to PNG files (`dmarcplan-gui --screenshot DIR`, and the tests,
// which write build/screenshots/).

#include <QString>
#include <QStringList>

namespace dmarcplan::ui {

class MainWindow;

// Writes DIR/<prefix>NN-<view>.png for each view, once the window has computed the plan's records,
// findings and scenarios (at most 30 s); returns the paths written (empty on failure).
QStringList renderScreenshots(MainWindow& window, const QString& directory, const QString& prefix = {});

} // namespace dmarcplan::ui
