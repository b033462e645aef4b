#pragma once
// The main window: a sidebar of views (Plan, Records, Lint, Scenarios, Live check, Header analyser)
// over the plan document, the File/Tools/Help menus, and the settings that every view's DNS work uses.

#include "core/plan/Catalogue.h"
#include "ui/PlanAnalysis.h"
#include "ui/Settings.h"

#include <QFutureWatcher>
#include <QTimer>
#include <optional>

#include <QMainWindow>
#include <QMessageBox>
#include <functional>

class QListWidget;
class QMenu;
class QStackedWidget;

namespace dmarcplan::ui {
namespace wizard {
class RecordWizard;
}

class HeaderView;
class LintView;
class LiveCheckView;
class PlanDocument;
class PlanView;
class RecordsView;
class ScenariosView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum View { PlanPage, RecordsPage, LintPage, ScenariosPage, LiveCheckPage, HeaderPage, ViewCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The About text (shown by Help > About); public so tests can check it without a modal dialog.
    static QString aboutText();

    // Test hooks instead of blocking modal dialogs: the unsaved-changes question (Save, Discard or
    // Cancel) and the file chooser (returns the chosen path, empty when cancelled).
    enum class FileDialogKind { Open, SaveAs };
    using UnsavedChangesPrompt = std::function<QMessageBox::StandardButton(const QString& documentName)>;
    using FileChooser = std::function<QString(FileDialogKind kind)>;
    void setUnsavedChangesPrompt(UnsavedChangesPrompt prompt) { m_unsavedPrompt = std::move(prompt); }
    void setFileChooser(FileChooser chooser) { m_fileChooser = std::move(chooser); }

    PlanDocument* document() const { return m_document; }
    const AppSettings& settings() const { return m_settings; }
    QWidget* view(View view) const;
    QString viewTitle(View view) const;
    View currentView() const;
    QStringList recentFiles() const { return m_settings.recentFiles; }
    // The records and findings of the current plan (recomputed on a worker thread after each change).
    const PlanAnalysis& planAnalysis() const { return m_analysis; }
    bool isAnalysing() const;
    // Analysing the plan or computing the scenario table.
    bool isBusy() const;

signals:
    // Records, Lint and Scenarios show the current plan's analysis.
    void planAnalysed();

public slots:
    void showView(int view);
    void newDocument();
    void openDocument();
    bool openFile(const QString& path);
    bool save();
    bool saveAs();
    void openSettings();
    void applySettings(const AppSettings& settings);
    void showAbout();
    // File > New with Wizard and the start page's button: the record generator wizard (window-modal);
    // Finish opens the plan it saved. Returns the wizard so tests can drive it.
    wizard::RecordWizard* openWizard();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createViews();
    void openBundledExample();
    void scheduleAnalysis();
    void startAnalysis();
    void showAnalysis(QFutureWatcher<PlanAnalysis>* watcher);
    void goToFinding(const Finding& finding);
    void updateTitle();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    bool maybeSave();
    bool saveTo(const QString& path);
    void showError(const QString& title, const QString& text);

    PlanDocument* m_document = nullptr;
    AppSettings m_settings;
    std::optional<plan::Catalogue> m_catalogue;
    QString m_catalogueError;
    PlanAnalysis m_analysis;
    QTimer m_analysisTimer;
    QFutureWatcher<PlanAnalysis>* m_analysisWatcher = nullptr;
    bool m_analysisPending = false;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QMenu* m_recentMenu = nullptr;
    PlanView* m_planView = nullptr;
    RecordsView* m_recordsView = nullptr;
    LintView* m_lintView = nullptr;
    ScenariosView* m_scenariosView = nullptr;
    LiveCheckView* m_liveCheckView = nullptr;
    HeaderView* m_headerView = nullptr;
    UnsavedChangesPrompt m_unsavedPrompt;
    FileChooser m_fileChooser;
};

} // namespace dmarcplan::ui
