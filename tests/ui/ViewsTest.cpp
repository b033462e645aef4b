// The views driven through their real widgets: lint filter and fix, records export, header file
// loading, and a live check against the local name server of the test fixture.

#include "UiTestSupport.h"

#include "tests/support/TestSupport.h"
#include "ui/Translations.h"
#include "ui/models/CheckTreeModel.h"
#include "ui/models/FindingsModel.h"
#include "ui/models/HeaderAnalysisModel.h"
#include "ui/views/HeaderView.h"
#include "ui/views/LintView.h"
#include "ui/views/LiveCheckView.h"
#include "ui/views/RecordsView.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace dmarcplan;
using namespace dmarcplan::ui;

class ViewsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;

    static QString cell(const QAbstractItemModel& model, int row, int column, const QModelIndex& parent = {}) {
        return model.index(row, column, parent).data().toString();
    }

private slots:
    void initTestCase() {
        test::isolateSettings(m_settingsDir);
        installTranslations(QStringLiteral("en"));
    }

    void lintFilterAndFix() {
        LintView view;
        view.show();
        Finding info{"X-INFO", Severity::Info, {}, {}, {}, "v=spf1"};
        Finding error{"DNS-TEMPERROR",
                      Severity::Error,
                      {{"name", "a.example"}, {"type", "TXT"}, {"error", "timeout"}},
                      {},
                      {},
                      "v=spf1 include:a.example -all"};
        view.setFindings({info, error});
        auto* table = view.findChild<QTableView*>("findingsTable");
        auto* filter = view.findChild<QComboBox*>("severityFilter");
        auto* fix = view.findChild<QTextBrowser*>("fixText");
        QCOMPARE(table->model()->rowCount(), 2);
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down); // "Warnings and errors"
        QTest::keyClick(filter, Qt::Key_Down); // "Errors only"
        QCOMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->selectRow(0);
        QTRY_VERIFY(fix->toPlainText().contains("Check the name server settings"));
        QVERIFY(fix->toPlainText().contains("DNS query for a.example TXT failed: timeout"));
        QSignalSpy activated(&view, &LintView::findingActivated);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<Finding>().code, std::string("DNS-TEMPERROR"));
    }

    static plan::GeneratedRecord txt(std::string name, std::string value, std::string purpose, unsigned ttl) {
        plan::GeneratedRecord record;
        record.name = std::move(name);
        record.type = "TXT";
        record.value = value;
        record.strings = {std::move(value)};
        record.ttl = ttl;
        record.purpose = std::move(purpose);
        return record;
    }

    void recordsSnippetAndExport() {
        RecordsView view;
        plan::GeneratedPlan generated;
        generated.domain = "example.com";
        generated.records = {txt("example.com", "v=spf1 mx -all", "spf", 3600),
                             txt("_dmarc.example.com", "v=DMARC1; p=none", "dmarc", 300)};
        plan::GeneratedRecord pending;
        pending.name = "pm._domainkey.example.com";
        pending.type = "TXT";
        pending.purpose = "dkim";
        pending.pending = true;
        generated.records.push_back(pending);
        view.setGenerated(generated);
        QCOMPARE(view.zoneSnippet(), QString::fromStdString(plan::toZoneText(generated)));
        QVERIFY(view.zoneSnippet().contains("example.com. 3600 IN TXT \"v=spf1 mx -all\"\n"));
        QVERIFY(view.zoneSnippet().contains("; PENDING pm._domainkey.example.com."));
        QVERIFY(view.findChild<QPushButton*>("exportRecordsButton")->isEnabled());
        // A copy button per record; the pending one has nothing to copy yet.
        auto* copySpf = view.findChild<QToolButton*>("copyRecordButton0");
        QVERIFY(copySpf && copySpf->isEnabled());
        QVERIFY(!view.findChild<QToolButton*>("copyRecordButton2")->isEnabled());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copySpf, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("v=spf1 mx -all"));

        const QString path = m_files.filePath("records.zone");
        QCOMPARE(view.exportTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), view.zoneSnippet());
        // The snippet is a valid zone file for core's reader (the pending record is a comment).
        auto zone = dns::ZoneData::fromFile(path.toStdString(), "example.com");
        QVERIFY2(zone.ok(), zone.ok() ? "" : zone.error().describe().c_str());
        QCOMPARE(zone->records().size(), std::size_t(2));
    }

    void headerFileLoadsHeaderBlockOnly() {
        HeaderView view;
        const QString path = m_files.filePath("message.eml");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: a@example.com\r\nSubject: hi\r\n\r\nbody line\r\n");
        file.close();
        QCOMPARE(view.loadMessageFile(path), QString());
        QCOMPARE(view.headerText(), QStringLiteral("From: a@example.com\r\nSubject: hi").replace("\r\n", "\n"));
        QVERIFY(!view.loadMessageFile(m_files.filePath("missing.eml")).isEmpty());
        QCOMPARE(headerBlock("A: b\n\nbody"), QStringLiteral("A: b"));
    }

    static QByteArray espMessage() {
        QFile file(QString::fromStdString(test::dataPath("headers/esp-unaligned.eml")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Pastes a header block into the editor as a user would (clipboard, Ctrl+V) and clicks Analyse.
    static void pasteAndAnalyse(HeaderView& view, const QString& text) {
        QGuiApplication::clipboard()->setText(text);
        auto* editor = view.findChild<QPlainTextEdit*>("headersEdit");
        editor->setFocus();
        QTest::keySequence(editor, QKeySequence::Paste);
        QTest::mouseClick(view.findChild<QPushButton*>("analyseButton"), Qt::LeftButton);
    }

    void headerAnalysisOfAPastedBlock() {
        HeaderView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        pasteAndAnalyse(view, headerBlock(espMessage()));
        QVERIFY(view.headerText().startsWith("Authentication-Results: mx.example.net;"));
        const HeaderAnalysisModel& model = *view.model();
        QTRY_COMPARE(model.rowCount(), 3); // spf, dkim, dmarc of mx.example.net
        QCOMPARE(cell(model, 0, HeaderAnalysisModel::MethodColumn), QStringLiteral("spf"));
        QCOMPARE(cell(model, 2, HeaderAnalysisModel::MethodColumn), QStringLiteral("dmarc"));
        QCOMPARE(cell(model, 2, HeaderAnalysisModel::ResultColumn), QStringLiteral("fail"));
        QCOMPARE(cell(model, 2, HeaderAnalysisModel::ReceiverColumn), QStringLiteral("mx.example.net"));
        // The explanation is the catalogue's text, filled in: DMARC failed for the From domain, and SPF
        // passed for a domain not aligned with it.
        const QString dmarc = cell(model, 2, HeaderAnalysisModel::ExplanationColumn);
        QVERIFY2(dmarc.contains("DMARC fail at mx.example.net for shop.example.co.jp"), qPrintable(dmarc));
        QVERIFY(cell(model, 0, HeaderAnalysisModel::ExplanationColumn).contains("bounces.esp.example"));
        QVERIFY(model.index(2, HeaderAnalysisModel::ResultColumn).data(Qt::DecorationRole).value<QIcon>().isNull() ==
                false);
        QVERIFY(view.summaryText().contains("From domain: shop.example.co.jp"));
        QVERIFY(view.summaryText().contains("198.51.100.7"));
        QVERIFY(model.index(0, HeaderAnalysisModel::TodayColumn).data().isNull()); // no re-check asked
        QVERIFY(!view.isRechecking());
    }

    // Issue 14: the analysis runs on a worker (analyse() returns at once, "Analysing..." shows), a newer
    // Analyse supersedes the running one, and hostile Received fields (which crashed std::regex) read.
    void headerAnalysisRunsOnAWorkerAndIsSuperseded() {
        HeaderView view;
        view.show();
        QSignalSpy finished(&view, &HeaderView::analysisFinished);
        auto* editor = view.findChild<QPlainTextEdit*>("headersEdit");
        editor->setPlainText(
            QStringLiteral("From: a@old.example\n"
                           "Authentication-Results: mx.old.example; spf=pass smtp.mailfrom=old.example\n"));
        view.analyse();
        QVERIFY(view.isAnalysing());
        QVERIFY2(view.summaryText().contains("Analysing the headers"), qPrintable(view.summaryText()));
        // Pasted before the first answer arrived: only this text's analysis is shown.
        const QString hostile = "Received: from " + QString(300000, 'a') + " ([192.0.2.1]) by mx.example.net\n" +
                                "Received: from mx.example.com ([" + QString(30000, '1') +
                                "] [192.0.2.7]) by mx.example.net\n" + headerBlock(espMessage());
        editor->setPlainText(hostile);
        view.analyse();
        QVERIFY(finished.wait(20000));
        QVERIFY(!view.isAnalysing());
        const HeaderAnalysisModel& model = *view.model();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, HeaderAnalysisModel::ReceiverColumn), QStringLiteral("mx.example.net"));
        QVERIFY2(view.summaryText().contains("192.0.2.7"), qPrintable(view.summaryText()));
        QVERIFY2(view.summaryText().contains("The Received field at line 1 is 300047 bytes long"),
                 qPrintable(view.summaryText()));
        QTest::qWait(200); // the superseded analysis never shows up
        QCOMPARE(finished.count(), 1);
        QVERIFY(!view.summaryText().contains("old.example"));
    }

    void headerRecheckHighlightsWhatChanged() {
        // Today's DNS (offline zone files): the ESP's bounce domain no longer lists 198.51.100.7.
        const QString zone = m_files.filePath("bounces.esp.example.zone");
        QFile file(zone);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("$ORIGIN bounces.esp.example.\n$TTL 300\n@ IN TXT \"v=spf1 ip4:192.0.2.1 -all\"\n");
        file.close();
        dns::ResolverOptions options;
        options.zoneFiles = {zone.toStdString()};
        options.offline = true;
        HeaderView view;
        view.setResolverOptions(options);
        view.show();
        QTest::mouseClick(view.findChild<QCheckBox*>("recheckCheck"), Qt::LeftButton);
        QSignalSpy rechecked(&view, &HeaderView::recheckFinished);
        QSignalSpy changed(view.model(), &QAbstractItemModel::dataChanged);
        // As delivered: the receiver put the envelope sender in Return-Path.
        pasteAndAnalyse(view, "Return-Path: <bounce-7@bounces.esp.example>\n" + headerBlock(espMessage()));
        QVERIFY(rechecked.wait(20000) || rechecked.count() == 1);
        const HeaderAnalysisModel& model = *view.model();
        QCOMPARE(cell(model, 0, HeaderAnalysisModel::TodayColumn), QStringLiteral("fail (differs)"));
        QVERIFY(model.index(0, 0).data(HeaderAnalysisModel::DiffersRole).toBool());
        QVERIFY(model.index(0, HeaderAnalysisModel::TodayColumn).data(Qt::FontRole).value<QFont>().bold());
        // Only the Today column was announced.
        QVERIFY(changed.count() >= 1);
        for (const auto& signal : changed) {
            QCOMPARE(signal.at(0).toModelIndex().column(), int(HeaderAnalysisModel::TodayColumn));
            QCOMPARE(signal.at(1).toModelIndex().column(), int(HeaderAnalysisModel::TodayColumn));
        }
        QVERIFY2(view.summaryText().contains("Differs: spf: the receiver recorded pass, today's DNS gives fail"),
                 qPrintable(view.summaryText()));
    }

    // Runs a check of `domain` through the real widgets against the fixture's name server.
    static bool runLiveCheck(LiveCheckView& view, const QString& domain, const QString& selectors) {
        const auto port = test::localDnsPort();
        if (!port)
            return false;
        dns::ResolverOptions options;
        options.nameservers = {"127.0.0.1:" + std::to_string(*port)};
        options.timeoutMs = 3000;
        view.setResolverOptions(options);
        auto* domainEdit = view.findChild<QLineEdit*>("liveDomainEdit");
        auto* selectorsEdit = view.findChild<QLineEdit*>("liveSelectorsEdit");
        domainEdit->clear();
        selectorsEdit->clear();
        QTest::keyClicks(domainEdit, domain);
        QTest::keyClicks(selectorsEdit, selectors);
        QSignalSpy finished(&view, &LiveCheckView::checkFinished);
        QTest::mouseClick(view.findChild<QPushButton*>("liveCheckButton"), Qt::LeftButton);
        return finished.wait(20000) || finished.count() == 1;
    }

    void liveCheckFillsTheTreeFromTheLocalServer() {
        QVERIFY2(test::localDnsPort(), "the local DNS server of the ctest fixture dns_server is not running");
        LiveCheckView view;
        view.show();
        QVERIFY(runLiveCheck(view, "fixture.test", "nosuch"));
        const CheckTreeModel& model = *view.model();
        QCOMPARE(model.rowCount(), 4); // SPF, DMARC, MX, one selector
        QCOMPARE(cell(model, 0, CheckTreeModel::DetailColumn), QStringLiteral("v=spf1 mx a -all"));
        QCOMPARE(cell(model, 0, CheckTreeModel::LookupsColumn), QStringLiteral("2 of 10"));
        QCOMPARE(cell(model, 1, CheckTreeModel::DetailColumn),
                 QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@fixture.test"));
        const QModelIndex mx = model.index(2, 0);
        QCOMPARE(model.rowCount(mx), 2);
        QCOMPARE(cell(model, 0, CheckTreeModel::NameColumn, mx), QStringLiteral("10 mx1.fixture.test"));
        QCOMPARE(cell(model, 3, CheckTreeModel::ResultColumn), QStringLiteral("not published"));
        QVERIFY(!view.isRunning());
    }

    void liveCheckShowsTheSpfIncludeTree() {
        QVERIFY2(test::localDnsPort(), "the local DNS server of the ctest fixture dns_server is not running");
        LiveCheckView view;
        view.show();
        QVERIFY(runLiveCheck(view, "gui.test", "ed"));
        const CheckTreeModel& model = *view.model();
        const QModelIndex spf = model.index(0, 0);
        QStringList terms;
        int branchSum = 0;
        for (int row = 0; row < model.rowCount(spf); ++row) {
            const QString term = cell(model, row, CheckTreeModel::NameColumn, spf);
            if (term.contains(':') || term == "mx") { // lookup terms; findings follow as rows with codes
                terms << term;
                branchSum += cell(model, row, CheckTreeModel::LookupsColumn, spf).toInt();
            }
        }
        QCOMPARE(terms, (QStringList{"mx", "include:_spf.gui.test", "include:_other.gui.test"}));
        QCOMPARE(branchSum, 5); // mx 1; _spf 1 + its include 1 + that one's a 1; _other 1
        QCOMPARE(cell(model, 0, CheckTreeModel::LookupsColumn), QStringLiteral("5 of 10"));
        const QModelIndex include = model.index(1, 0, spf);
        QCOMPARE(cell(model, 0, CheckTreeModel::NameColumn, include), QStringLiteral("include:_inner.gui.test"));
        QCOMPARE(cell(model, 0, CheckTreeModel::NameColumn, model.index(0, 0, include)),
                 QStringLiteral("a:relay.gui.test"));
        QCOMPARE(cell(model, 1, CheckTreeModel::DetailColumn),
                 QStringLiteral("v=DMARC1; p=none; rua=mailto:dmarc@gui.test"));
        QVERIFY(cell(model, 3, CheckTreeModel::DetailColumn).contains("ed25519"));
        QVERIFY(cell(model, 3, CheckTreeModel::ResultColumn) != QStringLiteral("not published"));
    }

    void liveCheckRejectsNonsenseDomain() {
        LiveCheckView view;
        QTest::keyClicks(view.findChild<QLineEdit*>("liveDomainEdit"), "not a domain");
        QTest::mouseClick(view.findChild<QPushButton*>("liveCheckButton"), Qt::LeftButton);
        QVERIFY(!view.isRunning());
        QCOMPARE(view.model()->rowCount(), 0);
    }
};

QTEST_MAIN(ViewsTest)
#include "ViewsTest.moc"
