#include "ui/wizard/DmarcPage.h"

#include "core/common/DomainName.h"
#include "ui/Widgets.h"
#include "ui/wizard/RecordWizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace dmarcplan::ui::wizard {

namespace {
constexpr int kSameAsDomain = -1;

QString reportDomain(const QString& address) {
    return address.section(QLatin1Char('@'), -1).trimmed().toLower();
}
} // namespace

DmarcPage::DmarcPage(RecordWizard* wizard) : m_wizard(wizard) {
    setTitle(tr("DMARC policy"));
    setSubTitle(tr("DMARC tells receivers what to do with mail that fails SPF and DKIM for your domain, and where to "
                   "send reports about it."));

    auto* stageBox = new QGroupBox(tr("Rollout stage"), this);
    m_monitor =
        labelled(new QRadioButton(tr("1. &Monitor (p=none) and collect reports"), stageBox), "stageMonitor",
                 tr("Nothing is blocked; the reports show every server that sends as your domain. Start here."));
    m_quarantine = labelled(new QRadioButton(tr("2. &Quarantine (p=quarantine)"), stageBox), "stageQuarantine",
                            tr("Failing mail goes to the spam folder. Move here when the reports show only your own "
                               "senders passing."));
    m_reject = labelled(new QRadioButton(tr("3. &Reject (p=reject)"), stageBox), "stageReject",
                        tr("Failing mail is refused. The goal: nobody can send as your domain."));
    m_stages = new QButtonGroup(this);
    m_stages->addButton(m_monitor, int(plan::DmarcStage::Monitor));
    m_stages->addButton(m_quarantine, int(plan::DmarcStage::Quarantine));
    m_stages->addButton(m_reject, int(plan::DmarcStage::Reject));
    m_monitor->setChecked(true);
    m_stageNote = new QLabel(stageBox);
    m_stageNote->setObjectName(QStringLiteral("stageNote"));
    m_stageNote->setWordWrap(true);
    m_testing = labelled(new QCheckBox(tr("&Test mode (t=y): receivers apply one step less while you watch"), stageBox),
                         "testingCheck",
                         tr("With t=y receivers treat quarantine like none and reject like quarantine (DMARCbis), a "
                            "gentle way to try the next stage"));
    auto* stageLayout = new QVBoxLayout(stageBox);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_monitor, m_quarantine, m_reject, m_testing, m_stageNote})
        stageLayout->addWidget(widget);

    m_report = labelled(new QLineEdit(this), "reportEdit",
                        tr("Mailbox that receives the daily aggregate reports (rua); it may be at a report service"));
    m_reportNote = new QLabel(this);
    m_reportNote->setObjectName(QStringLiteral("reportNote"));
    m_reportNote->setWordWrap(true);
    m_reportNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ownDestination = labelled(new QCheckBox(tr("I &manage the report destination: list its record for me"), this),
                                "ownDestinationCheck",
                                tr("Tick when you manage the report destination's DNS: the review page then lists the "
                                   "authorisation record to publish there"));
    m_subdomains = labelled(new QComboBox(this), "subdomainCombo",
                            tr("Policy for subdomains such as shop.<domain> (sp=); by default they follow the domain"));
    m_subdomains->addItem(tr("Same as the domain"), kSameAsDomain);
    m_subdomains->addItem(tr("Monitor (none)"), int(plan::DmarcPolicy::None));
    m_subdomains->addItem(tr("Quarantine"), int(plan::DmarcPolicy::Quarantine));
    m_subdomains->addItem(tr("Reject"), int(plan::DmarcPolicy::Reject));

    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("Re&ports to:"), m_report, this), m_report);
    form->addRow(QString(), m_reportNote);
    form->addRow(QString(), m_ownDestination);
    form->addRow(buddyLabel(tr("&Subdomains:"), m_subdomains, this), m_subdomains);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(stageBox);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_stages, &QButtonGroup::idToggled, this, &DmarcPage::updateState);
    connect(m_testing, &QCheckBox::toggled, this, &DmarcPage::updateState);
    connect(m_report, &QLineEdit::textChanged, this, &DmarcPage::updateState);
    updateState();
}

void DmarcPage::initializePage() {
    const QString domain = QString::fromStdString(m_wizard->plan().domain);
    // A domain that receives no mail (null MX) cannot take its own reports: no suggestion then.
    const QString suggestion = m_wizard->sendsNoMail() ? QString() : QStringLiteral("dmarc-reports@") + domain;
    // The suggestion follows the domain until the user types an address of their own.
    if (m_report->text().isEmpty() || m_report->text() == m_suggestedReport)
        m_report->setText(suggestion);
    m_suggestedReport = suggestion;
    const bool noMail = m_wizard->sendsNoMail();
    if (noMail)
        m_reject->setChecked(true);
    for (QAbstractButton* button : m_stages->buttons())
        button->setEnabled(!noMail);
    updateState();
}

