#include "ui/MainWindow.h"

#include "core/simulate/PlanScenarios.h"

#include "core/common/DataPaths.h"
#include "ui/BackgroundTask.h"
#include "ui/PlanDocument.h"
#include "ui/SettingsDialog.h"
#include "ui/views/HeaderView.h"
#include "ui/views/LintView.h"
#include "ui/views/LiveCheckView.h"
#include "ui/views/PlanView.h"
#include "ui/views/RecordsView.h"
#include "ui/views/ScenariosView.h"
#include "ui/wizard/RecordWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <dmarcplan/Version.h>

namespace dmarcplan::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
    setObjectName(QStringLiteral("MainWindow"));
    resize(1100, 720);
    {
        QSettings store;
        m_settings = AppSettings::load(store);
    }
    m_document = new PlanDocument(this);
    if (auto catalogue = plan::Catalogue::loadDefault())
        m_catalogue = std::move(*catalogue);
    else
        m_catalogueError = QString::fromStdString(catalogue.error().describe());
    // Edits come in bursts (typing): the analysis starts once they pause.
    m_analysisTimer.setSingleShot(true);
    m_analysisTimer.setInterval(150);
    connect(&m_analysisTimer, &QTimer::timeout, this, &MainWindow::startAnalysis);
    createViews();
    createMenus();
    applySettings(m_settings);
    connect(m_document, &PlanDocument::changed, this, &MainWindow::scheduleAnalysis);
    openBundledExample();
    connect(m_document, &PlanDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PlanDocument::pathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
}

MainWindow::~MainWindow() {
    // An editor that loses its focus while the window closes still commits: nothing is analysed then.
    disconnect(m_document, nullptr, this, nullptr);
    m_analysisTimer.stop();
    // The worker holds copies only, but wait so the process never exits under it.
    if (m_analysisWatcher)
        m_analysisWatcher->waitForFinished();
}

void MainWindow::openBundledExample() {
    // The app starts on the bundled example, as a template: saving it asks for a new name.
    if (const auto path = findDataFile("examples/example.com.dmarcplan.json")) {
        if (m_document->loadTemplate(QString::fromStdString(path->string())))
            return;
    }
    scheduleAnalysis(); // no example installed: the starter plan
}

bool MainWindow::isAnalysing() const {
    return m_analysisTimer.isActive() || (m_analysisWatcher && m_analysisWatcher->isRunning());
}

bool MainWindow::isBusy() const {
    return isAnalysing() || m_scenariosView->isComputing();
}

void MainWindow::scheduleAnalysis() {
    m_analysisTimer.start();
}

void MainWindow::startAnalysis() {
    if (!m_catalogue) {
        statusBar()->showMessage(tr("The provider catalogue could not be read: %1").arg(m_catalogueError));
        return;
    }
    if (m_analysisWatcher && m_analysisWatcher->isRunning()) {
        m_analysisPending = true; // once more when this one ends, with the plan as it is then
        return;
    }
    m_analysisPending = false;
    auto* watcher = new QFutureWatcher<PlanAnalysis>(this);
    m_analysisWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { showAnalysis(watcher); });
    const std::string source = m_document->path().isEmpty() ? std::string("plan") : m_document->path().toStdString();
    watcher->setFuture(runInBackground<PlanAnalysis>(
        [plan = m_document->plan(), catalogue = *m_catalogue, options = m_settings.resolverOptions(), source](
            QPromise<PlanAnalysis>& promise) { promise.addResult(analysePlan(plan, catalogue, options, source)); }));
}

void MainWindow::showAnalysis(QFutureWatcher<PlanAnalysis>* watcher) {
    watcher->deleteLater();
    if (watcher != m_analysisWatcher)
        return;
    m_analysisWatcher = nullptr;
    if (m_analysisPending) {
        startAnalysis();
        return;
    }
    if (watcher->future().resultCount() == 0)
        return;
    m_analysis = watcher->result();
    if (!m_analysis.error.isEmpty())
        statusBar()->showMessage(tr("The records could not be generated: %1").arg(m_analysis.error), 10000);
    const plan::Plan& plan = m_document->plan();
    if (m_analysis.generated) {
        m_recordsView->setGenerated(*m_analysis.generated);
        SimulationSetup setup;
        setup.domain = plan.domain;
        setup.zone = m_analysis.zone;
        setup.workspace = m_analysis.workspace;
        setup.planScenarios = simulate::scenariosFromPlan(plan);
        if (!plan.dkim.empty()) {
            setup.selector = plan.dkim.front().selector;
            setup.keyAlgorithm = plan.dkim.front().algorithm == plan::DkimAlgorithm::Ed25519Sha256 ? "ed25519" : "rsa";
        }
        m_scenariosView->setSimulation(std::move(setup));
    }
    m_lintView->setFindings(m_analysis.findings);
    emit planAnalysed();
}

