// The main window driven as a user would: menus, views by keyboard, open/save with the unsaved-changes
// question answered through the test hook, settings through the real dialog, screenshots.

#include "UiTestSupport.h"

#include "ui/ResultStyle.h"

#include "core/common/DataPaths.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/PlanDocument.h"
#include "ui/Screenshots.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"
#include "ui/models/FindingsModel.h"
#include "ui/models/PlanTablesModel.h"
#include "ui/models/RecordsModel.h"
#include "ui/models/ScenarioModel.h"
#include "ui/views/HeaderView.h"
#include "ui/views/LintView.h"
#include "ui/views/LiveCheckView.h"
#include "ui/views/RecordsView.h"
#include "ui/views/ScenariosView.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <dmarcplan/Version.h>

using namespace dmarcplan;
using namespace dmarcplan::ui;

class MainWindowTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;

    static void setDomain(MainWindow& window, const std::string& domain) {
        plan::Plan plan = window.document()->plan();
        plan.domain = domain;
        window.document()->setPlan(plan);
    }

    static QStringList actionNames(QMenu* menu) {
        QStringList names;
        for (auto* action : menu->actions()) {
            if (!action->isSeparator())
                names << (action->menu() ? action->menu()->objectName() : action->objectName());
        }
        return names;
    }

