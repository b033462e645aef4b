#pragma once

#include <QMainWindow>

namespace dmarcplan::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    // The About text (shown by Help > About); public so tests can check it without a modal dialog.
    static QString aboutText();

public slots:
    void showAbout();

private:
    void createMenus();
};

} // namespace dmarcplan::ui
