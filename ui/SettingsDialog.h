#pragma once
// Preferences: how DNS is asked (system resolver, explicit servers, offline with zone files), the
// time budget per question, and the language.

#include "ui/Settings.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace dmarcplan::ui {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void setSettings(const AppSettings& settings);
    // What the dialog shows now (recentFiles are carried through unchanged).
    AppSettings settings() const;
    // Empty when every field is valid; else the first problem, also shown in the dialog.
    QString validationError() const;

private:
    void updateState();
    void addZoneFiles();

    AppSettings m_base;
    QRadioButton* m_system = nullptr;
    QRadioButton* m_explicit = nullptr;
    QRadioButton* m_offline = nullptr;
    QLineEdit* m_servers = nullptr;
    QListWidget* m_zoneFiles = nullptr;
    QPushButton* m_addZone = nullptr;
    QPushButton* m_removeZone = nullptr;
    QSpinBox* m_timeout = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace dmarcplan::ui