private slots:
    void initTestCase() {
        test::isolateSettings(m_settingsDir);
        QVERIFY(installTranslations(QStringLiteral("en")));
    }

    void opensWithTitleAndMenus() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Untitled[*] - dmarcplan"));
        auto* file = window.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
        QVERIFY(file);
        QCOMPARE(file->title(), QStringLiteral("&File"));
        QCOMPARE(actionNames(file),
                 (QStringList{"newAction", "wizardAction", "openAction", "recentMenu", "saveAction", "saveAsAction", "quitAction"}));
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("settingsAction"))->shortcut().isEmpty());
        QVERIFY(window.findChild<QAction*>(QStringLiteral("aboutAction")));
        for (int page = 0; page < MainWindow::ViewCount; ++page) {
            QVERIFY(window.view(MainWindow::View(page)));
            QVERIFY(!window.viewTitle(MainWindow::View(page)).isEmpty());
        }
    }

    void aboutShowsVersion() { QVERIFY(MainWindow::aboutText().contains(QString::fromLatin1(kVersion))); }

    void viewsByKeyboardAndSidebar() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentView(), MainWindow::PlanPage);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::LintPage);
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(window.currentView(), MainWindow::LiveCheckPage);
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("viewList"));
        QVERIFY(sidebar);
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(window.currentView(), MainWindow::HeaderPage);
    }

    void saveOpenAndRecentFiles() {
        MainWindow window;
        const QString path = m_files.filePath(QStringLiteral("mine.dmarcplan.json"));
        window.setFileChooser([&](MainWindow::FileDialogKind) { return path; });
        setDomain(window, "example.org");
        QVERIFY(window.isWindowModified());
        QVERIFY(window.save()); // untitled: goes through Save As
        QVERIFY(QFile::exists(path));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), QStringLiteral("mine.dmarcplan.json[*] - dmarcplan"));
        QCOMPARE(window.recentFiles().value(0), QFileInfo(path).absoluteFilePath());

        MainWindow other;
        QVERIFY(other.openFile(path));
        QCOMPARE(other.document()->plan(), window.document()->plan());
        QCOMPARE(other.document()->plan().domain, std::string("example.org"));
        auto* recent = other.findChild<QMenu*>(QStringLiteral("recentMenu"));
        QVERIFY(recent->isEnabled());
        QCOMPARE(recent->actions().value(0)->toolTip(), QFileInfo(path).absoluteFilePath());
        // Recent files survive a restart.
        MainWindow third;
        QCOMPARE(third.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    }

    void openingBrokenFileKeepsDocument() {
        MainWindow window;
        const QString path = m_files.filePath(QStringLiteral("broken.dmarcplan.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        setDomain(window, "kept.example");
        QVERIFY(!window.openFile(path));
        QCOMPARE(window.document()->plan().domain, std::string("kept.example"));
        QTRY_VERIFY(window.findChild<QMessageBox*>(QStringLiteral("errorMessageBox")));
    }

    void unsavedChangesPrompt() {
        MainWindow window;
        int asked = 0;
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        window.setUnsavedChangesPrompt([&](const QString& name) {
            ++asked;
            [&] { QCOMPARE(name, QStringLiteral("Untitled")); }();
            return answer;
        });
        window.newDocument(); // nothing to lose: no question
        QCOMPARE(asked, 0);
        setDomain(window, "example.org");

        window.newDocument();
        QCOMPARE(asked, 1);
        QCOMPARE(window.document()->plan().domain, std::string("example.org")); // cancelled
        QVERIFY(!window.close());                                               // closing asks too, and stays open
        QCOMPARE(asked, 2);

        answer = QMessageBox::Discard;
        window.newDocument();
        QCOMPARE(asked, 3);
        QCOMPARE(window.document()->plan(), plan::starterPlan("example.com"));

        setDomain(window, "example.net");
        const QString path = m_files.filePath(QStringLiteral("saved-on-close.dmarcplan.json"));
        window.setFileChooser([&](MainWindow::FileDialogKind kind) {
            [&] { QCOMPARE(kind, MainWindow::FileDialogKind::SaveAs); }();
            return path;
        });
        answer = QMessageBox::Save;
        QVERIFY(window.close());
        QVERIFY(QFile::exists(path));
    }

    void settingsThroughTheDialog() {
        MainWindow window;
        window.show();
        window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
        SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog*>()) && dialog->isVisible());
        auto* explicitServers = dialog->findChild<QRadioButton*>(QStringLiteral("explicitServersRadio"));
        auto* servers = dialog->findChild<QLineEdit*>(QStringLiteral("nameserversEdit"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(explicitServers, Qt::LeftButton);
        QVERIFY(!ok->isEnabled()); // no server yet
        QTest::keyClicks(servers, QStringLiteral("not-an-address"));
        QVERIFY(!ok->isEnabled());
        servers->clear();
        QTest::keyClicks(servers, QStringLiteral("192.0.2.53, [2001:db8::53]:5353"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(window.settings().dnsMode, DnsMode::Explicit);
        QCOMPARE(window.settings().nameservers, (QStringList{"192.0.2.53", "[2001:db8::53]:5353"}));
        QSettings store;
        QCOMPARE(AppSettings::load(store).nameservers, window.settings().nameservers);
        window.applySettings(AppSettings{});
    }

    static void useOfflineDns() {
        QSettings store;
        AppSettings offline;
        offline.dnsMode = DnsMode::Offline;
        offline.save(store);
    }

    static QStringList codes(const FindingsModel& model) {
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, FindingsModel::CodeColumn).data().toString();
        return list;
    }

    // The example plan opens at start and feeds Records and Lint; editing an SPF source in the Plan
    // view updates the Lint view; double-clicking the finding comes back to that source.
    void editingSourcesUpdatesLint() {
        useOfflineDns();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy analysed(&window, &MainWindow::planAnalysed);
        QVERIFY(analysed.wait(20000));
        QCOMPARE(window.document()->plan().domain, std::string("example.com"));
        QVERIFY(!window.isWindowModified());

        auto* records = qobject_cast<RecordsView*>(window.view(MainWindow::RecordsPage));
        const RecordsModel& recordsModel = *records->model();
        QStringList values;
        for (int row = 0; row < recordsModel.rowCount(); ++row)
            values << recordsModel.index(row, RecordsModel::ValueColumn).data().toString();
        QVERIFY2(values.contains("v=spf1 mx ip4:192.0.2.0/28 -all"), qPrintable(values.join('\n')));
        QCOMPARE(recordsModel.index(0, RecordsModel::HostColumn).data().toString(), QStringLiteral("@"));
        QVERIFY(records->zoneSnippet().contains("example.com. 3600 IN TXT \"v=spf1 mx ip4:192.0.2.0/28 -all\""));
        QVERIFY(window.findChild<QToolButton*>(QStringLiteral("copyRecordButton0")));

        auto* lint = qobject_cast<LintView*>(window.view(MainWindow::LintPage));
        QVERIFY(!codes(*lint->model()).contains("SPF-BROAD-RANGE"));

        // The office range is edited in place, as a user would: select the cell, F2, type, Return.
        auto* sources = window.findChild<QTableView*>(QStringLiteral("planSourcesTable"));
        const QModelIndex office = sources->model()->index(1, SourcesModel::ValueColumn);
        QCOMPARE(office.data().toString(), QStringLiteral("192.0.2.0/28"));
        sources->setFocus();
        sources->setCurrentIndex(office);
        QTest::keyClick(sources, Qt::Key_F2);
        auto* editor = sources->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("192.0.2.0/28, 10.0.0.0/8"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(window.document()->plan().sources[1].addresses,
                     (std::vector<std::string>{"192.0.2.0/28", "10.0.0.0/8"}));
        QVERIFY(window.isWindowModified());
        QTRY_VERIFY_WITH_TIMEOUT(codes(*lint->model()).contains("SPF-BROAD-RANGE"), 20000);

        // An invalid address is not applied; the Plan view says why.
        sources->setCurrentIndex(office);
        QTest::keyClick(sources, Qt::Key_F2);
        editor = sources->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("192.0.2.300"));
        QTest::keyClick(editor, Qt::Key_Return);
        auto* validation = window.findChild<QLabel*>(QStringLiteral("planValidationLabel"));
        QTRY_VERIFY2(validation->text().contains("sources[1]"), qPrintable(validation->text()));
        QCOMPARE(window.document()->plan().sources[1].addresses.size(), std::size_t(2));

        // Double-clicking the finding goes to the field in Plan.
        window.showView(MainWindow::LintPage);
        auto* table = lint->findChild<QTableView*>(QStringLiteral("findingsTable"));
        const int row = int(codes(*lint->model()).indexOf("SPF-BROAD-RANGE"));
        QVERIFY(row >= 0);
        table->setFocus();
        table->selectRow(row);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(window.currentView(), MainWindow::PlanPage);
        QVERIFY(sources->hasFocus());
        window.applySettings(AppSettings{});
    }

    // The issue's walk-through: the example's scenario 3 (a provider with a custom return path below the
    // domain) passes with relaxed SPF alignment and fails when aspf is made strict.
    void strictAspfFailsScenarioThree() {
        useOfflineDns();
        MainWindow window;
        window.show();
        window.showView(MainWindow::ScenariosPage);
        auto* view = qobject_cast<ScenariosView*>(window.view(MainWindow::ScenariosPage));
        const ScenarioModel& model = *view->model();
        // The 12 library scenarios, then the example plan's own 3.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 15, 20000);
        QCOMPARE(model.index(12, 0).data(ScenarioModel::ScenarioIdRole).toString(),
                 QStringLiteral("plan-office-to-a-customer"));
        const QModelIndex spfAligned = model.index(2, ScenarioModel::SpfAlignedColumn);
        QCOMPARE(model.index(2, 0).data(ScenarioModel::ScenarioIdRole).toString(),
                 QStringLiteral("provider-return-path"));
        QCOMPARE(spfAligned.data().toString(), QStringLiteral("aligned"));
        QCOMPARE(model.index(2, ScenarioModel::DmarcColumn).data().toString(), QStringLiteral("pass"));

        QSignalSpy changed(view->model(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(view->model(), &QAbstractItemModel::modelReset);
        auto* aspf = window.findChild<QComboBox*>(QStringLiteral("aspfCombo"));
        aspf->setFocus();
        QTest::keyClick(aspf, Qt::Key_Down); // relaxed -> strict
        QCOMPARE(aspf->currentData().toString(), QStringLiteral("s"));
        QTRY_COMPARE_WITH_TIMEOUT(spfAligned.data().toString(), QStringLiteral("not aligned"), 20000);
        QCOMPARE(spfAligned.data(Qt::DecorationRole).value<QIcon>().cacheKey(), outcomeIcon(Outcome::Fail).cacheKey());
        QCOMPARE(model.index(2, ScenarioModel::DmarcColumn).data().toString(), QStringLiteral("fail"));
        QVERIFY(spfAligned.data(ScenarioModel::HighlightRole).toBool());
        QCOMPARE(reset.count(), 0);
        // Only changed cells were announced, each on its own; the direct scenario (1) did not change.
        for (const auto& signal : changed) {
            QCOMPARE(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
            QVERIFY(signal.at(0).toModelIndex().row() != 0);
        }
        QVERIFY(!model.isHighlighted(0, ScenarioModel::SpfAlignedColumn));
        QTRY_VERIFY_WITH_TIMEOUT(!spfAligned.data(ScenarioModel::HighlightRole).toBool(), 5000);

        // The selected row's evidence names the alignment and the recommendation.
        auto* table = window.findChild<QTableView*>(QStringLiteral("scenarioTable"));
        table->setFocus();
        table->selectRow(2);
        const QString evidence = view->evidenceText();
        QVERIFY2(evidence.contains("Neither SPF nor DKIM is aligned"), qPrintable(evidence));
        QVERIFY2(evidence.contains("Recommendation:"), qPrintable(evidence));
        QVERIFY2(evidence.contains("bounces.example.com"), qPrintable(evidence));
        window.applySettings(AppSettings{});
    }

    // Every view in both languages, filled as a user would see it: the example plan with the bundled
    // example zone for the domain's other records, a pasted header block re-checked against it, and a
    // live check of the fixture's gui.test.
    void screenshotsOfEveryView() {
        const auto exampleZone = findDataFile("examples/example.com.zone");
        QVERIFY(exampleZone);
        const auto port = test::localDnsPort();
        QVERIFY2(port, "the local DNS server of the ctest fixture dns_server is not running");
        {
            QSettings store;
            AppSettings settings;
            settings.dnsMode = DnsMode::Offline;
            settings.zoneFiles = {QString::fromStdString(exampleZone->string())};
            settings.save(store);
        }
        QFile message(QString::fromStdString(test::dataPath("headers/esp-unaligned.eml")));
        QVERIFY(message.open(QIODevice::ReadOnly));
        const QString headers = "Return-Path: <bounce-7@bounces.esp.example>\n" + headerBlock(message.readAll());

        const QString directory = QStringLiteral(DMARCPLAN_SCREENSHOT_DIR);
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QVERIFY(installTranslations(language));
            MainWindow window;
            window.resize(1100, 720);
            if (language == QLatin1String("ja"))
                QCOMPARE(window.findChild<QMenu*>(QStringLiteral("fileMenu"))->title(), QStringLiteral("ファイル(&F)"));

            auto* header = qobject_cast<HeaderView*>(window.view(MainWindow::HeaderPage));
            window.findChild<QPlainTextEdit*>(QStringLiteral("headersEdit"))->setPlainText(headers);
            window.findChild<QCheckBox*>(QStringLiteral("recheckCheck"))->setChecked(true);
            QSignalSpy rechecked(header, &HeaderView::recheckFinished);
            header->analyse();
            QVERIFY(rechecked.wait(20000) || rechecked.count() == 1);

            auto* live = qobject_cast<LiveCheckView*>(window.view(MainWindow::LiveCheckPage));
            dns::ResolverOptions fixture;
            fixture.nameservers = {"127.0.0.1:" + std::to_string(*port)};
            live->setResolverOptions(fixture);
            window.findChild<QLineEdit*>(QStringLiteral("liveDomainEdit"))->setText(QStringLiteral("gui.test"));
            window.findChild<QLineEdit*>(QStringLiteral("liveSelectorsEdit"))->setText(QStringLiteral("ed"));
            QSignalSpy checked(live, &LiveCheckView::checkFinished);
            live->startCheck();
            QVERIFY(checked.wait(20000) || checked.count() == 1);

            // Scenario 3 selected: its evidence fills the pane below the table.
            auto* scenarios = qobject_cast<ScenariosView*>(window.view(MainWindow::ScenariosPage));
            QTRY_COMPARE_WITH_TIMEOUT(scenarios->model()->rowCount(), 15, 20000);
            scenarios->table()->selectRow(2);

            const QStringList written = renderScreenshots(window, directory, language + QLatin1Char('-'));
            QCOMPARE(written.size(), int(MainWindow::ViewCount));
            QVERIFY(!window.isBusy());
            // What the pictures show: the plan's records, its findings and the scenario table.
            QVERIFY(window.planAnalysis().generated);
            QCOMPARE(qobject_cast<ScenariosView*>(window.view(MainWindow::ScenariosPage))->model()->rowCount(), 15);
            for (const auto& path : written) {
                QImage image(path);
                QVERIFY2(!image.isNull(), qPrintable(path));
                QVERIFY(image.width() >= 1000);
            }
        }
        QVERIFY(installTranslations(QStringLiteral("en")));
        resetSettings();
    }

    static void resetSettings() {
        QSettings store;
        AppSettings{}.save(store);
    }
};

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
