// The models, checked with QAbstractItemModelTester and their signals with QSignalSpy.

#include "UiTestSupport.h"

#include "core/common/MessageCatalogue.h"
#include "ui/CoreText.h"
#include "ui/ResultStyle.h"
#include "ui/Translations.h"
#include "ui/models/CheckTreeModel.h"
#include "ui/models/FindingsModel.h"
#include "ui/models/HeaderAnalysisModel.h"
#include "ui/models/PlanTablesModel.h"
#include "ui/models/RecordsModel.h"
#include "ui/models/ScenarioModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QGuiApplication>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace dmarcplan;
using namespace dmarcplan::ui;

namespace {
Finding finding(std::string code, Severity severity, MessageParams params = {}) {
    Finding f;
    f.code = std::move(code);
    f.severity = severity;
    f.params = std::move(params);
    f.record = "v=spf1 -all";
    return f;
}
} // namespace

class ModelsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() {
        test::isolateSettings(m_settingsDir);
        installTranslations(QStringLiteral("en"));
    }

    void findingsModelAnnouncesOnlyWhatChanged() {
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        Findings three = {
            finding("DNS-TEMPERROR", Severity::Error, {{"name", "a.example"}, {"type", "TXT"}, {"error", "timeout"}}),
            finding("X-ONE", Severity::Warning), finding("X-TWO", Severity::Info)};
        model.setFindings(three);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 0);

        three[1].severity = Severity::Error;
        model.setFindings(three);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);

        model.setFindings({three[0]});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(changed.count(), 1); // row 0 did not change
        QCOMPARE(reset.count(), 0);
    }

    void findingsModelCells() {
        FindingsModel model;
        model.setFindings({finding("DNS-TEMPERROR", Severity::Warning,
                                   {{"name", "a.example"}, {"type", "TXT"}, {"error", "timeout"}})});
        const auto at = [&](int column) { return model.index(0, column); };
        QCOMPARE(at(FindingsModel::SeverityColumn).data().toString(), QStringLiteral("warning"));
        QVERIFY(!at(FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(at(FindingsModel::SeverityColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(at(FindingsModel::CodeColumn).data().toString(), QStringLiteral("DNS-TEMPERROR"));
        QCOMPARE(at(FindingsModel::MessageColumn).data().toString(),
                 QStringLiteral("DNS query for a.example TXT failed: timeout"));
        QCOMPARE(at(0).data(FindingsModel::FixRole).toString(), QString::fromStdString(renderFix("DNS-TEMPERROR", {})));
        QCOMPARE(at(FindingsModel::RecordColumn).data().toString(), QStringLiteral("v=spf1 -all"));
        QCOMPARE(model.headerData(FindingsModel::CodeColumn, Qt::Horizontal).toString(), QStringLiteral("Code"));
    }

    void severityFilter() {
        FindingsModel model;
        FindingsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(
            {finding("A", Severity::Info), finding("B", Severity::Warning), finding("C", Severity::Error)});
        QCOMPARE(filter.rowCount(), 3);
        filter.setMinimumSeverity(Severity::Warning);
        QCOMPARE(filter.rowCount(), 2);
        filter.setMinimumSeverity(Severity::Error);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, FindingsModel::CodeColumn).data().toString(), QStringLiteral("C"));
    }

    void checkTreeModel() {
        CheckTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CheckNode spf{"SPF", Outcome::Pending, {}, "example.com", -1, 0, {}};
        model.appendNode(spf);
        model.appendNode(CheckNode{"DMARC", Outcome::Pending, {}, "_dmarc.example.com", -1, 0, {}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CheckTreeModel::ResultColumn).data().toString(), QStringLiteral("waiting"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        spf.outcome = Outcome::Pass;
        spf.status = "published";
        spf.lookups = 3;
        spf.lookupLimit = 10;
        spf.children = {CheckNode{"include:_spf.example.net",
                                  Outcome::Pass,
                                  {},
                                  {},
                                  2,
                                  0,
                                  {CheckNode{"ip4:192.0.2.0/24", Outcome::Info, {}, {}, -1, 0, {}}}},
                        CheckNode{"mx", Outcome::Pass, {}, {}, 1, 0, {}}};
        model.replaceNode(0, spf);
        QCOMPARE(changed.count(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 2);
        QCOMPARE(model.index(0, CheckTreeModel::LookupsColumn).data().toString(), QStringLiteral("3 of 10"));
        QCOMPARE(model.index(0, CheckTreeModel::LookupsColumn, root).data().toString(), QStringLiteral("2"));
        const QModelIndex include = model.index(0, 0, root);
        QCOMPARE(model.rowCount(include), 1);
        QCOMPARE(model.parent(model.index(0, 0, include)), include);
        QCOMPARE(model.index(0, CheckTreeModel::ResultColumn).data().toString(), QStringLiteral("published"));

        spf.lookups = 12;
        spf.children.clear();
        model.replaceNode(0, spf);
        QCOMPARE(model.rowCount(root), 0);
        QVERIFY(model.index(0, CheckTreeModel::LookupsColumn).data(Qt::ToolTipRole).toString().contains("12"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void recordsModel() {
        RecordsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto record = [](std::string name, std::string type, std::string value, std::string purpose) {
            plan::GeneratedRecord r;
            r.name = std::move(name);
            r.type = std::move(type);
            r.value = value;
            r.strings = {std::move(value)};
            r.purpose = std::move(purpose);
            r.source = "dmarc";
            return r;
        };
        plan::GeneratedPlan generated;
        generated.domain = "example.com";
        generated.records = {record("example.com", "TXT", "v=spf1 mx -all", "spf"),
                             record("_dmarc.example.com", "TXT", "v=DMARC1; p=none", "dmarc"),
                             record("s1._domainkey.example.com", "CNAME", "s1.dkim.example.net", "dkim"),
                             record("bounce.example.com", "MX", "feedback.example.net", "return_path")};
        generated.records[3].preference = 10;
        model.setGenerated(generated);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, RecordsModel::HostColumn).data().toString(), QStringLiteral("@"));
        QCOMPARE(model.index(1, RecordsModel::HostColumn).data().toString(), QStringLiteral("_dmarc"));
        QCOMPARE(model.index(2, RecordsModel::TypeColumn).data().toString(), QStringLiteral("CNAME"));
        QCOMPARE(model.index(3, RecordsModel::ValueColumn).data().toString(),
                 QStringLiteral("10 feedback.example.net"));
        QCOMPARE(model.index(1, RecordsModel::PurposeColumn).data().toString(), QStringLiteral("DMARC policy"));
        QCOMPARE(model.index(1, 0).data(RecordsModel::SourceRole).toString(), QStringLiteral("dmarc"));

        // A changed value: that row only; other records: a new table.
        generated.records[1].value = "v=DMARC1; p=quarantine";
        model.setGenerated(generated);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        generated.records.pop_back();
        model.setGenerated(generated);
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 3);
    }

    void planTablesModels() {
        SourcesModel sources;
        QAbstractItemModelTester tester(&sources, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&sources, &SourcesModel::edited);
        plan::Source ip;
        ip.kind = plan::SourceKind::Ip;
        ip.addresses = {"192.0.2.0/28"};
        plan::Source provider;
        provider.kind = plan::SourceKind::Provider;
        provider.provider = "google-workspace";
        sources.setSources({ip, provider});
        QCOMPARE(sources.index(0, SourcesModel::KindColumn).data().toString(), QStringLiteral("IP addresses"));
        QVERIFY(sources.flags(sources.index(0, SourcesModel::ValueColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(sources.flags(sources.index(1, SourcesModel::ValueColumn)) & Qt::ItemIsEditable));
        QVERIFY(sources.setData(sources.index(0, SourcesModel::ValueColumn), "192.0.2.1, 2001:db8::/48"));
        QCOMPARE(sources.sources()[0].addresses, (std::vector<std::string>{"192.0.2.1", "2001:db8::/48"}));
        QCOMPARE(sources.index(0, SourcesModel::ValueColumn).data().toString(),
                 QStringLiteral("192.0.2.1, 2001:db8::/48"));
        QCOMPARE(edited.count(), 1);
        sources.removeSource(1);
        QCOMPARE(sources.rowCount(), 1);
        QCOMPARE(edited.count(), 2);

        DkimKeysModel keys;
        QAbstractItemModelTester keysTester(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
        plan::DkimKey key;
        key.selector = "s1";
        key.algorithm = plan::DkimAlgorithm::Ed25519Sha256;
        keys.appendKey(key);
        QCOMPARE(keys.index(0, DkimKeysModel::AlgorithmColumn).data().toString(), QStringLiteral("Ed25519"));
        QVERIFY(keys.setData(keys.index(0, DkimKeysModel::SelectorColumn), "mail2027"));
        QCOMPARE(keys.keys()[0].selector, std::string("mail2027"));
        QVERIFY(!keys.setData(keys.index(0, DkimKeysModel::AlgorithmColumn), "rsa"));
    }

    void headerAnalysisModel() {
        HeaderAnalysisModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto analysis = headers::analyseHeaders("Authentication-Results: mx.example.net; spf=pass "
                                                      "smtp.mailfrom=example.com; dkim=fail header.d=example.com\n"
                                                      "ARC-Authentication-Results: i=1; lists.example.org; spf=fail\n"
                                                      "From: a@example.com\n");
        model.setAnalysis(analysis.explanations);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, HeaderAnalysisModel::MethodColumn).data().toString(), QStringLiteral("dkim"));
        QCOMPARE(model.index(1, HeaderAnalysisModel::ResultColumn).data().toString(), QStringLiteral("fail"));
        QCOMPARE(model.index(1, HeaderAnalysisModel::ResultColumn).data(Qt::BackgroundRole),
                 outcomeData(Outcome::Fail, Qt::BackgroundRole, QGuiApplication::palette()));
        QVERIFY(!model.index(0, HeaderAnalysisModel::TodayColumn).data().isValid());

        headers::RecheckItem spf{"spf", "pass", "fail", true, {"HEADERS-RECHECK-DIFFERS", {{"method", "spf"}}}};
        headers::RecheckItem dkim{"dkim", "fail", "fail", false, {"HEADERS-RECHECK-SAME", {{"method", "dkim"}}}};
        model.setRecheck({spf, dkim});
        QCOMPARE(changed.count(), 2); // the spf and dkim rows of mx.example.net, not the ARC copy
        for (const auto& signal : changed) {
            QCOMPARE(signal.at(0).toModelIndex().column(), int(HeaderAnalysisModel::TodayColumn));
            QCOMPARE(signal.at(1).toModelIndex(), signal.at(0).toModelIndex());
        }
        QCOMPARE(model.index(0, HeaderAnalysisModel::TodayColumn).data().toString(), QStringLiteral("fail (differs)"));
        QCOMPARE(model.index(1, HeaderAnalysisModel::TodayColumn).data().toString(), QStringLiteral("fail (same)"));
        QVERIFY(model.index(0, 0).data(HeaderAnalysisModel::DiffersRole).toBool());
        QVERIFY(!model.index(1, 0).data(HeaderAnalysisModel::DiffersRole).toBool());
        QVERIFY(!model.index(2, HeaderAnalysisModel::TodayColumn).data().isValid());
        model.clearRecheck();
        QCOMPARE(changed.count(), 4);
        QVERIFY(!model.index(0, HeaderAnalysisModel::TodayColumn).data().isValid());
        QCOMPARE(reset.count(), 1);
    }

    void scenarioModelAnnouncesChangedCellsOnly() {
        ScenarioModel model;
        model.setHighlightDuration(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto row = [](std::string id, std::string spf, bool spfAligned) {
            simulate::Row r;
            r.scenario = std::move(id);
            r.name = r.scenario;
            r.spf = std::move(spf);
            r.spfAligned = spfAligned;
            r.dkim = "pass";
            r.dkimAligned = true;
            r.dmarc = "pass";
            r.disposition = "none";
            return r;
        };
        simulate::Table table;
        table.rows = {row("direct", "pass", true), row("forward", "fail", false)};
        model.setTable(table);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ScenarioModel::ScenarioColumn).data().toString(), QStringLiteral("1. direct"));
        QCOMPARE(model.index(1, ScenarioModel::SpfColumn).data().toString(), QStringLiteral("fail"));
        QCOMPARE(model.index(1, ScenarioModel::SpfAlignedColumn).data().toString(), QStringLiteral("not aligned"));
        QCOMPARE(model.index(0, ScenarioModel::DispositionColumn).data().toString(), QStringLiteral("deliver"));
        // Pass and fail differ by icon and word, not only by colour.
        QVERIFY(model.index(0, ScenarioModel::SpfAlignedColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey() !=
                model.index(1, ScenarioModel::SpfAlignedColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey());
        QCOMPARE(model.headerData(ScenarioModel::DkimAlignedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("DKIM aligned"));

        table.rows[0].spfAligned = false;
        table.rows[0].dmarc = "fail";
        model.setTable(table);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(changed.count(), 2);
        QSet<int> columns;
        for (const auto& signal : changed) {
            QCOMPARE(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
            QCOMPARE(signal.at(0).toModelIndex().row(), 0);
            columns.insert(signal.at(0).toModelIndex().column());
        }
        QCOMPARE(columns, (QSet<int>{ScenarioModel::SpfAlignedColumn, ScenarioModel::DmarcColumn}));
        QVERIFY(model.isHighlighted(0, ScenarioModel::DmarcColumn));
        QVERIFY(model.index(0, ScenarioModel::DmarcColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.isHighlighted(1, ScenarioModel::DmarcColumn));
        QTRY_VERIFY(!model.isHighlighted(0, ScenarioModel::DmarcColumn)); // the mark fades
        QCOMPARE(changed.count(), 4);

        model.setTable(table); // nothing changed: nothing announced
        QCOMPARE(changed.count(), 4);
        table.rows.pop_back();
        model.setTable(table); // other scenarios: a new table
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 1);
    }

    void coreTextTranslatesThenSubstitutes() {
        const MessageParams params{{"name", "x.example"}, {"type", "MX"}, {"error", "SERVFAIL"}};
        QCOMPARE(translatedMessage("DNS-TEMPERROR", params),
                 QString::fromStdString(renderMessage("DNS-TEMPERROR", params)));
        QCOMPARE(translatedMessage(Message{"NO-SUCH-CODE", {{"a", "b"}}}), QStringLiteral("NO-SUCH-CODE a=b"));
        QVERIFY(translatedFix("NO-SUCH-CODE", {}).isEmpty());
        QVERIFY(installTranslations(QStringLiteral("ja")));
        const QString japanese = translatedMessage("DNS-TEMPERROR", params);
        QVERIFY2(japanese.contains("x.example") && japanese.contains("SERVFAIL"), qPrintable(japanese));
        QVERIFY2(japanese != QString::fromStdString(renderMessage("DNS-TEMPERROR", params)), qPrintable(japanese));
        QVERIFY(installTranslations(QStringLiteral("en")));
    }

    void outcomesAreNotColourOnly() {
        const Outcome all[] = {Outcome::Pass,    Outcome::Fail,      Outcome::SoftFail,  Outcome::Neutral,
                               Outcome::None,    Outcome::TempError, Outcome::PermError, Outcome::Info,
                               Outcome::Warning, Outcome::Error,     Outcome::Pending};
        QSet<QString> words;
        for (Outcome outcome : all) {
            words.insert(outcomeText(outcome));
            QVERIFY(!outcomeIcon(outcome).isNull());
            QVERIFY(!outcomeIcon(outcome).pixmap(QSize(32, 32), 2.0).isNull()); // high-DPI size exists
        }
        QCOMPARE(words.size(), int(std::size(all)));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        QVERIFY(outcomeBackground(Outcome::Pass, dark).lightnessF() < 0.5);
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QVERIFY(outcomeBackground(Outcome::Pass, light).lightnessF() > 0.5);
        QCOMPARE(outcomeFromResultWord("softfail"), Outcome::SoftFail);
        QCOMPARE(outcomeFromResultWord("permerror"), Outcome::PermError);
    }
};

QTEST_MAIN(ModelsTest)
#include "ModelsTest.moc"
