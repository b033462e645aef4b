// Preferences: persistence, the resolver options core receives, validation, the language choice.

#include "UiTestSupport.h"

#include "ui/Settings.h"
#include "ui/SettingsDialog.h"
#include "ui/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace dmarcplan;
using namespace dmarcplan::ui;

class SettingsTest : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_settingsDir;

    static AppSettings sample() {
        AppSettings settings;
        settings.dnsMode = DnsMode::Offline;
        settings.nameservers = {"192.0.2.1", "[2001:db8::1]:5353"};
        settings.zoneFiles = {"/srv/zones/example.com.zone"};
        settings.timeoutMs = 1500;
        settings.language = "ja";
        settings.recentFiles = {"/home/me/a.dmarcplan.json"};
        return settings;
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settingsDir); }

    void persistsAcrossInstances() {
        {
            QSettings store;
            sample().save(store);
        }
        QSettings store;
        QCOMPARE(AppSettings::load(store), sample());
    }

    void defaultsWhenNothingStored() {
        QSettings store;
        store.clear();
        const AppSettings settings = AppSettings::load(store);
        QCOMPARE(settings.dnsMode, DnsMode::System);
        QCOMPARE(settings.timeoutMs, 5000);
        QVERIFY(settings.language.isEmpty());
    }

    void resolverOptionsPerMode() {
        AppSettings settings = sample();
        auto options = settings.resolverOptions();
        QVERIFY(options.offline);
        QVERIFY(options.nameservers.empty()); // servers only count in explicit mode
        QCOMPARE(options.zoneFiles, std::vector<std::string>{"/srv/zones/example.com.zone"});
        QCOMPARE(options.timeoutMs, 1500);
        settings.dnsMode = DnsMode::Explicit;
        options = settings.resolverOptions();
        QVERIFY(!options.offline);
        QCOMPARE(options.nameservers, (std::vector<std::string>{"192.0.2.1", "[2001:db8::1]:5353"}));
        settings.dnsMode = DnsMode::System;
        QVERIFY(settings.resolverOptions().nameservers.empty());
    }

    void nameserverValidation() {
        QVERIFY(validateNameserver("192.0.2.53").isEmpty());
        QVERIFY(validateNameserver("192.0.2.53:5353").isEmpty());
        QVERIFY(validateNameserver("[2001:db8::53]:53").isEmpty());
        QVERIFY(validateNameserver("2001:db8::53").isEmpty());
        QVERIFY(validateNameserver("ns1.example.com").contains("ns1.example.com"));
        QVERIFY(!validateNameserver("192.0.2.53:99999").isEmpty());
    }

    void recentFilesList() {
        QStringList recent;
        for (int i = 0; i < kMaxRecentFiles + 3; ++i)
            recent = withRecentFile(recent, QString::number(i));
        QCOMPARE(recent.size(), kMaxRecentFiles);
        QCOMPARE(recent.first(), QString::number(kMaxRecentFiles + 2));
        recent = withRecentFile(recent, QString::number(kMaxRecentFiles));
        QCOMPARE(recent.first(), QString::number(kMaxRecentFiles));
        QCOMPARE(recent.count(QString::number(kMaxRecentFiles)), 1);
    }

    void dialogShowsAndReturnsSettings() {
        SettingsDialog dialog;
        dialog.setSettings(sample());
        QCOMPARE(dialog.settings(), sample());
        QVERIFY(dialog.findChild<QRadioButton*>("offlineRadio")->isChecked());
        QCOMPARE(dialog.findChild<QComboBox*>("languageCombo")->currentData().toString(), QStringLiteral("ja"));
        dialog.findChild<QSpinBox*>("timeoutSpin")->setValue(2500);
        QCOMPARE(dialog.settings().timeoutMs, 2500);
    }

    void dialogRefusesOfflineWithoutZones() {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        AppSettings settings;
        settings.dnsMode = DnsMode::Offline;
        dialog.setSettings(settings);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>("settingsProblem")->isVisible());
        auto* system = dialog.findChild<QRadioButton*>("systemResolverRadio");
        // A radio button reacts to clicks on its indicator and text, not on the rest of its row.
        QTest::mouseClick(system, Qt::LeftButton, {}, QPoint(8, system->height() / 2));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog.validationError()));
        QVERIFY(!dialog.findChild<QLabel*>("settingsProblem")->isVisible());
    }

    void languageFollowsSystemUnlessOverridden() {
        QCOMPARE(chooseLanguage({}, {"ja-JP", "en-US"}), QStringLiteral("ja"));
        QCOMPARE(chooseLanguage({}, {"de-DE", "ja"}), QStringLiteral("ja"));
        QCOMPARE(chooseLanguage({}, {"de-DE", "fr-FR"}), QStringLiteral("en"));
        QCOMPARE(chooseLanguage("en", {"ja-JP"}), QStringLiteral("en"));
        QCOMPARE(chooseLanguage("ja", {"en-US"}), QStringLiteral("ja"));
        QCOMPARE(chooseLanguage("xx", {"en-US"}), QStringLiteral("en"));
    }
};

QTEST_MAIN(SettingsTest)
#include "SettingsTest.moc"