bool DmarcPage::isValidReportAddress(const QString& address) {
    const QString text = address.trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('!')))
        return false;
    const QByteArray ace = QUrl::toAce(text.mid(at + 1));
    return !ace.isEmpty() && ace.contains('.') && isValidDomainName(ace.toStdString());
}

void DmarcPage::updateState() {
    QString note;
    if (m_wizard->sendsNoMail()) {
        note = tr("This domain sends no mail, so anything claiming to come from it is forged: reject is right from "
                  "the start.");
    } else {
        switch (plan::DmarcStage(m_stages->checkedId())) {
        case plan::DmarcStage::Monitor:
            note = tr("Start here. Read the reports for a few weeks; when every server of yours passes, come back and "
                      "choose quarantine.");
            break;
        case plan::DmarcStage::Quarantine:
            note = tr("Choose this once the reports show your own mail passing. Mail that fails lands in spam "
                      "folders.");
            break;
        case plan::DmarcStage::Reject:
            note = tr("The last stage: failing mail is refused. Choose it after a quiet period in quarantine.");
            break;
        }
    }
    if (m_testing->isChecked())
        note += QLatin1Char(' ') + tr("Test mode is on: receivers apply one step less than the stage says.");
    m_stageNote->setText(note);

    const QString address = m_report->text().trimmed();
    bool external = false;
    if (address.isEmpty()) {
        m_reportNote->setText(tr("Without an address you get no reports and cannot tell when it is safe to move on."));
    } else if (!isValidReportAddress(address)) {
        m_reportNote->setText(tr("\"%1\" is not a mail address.").arg(address));
    } else {
        const std::string destination = QString::fromLatin1(QUrl::toAce(reportDomain(address))).toStdString();
        const std::string domain = m_wizard->plan().domain;
        external = !isSubdomainOf(destination, domain) && !isSubdomainOf(domain, destination);
        if (!external && m_wizard->sendsNoMail())
            m_reportNote->setText(tr("This domain receives no mail (null MX), so reports cannot arrive here: use an "
                                     "address at another domain, or none."));
        else if (!external)
            m_reportNote->setText(tr("Reports arrive at your own domain."));
        else
            m_reportNote->setText(
                tr("%1 is outside your domain: it accepts your reports only when it publishes the TXT record "
                   "\"v=DMARC1\" at %2 (RFC 7489 §7.1). Report services do this for their customers.")
                    .arg(QString::fromStdString(destination),
                         QString::fromStdString(domain + "._report._dmarc." + destination)));
        m_ownDestination->setText(tr("I &manage %1: list that record for me").arg(QString::fromStdString(destination)));
    }
    m_ownDestination->setVisible(external);
    emit completeChanged();
}

bool DmarcPage::isComplete() const {
    const QString address = m_report->text().trimmed();
    if (address.isEmpty())
        return true;
    const std::string destination = QString::fromLatin1(QUrl::toAce(reportDomain(address))).toStdString();
    return isValidReportAddress(address) &&
           !(m_wizard->sendsNoMail() && isSubdomainOf(destination, m_wizard->plan().domain));
}

bool DmarcPage::validatePage() {
    auto& dmarc = m_wizard->plan().dmarc;
    dmarc.stage = plan::DmarcStage(m_stages->checkedId());
    dmarc.testing = m_testing->isChecked() ? std::optional<bool>(true) : std::nullopt;
    const int sub = m_subdomains->currentData().toInt();
    dmarc.subdomainPolicy = sub == kSameAsDomain ? std::nullopt : std::optional(plan::DmarcPolicy(sub));
    dmarc.rua.clear();
    dmarc.ownReportDomains.reset();
    const QString address = m_report->text().trimmed();
    if (!address.isEmpty()) {
        const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
        const QString ace = address.left(at + 1) + QString::fromLatin1(QUrl::toAce(address.mid(at + 1))).toLower();
        dmarc.rua.push_back("mailto:" + ace.toStdString());
        if (!m_ownDestination->isHidden() && m_ownDestination->isChecked())
            dmarc.ownReportDomains = std::vector<std::string>{reportDomain(ace).toStdString()};
    }
    return true;
}

} // namespace dmarcplan::ui::wizard
