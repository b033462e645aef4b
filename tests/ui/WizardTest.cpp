// The record generator wizard driven end to end under offscreen: an internationalised domain, Google
// Workspace and a newsletter service ticked, own servers, keys generated into a temporary folder
// (mode 0600 checked), a DMARC stage chosen; the records that come out, the plan saved and loaded
// back, the same run in Japanese, the no-mail path, and screenshots of every page in both languages.

#include "UiTestSupport.h"

#include "core/dkim/KeyGenerator.h"
#include "core/dns/ResolverFactory.h"
#include "core/plan/Plan.h"
#include "tests/support/TestSupport.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"
#include "ui/models/ScenarioModel.h"
#include "ui/wizard/DkimPage.h"
#include "ui/wizard/DmarcPage.h"
#include "ui/wizard/DomainPage.h"
#include "ui/wizard/RecordWizard.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/SendersPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <sys/stat.h>

using namespace dmarcplan;
using namespace dmarcplan::ui;
using namespace dmarcplan::ui::wizard;

namespace {

const QString kDomain = QStringLiteral("例え.jp");
const std::string kAce = "xn--r8jz45g.jp";
const std::string kSendGridS1 = "s1.domainkey.u1234567.wl123.sendgrid.net";
const std::string kSendGridS2 = "s2.domainkey.u1234567.wl123.sendgrid.net";

dns::ResolverOptions offlineZones() {
    dns::ResolverOptions options;
    options.offline = true;
    for (const char* zone : {"providers.zone", "xn--r8jz45g.jp.zone", "example.net.zone"})
        options.zoneFiles.push_back(test::dataPath(std::string("wizard/") + zone));
    return options;
}

template <typename T> T* child(QWidget* parent, const char* name) {
    auto* widget = parent->findChild<T*>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void tickProvider(QListWidget* list, const QString& id) {
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toString() == id) {
            list->setCurrentRow(row);
            QTest::keyClick(list, Qt::Key_Space); // the keyboard ticks it
            QCOMPARE(list->item(row)->checkState(), Qt::Checked);
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no provider %1").arg(id)));
}

const plan::GeneratedRecord* findRecord(const plan::GeneratedPlan& records, const std::string& name,
                                        const std::string& type) {
    for (const auto& record : records.records)
        if (record.name == name && record.type == type)
            return &record;
    return nullptr;
}

QString screenshot(QWizard& wizard, const QString& language, int page, const char* name) {
    const QString directory = QStringLiteral(DMARCPLAN_SCREENSHOT_DIR);
    QDir().mkpath(directory);
    const QString path =
        QStringLiteral("%1/wizard-%2-%3-%4.png").arg(directory, language).arg(page).arg(QLatin1String(name));
    wizard.grab().save(path);
    return path;
}

} // namespace

class WizardTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    // Drives the whole wizard; returns the review page's records and checks everything on the way.
    void runWizard(const QString& language, plan::GeneratedPlan& records, plan::Plan& saved) {
        QVERIFY(installTranslations(language));
        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString keyFolder = work.filePath(QStringLiteral("keys"));
        const QString planPath = work.filePath(QStringLiteral("plan.dmarcplan.json"));

        RecordWizard wizard;
        wizard.setResolverOptions(offlineZones());
        wizard.setFileChooser([&](RecordWizard::FileDialogKind kind, const QString&) {
            return kind == RecordWizard::FileDialogKind::KeyFolder ? keyFolder : planPath;
        });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        if (language == QLatin1String("ja"))
            QCOMPARE(wizard.currentPage()->title(), QStringLiteral("ドメイン"));
        auto* next = wizard.button(QWizard::NextButton);

        // 1. Domain: typed in Unicode, shown both ways.
        auto* domain = child<QLineEdit>(&wizard, "domainEdit");
        QVERIFY(!next->isEnabled());
        QTest::keyClicks(domain, QStringLiteral("not a domain"));
        QVERIFY(!next->isEnabled());
        domain->clear();
        domain->insert(kDomain); // keyClicks cannot type beyond Latin-1
        QVERIFY(next->isEnabled());
        const QString forms = child<QLabel>(&wizard, "domainForms")->text();
        QVERIFY2(forms.contains(kDomain) && forms.contains(QString::fromStdString(kAce)), qPrintable(forms));
        screenshot(wizard, language, 1, "domain");
        next->click();

        // 2. Who sends: Google Workspace, SendGrid, the MX hosts and one more address.
        QCOMPARE(wizard.currentId(), int(RecordWizard::SendersPageId));
        QVERIFY(!next->isEnabled());
        auto* providers = child<QListWidget>(&wizard, "providerList");
        tickProvider(providers, QStringLiteral("google-workspace"));
        tickProvider(providers, QStringLiteral("sendgrid"));
        child<QCheckBox>(&wizard, "mxCheck")->click();
        QTest::keyClicks(child<QLineEdit>(&wizard, "addressesEdit"), QStringLiteral("192.0.2.10, 300.1.1.1"));
        QVERIFY(!next->isEnabled()); // a bad address blocks the way on
        QVERIFY(child<QLabel>(&wizard, "sendersStatus")->text().contains(QStringLiteral("300.1.1.1")));
        auto* addresses = child<QLineEdit>(&wizard, "addressesEdit");
        addresses->setText(QStringLiteral("192.0.2.10"));
        QVERIFY(next->isEnabled());
        screenshot(wizard, language, 2, "senders");
        next->click();

        // 3. DKIM: own key (RSA 2048 + Ed25519) generated into the folder; SendGrid's CNAMEs and
        // Google's key (pasted from its console) in the provider table.
        QCOMPARE(wizard.currentId(), int(RecordWizard::DkimPageId));
        auto* dkimPage = qobject_cast<DkimPage*>(wizard.currentPage());
        QVERIFY(child<QGroupBox>(&wizard, "ownKeyGroup")->isChecked());
        QCOMPARE(child<QComboBox>(&wizard, "keySizeCombo")->currentData().toInt(), 2048);
        auto* selector = child<QLineEdit>(&wizard, "selectorEdit");
        QVERIFY(DkimPage::isValidSelector(selector->text()));
        auto* generate = child<QPushButton>(&wizard, "generateButton");
        selector->setText(QStringLiteral("bad_selector!"));
        QVERIFY(!generate->isEnabled());
        selector->setText(QStringLiteral("google")); // taken by Google Workspace
        QVERIFY(!generate->isEnabled());
        selector->setText(QStringLiteral("mail2026"));
        child<QCheckBox>(&wizard, "ed25519Check")->setChecked(true);
        child<QLineEdit>(&wizard, "ed25519SelectorEdit")->setText(QStringLiteral("ed2026"));
        child<QPushButton>(&wizard, "chooseFolderButton")->click();
        QCOMPARE(child<QLineEdit>(&wizard, "keyFolderEdit")->text(), keyFolder);
        QVERIFY(!next->isEnabled()); // no key yet
        QVERIFY(generate->isEnabled());

        auto* table = child<QTableWidget>(&wizard, "providerDkimTable");
        QCOMPARE(table->rowCount(), 3); // google (TXT), s1 and s2 (CNAME)
        auto googleKey = dkim::KeyGenerator::generate({dkim::KeyAlgorithm::Rsa, 2048});
        QVERIFY(googleKey.ok());
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString sel = table->item(row, 1)->text();
            if (sel == QLatin1String("google"))
                table->item(row, 3)->setText(QString::fromStdString(googleKey->record()));
            else if (sel == QLatin1String("s1"))
                table->item(row, 3)->setText(QString::fromStdString(kSendGridS1) + QLatin1Char('.'));
            else if (sel == QLatin1String("s2"))
                table->item(row, 3)->setText(QString::fromStdString(kSendGridS2));
        }
        generate->setFocus();
        QTest::keyClick(generate, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(!dkimPage->isGenerating(), 60000);
        QVERIFY2(next->isEnabled(), qPrintable(child<QLabel>(&wizard, "keyStatus")->text()));
        QCOMPARE(dkimPage->generatedKeys().size(), std::size_t(2));
        for (const auto& key : dkimPage->generatedKeys()) {
            QCOMPARE(QFileInfo(key.path).absolutePath(), keyFolder);
            struct stat info {};
            QCOMPARE(::stat(key.path.toLocal8Bit().constData(), &info), 0);
            QCOMPARE(int(info.st_mode & 0777), 0600);
            QVERIFY(dkim::KeyPair::load(key.path.toStdString()).ok());
        }
        QCOMPARE(dkimPage->generatedKeys()[0].bits, 2048);
        QVERIFY(QFileInfo::exists(keyFolder + QStringLiteral("/mail2026.") + QString::fromStdString(kAce) +
                                  QStringLiteral(".pem")));
        screenshot(wizard, language, 3, "dkim");
        next->click();

        // 4. DMARC: quarantine in test mode, reports to an outside destination, subdomains reject.
        QCOMPARE(wizard.currentId(), int(RecordWizard::DmarcPageId));
        auto* report = child<QLineEdit>(&wizard, "reportEdit");
        QCOMPARE(report->text(), QStringLiteral("dmarc-reports@") + QString::fromStdString(kAce));
        QVERIFY(child<QRadioButton>(&wizard, "stageMonitor")->isChecked());
        child<QRadioButton>(&wizard, "stageQuarantine")->click();
        child<QCheckBox>(&wizard, "testingCheck")->click();
        report->setText(QStringLiteral("reports@dmarc.example.net"));
        QVERIFY(child<QLabel>(&wizard, "reportNote")
                    ->text()
                    .contains(QStringLiteral("xn--r8jz45g.jp._report._dmarc.dmarc.example.net")));
        auto* own = child<QCheckBox>(&wizard, "ownDestinationCheck");
        QVERIFY(own->isVisible());
        own->click();
        auto* subdomains = child<QComboBox>(&wizard, "subdomainCombo");
        subdomains->setCurrentIndex(subdomains->findData(int(plan::DmarcPolicy::Reject)));
        screenshot(wizard, language, 4, "dmarc");

        // Back and forward keep what was entered.
        wizard.back();
        wizard.back();
        QCOMPARE(providers->item(0)->checkState(), Qt::Checked);
        QCOMPARE(addresses->text(), QStringLiteral("192.0.2.10"));
        next->click();
        QCOMPARE(selector->text(), QStringLiteral("mail2026"));
        QCOMPARE(dkimPage->generatedKeys().size(), std::size_t(2));
        QCOMPARE(table->rowCount(), 3);
        next->click();
        QCOMPARE(report->text(), QStringLiteral("reports@dmarc.example.net"));
        QVERIFY(child<QRadioButton>(&wizard, "stageQuarantine")->isChecked());
        next->click();

        // 5. Review.
        QCOMPARE(wizard.currentId(), int(RecordWizard::ReviewPageId));
        auto* review = qobject_cast<ReviewPage*>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!review->isComputing(), 30000);
        records = review->records();
        QVERIFY2(!records.records.empty(), qPrintable(child<QLabel>(&wizard, "reviewSummary")->text()));
        auto* recordTable = child<QTableWidget>(&wizard, "recordsTable");
        QCOMPARE(recordTable->rowCount(), int(records.records.size()));
        for (const auto& finding : records.findings)
            QVERIFY2(finding.severity != Severity::Error,
                     qPrintable(QString::fromStdString(finding.code + ": " + finding.message())));
        // The simulator's table for the new records: mail sent directly passes, a forger fails.
        const auto* simulation = review->simulationModel();
        QVERIFY2(simulation->rowCount() > 0, qPrintable(child<QLabel>(&wizard, "simulationNote")->text()));
        bool directPasses = false;
        for (int row = 0; row < simulation->rowCount(); ++row) {
            const auto& result = simulation->row(row);
            if (result.scenario == "direct")
                directPasses = result.dmarc == "pass" && result.spfAligned && result.dkimAligned;
            if (result.scenario == "spoofer")
                QCOMPARE(QString::fromStdString(result.dmarc), QStringLiteral("fail"));
        }
        QVERIFY(directPasses);
        // Copy buttons copy the value.
        auto* copy = child<QToolButton>(&wizard, "copyButton0");
        copy->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), QString::fromStdString(displayValue(records.records[0])));
        QVERIFY(review->zoneFileText().contains(QStringLiteral("_dmarc.xn--r8jz45g.jp. 3600 IN TXT")));
        screenshot(wizard, language, 5, "review");
        QVERIFY(review->savePlan());
        QCOMPARE(wizard.savedPlanPath(), planPath);
        auto loaded = plan::loadPlan(planPath.toStdString());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().describe().c_str());
        QVERIFY(*loaded == wizard.plan());
        saved = *loaded;

        // The saved plan gives the same records again.
        auto stack = dns::makeResolver(offlineZones());
        QVERIFY(stack.ok());
        auto again = generateWizardRecords(*loaded, *wizard.catalogue(), stack->resolver);
        QVERIFY(again.ok());
        QCOMPARE(again->records.size(), records.records.size());
        for (std::size_t i = 0; i < records.records.size(); ++i)
            QCOMPARE(again->records[i].value, records.records[i].value);
        wizard.close();
    }

    void checkRecords(const plan::GeneratedPlan& records, const plan::Plan& plan) {
        const auto* spf = findRecord(records, kAce, "TXT");
        QVERIFY(spf);
        QCOMPARE(QString::fromStdString(spf->value),
                 QStringLiteral("v=spf1 include:_spf.google.com mx ip4:192.0.2.10 -all"));
        const auto* dmarc = findRecord(records, "_dmarc." + kAce, "TXT");
        QVERIFY(dmarc);
        QCOMPARE(QString::fromStdString(dmarc->value),
                 QStringLiteral("v=DMARC1; p=quarantine; sp=reject; t=y; rua=mailto:reports@dmarc.example.net"));
        const auto* authorization = findRecord(records, kAce + "._report._dmarc.dmarc.example.net", "TXT");
        QVERIFY(authorization);
        QCOMPARE(QString::fromStdString(authorization->value), QStringLiteral("v=DMARC1;"));
        const auto* s1 = findRecord(records, "s1._domainkey." + kAce, "CNAME");
        QVERIFY(s1 && !s1->pending);
        QCOMPARE(s1->value, kSendGridS1);
        QCOMPARE(findRecord(records, "s2._domainkey." + kAce, "CNAME")->value, kSendGridS2);
        const auto* google = findRecord(records, "google._domainkey." + kAce, "TXT");
        QVERIFY(google && !google->pending);
        QVERIFY(google->value.rfind("v=DKIM1; k=rsa; p=MII", 0) == 0);
        const auto* own = findRecord(records, "mail2026._domainkey." + kAce, "TXT");
        QVERIFY(own);
        QVERIFY(own->value.rfind("v=DKIM1; k=rsa; p=MII", 0) == 0);
        QVERIFY(own->strings.size() >= 2); // a 2048-bit key does not fit one 255-octet string
        const auto* ed = findRecord(records, "ed2026._domainkey." + kAce, "TXT");
        QVERIFY(ed);
        QVERIFY(ed->value.rfind("v=DKIM1; k=ed25519; p=", 0) == 0);
        QVERIFY(!findRecord(records, kAce, "MX")); // no null MX for a domain that sends
        QCOMPARE(records.records.size(), std::size_t(8));

        QCOMPARE(plan.domain, kAce);
        QVERIFY(plan.dmarc.stage == plan::DmarcStage::Quarantine);
        QVERIFY(plan.dmarc.testing == std::optional<bool>(true));
        QCOMPARE(plan.dkim.size(), std::size_t(3)); // own RSA, own Ed25519, Google's pasted key
        QCOMPARE(plan.sources.size(), std::size_t(4));
        QCOMPARE(plan.sources[1].provider, std::string("sendgrid"));
        QVERIFY(plan.sources[1].options && plan.sources[1].options->dkimTargets);
        QCOMPARE(plan.sources[1].options->dkimTargets->at("s1"), kSendGridS1);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
    }

    void cleanup() { QVERIFY(installTranslations(QStringLiteral("en"))); }

    void domainNames() {
        QCOMPARE(DomainPage::asciiDomain(QStringLiteral("例え.jp")), QStringLiteral("xn--r8jz45g.jp"));
        QCOMPARE(DomainPage::asciiDomain(QStringLiteral("Example.COM.")), QStringLiteral("example.com"));
        QCOMPARE(DomainPage::asciiDomain(QStringLiteral("com")), QString());
        QCOMPARE(DomainPage::asciiDomain(QStringLiteral("user@example.com")), QString());
        QCOMPARE(DomainPage::asciiDomain(QStringLiteral("exa mple.com")), QString());
        QVERIFY(DkimPage::isValidSelector(QStringLiteral("s2026.mail")));
        QVERIFY(!DkimPage::isValidSelector(QStringLiteral("-bad")));
        QVERIFY(DmarcPage::isValidReportAddress(QStringLiteral("dmarc@例え.jp")));
        QVERIFY(!DmarcPage::isValidReportAddress(QStringLiteral("dmarc@")));
        QCOMPARE(SendersPage::parseAddresses(QStringLiteral("192.0.2.1, 2001:db8::/32;10.0.0.0/8")).size(), 3);
    }

    void endToEndInEnglish() {
        plan::GeneratedPlan records;
        plan::Plan plan;
        runWizard(QStringLiteral("en"), records, plan);
        if (QTest::currentTestFailed())
            return;
        checkRecords(records, plan);
    }

    void endToEndInJapanese() {
        plan::GeneratedPlan records;
        plan::Plan plan;
        runWizard(QStringLiteral("ja"), records, plan);
        if (QTest::currentTestFailed())
            return;
        checkRecords(records, plan);
    }

    void domainThatSendsNoMail() {
        RecordWizard wizard;
        wizard.setResolverOptions(offlineZones());
        wizard.show();
        QTest::keyClicks(child<QLineEdit>(&wizard, "domainEdit"), QStringLiteral("parked.example.net"));
        wizard.next();
        child<QCheckBox>(&wizard, "noMailCheck")->setChecked(true);
        QVERIFY(child<QLabel>(&wizard, "noMailNote")->isVisible());
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(RecordWizard::DmarcPageId)); // nothing to sign: DKIM is skipped
        QVERIFY(child<QRadioButton>(&wizard, "stageReject")->isChecked());
        QVERIFY(!child<QRadioButton>(&wizard, "stageMonitor")->isEnabled());
        wizard.next();
        auto* review = qobject_cast<ReviewPage*>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!review->isComputing(), 30000);
        const auto& records = review->records();
        QCOMPARE(QString::fromStdString(findRecord(records, "parked.example.net", "TXT")->value),
                 QStringLiteral("v=spf1 -all"));
        QCOMPARE(displayValue(*findRecord(records, "parked.example.net", "MX")), std::string("0 ."));
        QVERIFY(findRecord(records, "_dmarc.parked.example.net", "TXT")->value.rfind("v=DMARC1; p=reject", 0) == 0);
        for (const auto& finding : records.findings)
            QVERIFY2(finding.severity != Severity::Error, finding.code.c_str());
        screenshot(wizard, QStringLiteral("en"), 6, "review-no-mail");
    }

    void openedFromTheMainWindow() {
        MainWindow window;
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("wizardAction"));
        QVERIFY(action);
        QVERIFY(!action->toolTip().isEmpty());
        auto* button = window.findChild<QPushButton*>(QStringLiteral("wizardButton"));
        QVERIFY(button && button->isVisible());
        button->click();
        auto* wizard = window.findChild<RecordWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->resolverOptions().timeoutMs, window.settings().resolverOptions().timeoutMs);
        wizard->reject();
        window.showView(MainWindow::LintPage);
        QVERIFY(!button->isVisible()); // the start bar belongs to the Plan view
    }

    void everyControlIsLabelled() {
        RecordWizard wizard;
        for (int id : wizard.pageIds()) {
            for (auto* widget : wizard.page(id)->findChildren<QWidget*>()) {
                if (!(qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                      qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractItemView*>(widget)))
                    continue;
                if (widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                QVERIFY2(!widget->toolTip().isEmpty(), qPrintable(widget->objectName()));
                QVERIFY2(!widget->accessibleName().isEmpty() || !widget->property("text").toString().isEmpty() ||
                             !widget->property("title").toString().isEmpty(),
                         qPrintable(widget->objectName()));
            }
        }
    }
};

QTEST_MAIN(WizardTest)
#include "WizardTest.moc"