void MainWindow::goToFinding(const Finding& finding) {
    if (!m_analysis.generated)
        return;
    m_planView->focusField(planFieldFor(finding, *m_analysis.generated, m_document->plan()));
    showView(PlanPage);
}

void MainWindow::createViews() {
    m_planView = new PlanView(m_document, m_catalogue ? &*m_catalogue : nullptr, this);
    m_recordsView = new RecordsView(this);
    m_lintView = new LintView(this);
    m_scenariosView = new ScenariosView(this);
    m_liveCheckView = new LiveCheckView(this);
    m_headerView = new HeaderView(this);

    connect(m_lintView, &LintView::findingActivated, this, &MainWindow::goToFinding);

    m_sidebar = new QListWidget(this);
    m_sidebar->setObjectName(QStringLiteral("viewList"));
    m_sidebar->setToolTip(tr("Views (Ctrl+1 to Ctrl+6)"));
    m_sidebar->setAccessibleName(tr("Views"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("viewStack"));
    for (int page = 0; page < ViewCount; ++page) {
        auto* item = new QListWidgetItem(viewTitle(View(page)), m_sidebar);
        item->setToolTip(tr("Show the %1 view (Ctrl+%2)").arg(viewTitle(View(page))).arg(page + 1));
        m_stack->addWidget(view(View(page)));
        auto* shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(shortcut, &QAction::triggered, this, [this, page] { showView(page); });
        addAction(shortcut);
    }
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 24);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(PlanPage);

    // The start page: new users are offered the wizard above the Plan view.
    auto* startBar = new QWidget(this);
    startBar->setObjectName(QStringLiteral("startBar"));
    auto* startLayout = new QHBoxLayout(startBar);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(
        new QLabel(tr("New to SPF, DKIM and DMARC? The wizard makes the records step by step."), startBar), 1);
    auto* wizardButton = new QPushButton(tr("Set up &records with the wizard..."), startBar);
    wizardButton->setObjectName(QStringLiteral("wizardButton"));
    wizardButton->setToolTip(tr("Answer a few questions about your domain and get every record to publish"));
    startLayout->addWidget(wizardButton);
    connect(wizardButton, &QPushButton::clicked, this, &MainWindow::openWizard);
    connect(m_stack, &QStackedWidget::currentChanged, startBar,
            [startBar](int page) { startBar->setVisible(page == PlanPage); });
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(startBar);
    contentLayout->addWidget(m_stack, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(content);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
}

QWidget* MainWindow::view(View view) const {
    switch (view) {
    case PlanPage:
        return m_planView;
    case RecordsPage:
        return m_recordsView;
    case LintPage:
        return m_lintView;
    case ScenariosPage:
        return m_scenariosView;
    case LiveCheckPage:
        return m_liveCheckView;
    case HeaderPage:
        return m_headerView;
    case ViewCount:
        break;
    }
    return nullptr;
}

QString MainWindow::viewTitle(View view) const {
    switch (view) {
    case PlanPage:
        return tr("Plan");
    case RecordsPage:
        return tr("Records");
    case LintPage:
        return tr("Lint");
    case ScenariosPage:
        return tr("Scenarios");
    case LiveCheckPage:
        return tr("Live check");
    case HeaderPage:
        return tr("Header analyser");
    case ViewCount:
        break;
    }
    return {};
}

MainWindow::View MainWindow::currentView() const {
    return View(m_stack->currentIndex());
}

void MainWindow::showView(int view) {
    if (view >= 0 && view < ViewCount)
        m_sidebar->setCurrentRow(view);
}

void MainWindow::createMenus() {
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    auto addAction = [this](QMenu* menu, const QString& text, const char* name, QKeySequence::StandardKey key,
                            const QString& tip, auto slot) {
        auto* action = menu->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        return action;
    };
    addAction(fileMenu, tr("&New"), "newAction", QKeySequence::New, tr("Start a new, empty plan"),
              &MainWindow::newDocument);
    addAction(fileMenu, tr("New with &Wizard..."), "wizardAction", QKeySequence::UnknownKey,
              tr("Make SPF, DKIM and DMARC records step by step"), &MainWindow::openWizard);
    addAction(fileMenu, tr("&Open..."), "openAction", QKeySequence::Open, tr("Open a plan file"),
              &MainWindow::openDocument);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    fileMenu->addSeparator();
    addAction(fileMenu, tr("&Save"), "saveAction", QKeySequence::Save, tr("Save the plan"), &MainWindow::save);
    addAction(fileMenu, tr("Save &As..."), "saveAsAction", QKeySequence::SaveAs, tr("Save the plan under a new name"),
              &MainWindow::saveAs);
    fileMenu->addSeparator();
    addAction(fileMenu, tr("&Quit"), "quitAction", QKeySequence::Quit, tr("Close dmarcplan"), &QWidget::close);

    auto* toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->setObjectName(QStringLiteral("toolsMenu"));
    addAction(toolsMenu, tr("&Settings..."), "settingsAction", QKeySequence::Preferences,
              tr("DNS servers, offline zone files and language"), &MainWindow::openSettings);
    if (QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()) // no platform binding on X11
        findChild<QAction*>(QStringLiteral("settingsAction"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    addAction(helpMenu, tr("&About dmarcplan"), "aboutAction", QKeySequence::UnknownKey,
              tr("Version and licence of dmarcplan"), &MainWindow::showAbout);
    updateRecentMenu();
}

void MainWindow::updateTitle() {
    setWindowTitle(tr("%1[*] - dmarcplan").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    for (const auto& path : m_settings.recentFiles) {
        auto* action = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!m_settings.recentFiles.isEmpty());
}

void MainWindow::rememberRecent(const QString& path) {
    m_settings.recentFiles = withRecentFile(m_settings.recentFiles, QFileInfo(path).absoluteFilePath());
    QSettings store;
    m_settings.save(store);
    updateRecentMenu();
}

bool MainWindow::maybeSave() {
    if (!m_document->isModified())
        return true;
    const auto answer =
        m_unsavedPrompt
            ? m_unsavedPrompt(m_document->displayName())
            : QMessageBox::warning(this, tr("Unsaved changes"),
                                   tr("%1 has changes that are not saved. Save them?").arg(m_document->displayName()),
                                   QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDocument() {
    if (maybeSave())
        m_document->reset();
}

void MainWindow::openDocument() {
    if (!maybeSave())
        return;
    const QString path = m_fileChooser ? m_fileChooser(FileDialogKind::Open)
                                       : QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                                                      tr("Plans (*.dmarcplan.json *.json)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString& path) {
    auto loaded = m_document->load(path);
    if (!loaded) {
        showError(tr("Open plan"),
                  tr("The plan could not be opened: %1").arg(QString::fromStdString(loaded.error().describe())));
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

bool MainWindow::save() {
    if (m_document->path().isEmpty())
        return saveAs();
    return saveTo(m_document->path());
}

bool MainWindow::saveAs() {
    QString path = m_fileChooser ? m_fileChooser(FileDialogKind::SaveAs)
                                 : QFileDialog::getSaveFileName(this, tr("Save plan"), m_document->path(),
                                                                tr("Plans (*.dmarcplan.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json")))
        path += QStringLiteral(".dmarcplan.json");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path) {
    auto saved = m_document->save(path);
    if (!saved) {
        showError(tr("Save plan"),
                  tr("The plan could not be saved: %1").arg(QString::fromStdString(saved.error().describe())));
        return false;
    }
    rememberRecent(path);
    statusBar()->showMessage(tr("Saved %1").arg(path), 5000);
    return true;
}

void MainWindow::showError(const QString& title, const QString& text) {
    statusBar()->showMessage(text, 10000);
    // Window-modal but not blocking (open(), not exec()): the event loop, and tests, carry on.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::openSettings() {
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(m_settings);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
}

void MainWindow::applySettings(const AppSettings& settings) {
    const AppSettings previous = m_settings;
    m_settings = settings;
    if (!(previous == settings)) {
        QSettings store;
        m_settings.save(store);
    }
    m_liveCheckView->setResolverOptions(m_settings.resolverOptions());
    m_headerView->setResolverOptions(m_settings.resolverOptions());
    if (!(previous == settings))
        scheduleAnalysis(); // names outside the plan may answer differently now
    updateRecentMenu();
}

QString MainWindow::aboutText() {
    return tr("<h3>dmarcplan %1</h3><p>Plan, lint and simulate SPF, DKIM and DMARC records before you deploy "
              "them.</p>")
        .arg(QString::fromLatin1(kVersion));
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About dmarcplan"), aboutText());
}

wizard::RecordWizard* MainWindow::openWizard() {
    auto* dialog = new wizard::RecordWizard(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setResolverOptions(m_settings.resolverOptions());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->savedPlanPath().isEmpty() && maybeSave())
            openFile(dialog->savedPlanPath());
    });
    dialog->open();
    return dialog;
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

} // namespace dmarcplan::ui
