#include "ui/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dmarcplan::ui {

namespace {
QStringList splitServers(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));

    auto* dnsBox = new QGroupBox(tr("DNS"), this);
    m_system = new QRadioButton(tr("&System resolver"), dnsBox);
    m_system->setObjectName(QStringLiteral("systemResolverRadio"));
    m_system->setToolTip(tr("Ask the name servers this computer is configured with (/etc/resolv.conf)."));
    m_explicit = new QRadioButton(tr("&These name servers:"), dnsBox);
    m_explicit->setObjectName(QStringLiteral("explicitServersRadio"));
    m_explicit->setToolTip(tr("Ask only the name servers listed next to this option."));
    m_servers = new QLineEdit(dnsBox);
    m_servers->setObjectName(QStringLiteral("nameserversEdit"));
    m_servers->setPlaceholderText(QStringLiteral("192.0.2.53, [2001:db8::53]:5353"));
    m_servers->setToolTip(tr("IP addresses of name servers, separated by commas; add :PORT for a port other "
                             "than 53 (IPv6 in brackets)."));
    m_servers->setAccessibleName(tr("Name servers"));
    m_offline = new QRadioButton(tr("&Offline (zone files only)"), dnsBox);
    m_offline->setObjectName(QStringLiteral("offlineRadio"));
    m_offline->setToolTip(tr("Never use the network: names outside the zone files below are treated as "
                             "non-existent."));

    auto* zoneLabel = new QLabel(tr("&Zone files answered first:"), dnsBox);
    m_zoneFiles = new QListWidget(dnsBox);
    m_zoneFiles->setObjectName(QStringLiteral("zoneFilesList"));
    m_zoneFiles->setToolTip(tr("RFC 1035 zone files; they are authoritative for the zones they hold, in every "
                               "mode."));
    m_zoneFiles->setAccessibleName(tr("Zone files"));
    zoneLabel->setBuddy(m_zoneFiles);
    m_addZone = new QPushButton(tr("&Add..."), dnsBox);
    m_addZone->setObjectName(QStringLiteral("addZoneButton"));
    m_addZone->setToolTip(tr("Add zone files to the list."));
    m_removeZone = new QPushButton(tr("&Remove"), dnsBox);
    m_removeZone->setObjectName(QStringLiteral("removeZoneButton"));
    m_removeZone->setToolTip(tr("Remove the selected zone file from the list."));

    m_timeout = new QSpinBox(dnsBox);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(100, 60000);
    m_timeout->setSingleStep(500);
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setToolTip(tr("Time budget for one DNS question, all attempts included."));
    auto* timeoutLabel = new QLabel(tr("&Timeout per question:"), dnsBox);
    timeoutLabel->setBuddy(m_timeout);

    auto* zoneButtons = new QVBoxLayout;
    zoneButtons->addWidget(m_addZone);
    zoneButtons->addWidget(m_removeZone);
    zoneButtons->addStretch();
    auto* zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_zoneFiles, 1);
    zoneRow->addLayout(zoneButtons);
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_explicit);
    serverRow->addWidget(m_servers, 1);
    auto* timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(timeoutLabel);
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch();

    auto* dnsLayout = new QVBoxLayout(dnsBox);
    dnsLayout->addWidget(m_system);
    dnsLayout->addLayout(serverRow);
    dnsLayout->addWidget(m_offline);
    dnsLayout->addWidget(zoneLabel);
    dnsLayout->addLayout(zoneRow);
    dnsLayout->addLayout(timeoutRow);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setToolTip(tr("The language of the app; takes effect the next time dmarcplan starts."));
    // Language names are shown in their own language, so they can be found without reading the other.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    auto* languageLabel = new QLabel(tr("&Language:"), languageBox);
    languageLabel->setBuddy(m_language);
    auto* languageLayout = new QFormLayout(languageBox);
    languageLayout->addRow(languageLabel, m_language);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(dnsBox);
    layout->addWidget(languageBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (auto* radio : {m_system, m_explicit, m_offline})
        connect(radio, &QRadioButton::toggled, this, &SettingsDialog::updateState);
    connect(m_servers, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_zoneFiles, &QListWidget::currentRowChanged, this, &SettingsDialog::updateState);
    connect(m_addZone, &QPushButton::clicked, this, &SettingsDialog::addZoneFiles);
    connect(m_removeZone, &QPushButton::clicked, this, [this] {
        delete m_zoneFiles->takeItem(m_zoneFiles->currentRow());
        updateState();
    });
    setSettings(AppSettings{});
}

void SettingsDialog::setSettings(const AppSettings& settings) {
    m_base = settings;
    m_system->setChecked(settings.dnsMode == DnsMode::System);
    m_explicit->setChecked(settings.dnsMode == DnsMode::Explicit);
    m_offline->setChecked(settings.dnsMode == DnsMode::Offline);
    m_servers->setText(settings.nameservers.join(QStringLiteral(", ")));
    m_zoneFiles->clear();
    m_zoneFiles->addItems(settings.zoneFiles);
    m_timeout->setValue(settings.timeoutMs);
    const int language = m_language->findData(settings.language);
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    updateState();
}

AppSettings SettingsDialog::settings() const {
    AppSettings settings = m_base;
    settings.dnsMode = m_explicit->isChecked()  ? DnsMode::Explicit
                       : m_offline->isChecked() ? DnsMode::Offline
                                                : DnsMode::System;
    settings.nameservers = splitServers(m_servers->text());
    settings.zoneFiles.clear();
    for (int row = 0; row < m_zoneFiles->count(); ++row)
        settings.zoneFiles << m_zoneFiles->item(row)->text();
    settings.timeoutMs = m_timeout->value();
    settings.language = m_language->currentData().toString();
    return settings;
}

QString SettingsDialog::validationError() const {
    if (m_explicit->isChecked()) {
        const QStringList servers = splitServers(m_servers->text());
        if (servers.isEmpty())
            return tr("Enter at least one name server, or choose another DNS option.");
        for (const auto& server : servers) {
            if (QString problem = validateNameserver(server); !problem.isEmpty())
                return problem;
        }
    }
    if (m_offline->isChecked() && m_zoneFiles->count() == 0)
        return tr("Offline mode needs at least one zone file to answer from.");
    return {};
}

void SettingsDialog::updateState() {
    m_servers->setEnabled(m_explicit->isChecked());
    m_removeZone->setEnabled(m_zoneFiles->currentRow() >= 0);
    const QString problem = validationError();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::addZoneFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add zone files"), QString(),
                                                            tr("Zone files (*.zone *.db *.txt);;All files (*)"));
    m_zoneFiles->addItems(files);
    updateState();
}

} // namespace dmarcplan::ui
