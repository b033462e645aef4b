#include "ui/wizard/SendersPage.h"

#include "core/spf/Address.h"
#include "ui/Widgets.h"
#include "ui/wizard/RecordWizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace dmarcplan::ui::wizard {

namespace {
constexpr int kProviderIdRole = Qt::UserRole;
}

SendersPage::SendersPage(RecordWizard* wizard) : m_wizard(wizard) {
    setTitle(tr("Who sends your mail"));
    setSubTitle(tr("Tick every service and server that sends mail with your domain in the From address."));

    m_noMail = labelled(new QCheckBox(tr("This domain sends &no mail"), this), "noMailCheck",
                        tr("Nobody sends mail as this domain: receivers are told to reject anything that claims to "
                           "come from it"));
    m_noMailNote = new QLabel(this);
    m_noMailNote->setObjectName(QStringLiteral("noMailNote"));
    m_noMailNote->setWordWrap(true);
    m_noMailNote->setText(tr("The records will say so: SPF \"v=spf1 -all\" (no server may send), DMARC p=reject, "
                             "and a null MX (\"0 .\", RFC 7505) that tells senders the domain receives no mail "
                             "either — leave the null MX out if it does receive mail."));

    m_providers = labelled(new QListWidget(this), "providerList",
                           tr("Mail services that send for you: tick with the mouse or the space bar"));
    if (const auto* catalogue = m_wizard->catalogue()) {
        for (const auto& provider : catalogue->providers()) {
            auto* item = new QListWidgetItem(QString::fromStdString(provider.name), m_providers);
            item->setData(kProviderIdRole, QString::fromStdString(provider.id));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            QString tip = provider.region == "global"
                              ? tr("%1 (international)").arg(item->text())
                              : tr("%1 (region: %2)").arg(item->text(), QString::fromStdString(provider.region));
            const bool japanese = QLocale().language() == QLocale::Japanese;
            if (japanese && !provider.nameJa.empty() && provider.nameJa != provider.name)
                item->setText(tr("%1 (%2)").arg(item->text(), QString::fromStdString(provider.nameJa)));
            const auto& notes = japanese && provider.notesJa ? provider.notesJa : provider.notes;
            if (notes)
                tip += QLatin1Char('\n') + QString::fromStdString(*notes);
            if (!provider.unknown.empty())
                tip +=
                    QLatin1Char('\n') + tr("Not in the provider's documentation: %1").arg(QString::fromStdString([&] {
                        std::string list;
                        for (const auto& fact : provider.unknown)
                            list += (list.empty() ? "" : ", ") + fact;
                        return list;
                    }()));
            if (!provider.documentation.empty())
                tip += QLatin1Char('\n') + tr("Source: %1").arg(QString::fromStdString(provider.documentation.front()));
            item->setToolTip(tip);
        }
    }
    m_mx = labelled(new QCheckBox(tr("Our own &mail servers (the domain's MX hosts) send mail"), this), "mxCheck",
                    tr("The servers that receive your mail also send it (typical for your own mail server)"));
    m_addresses = labelled(new QLineEdit(this), "addressesEdit",
                           tr("IPv4/IPv6 addresses or ranges of other servers that send, separated by commas or "
                              "spaces (e.g. 192.0.2.10, 2001:db8::/48)"));
    m_addresses->setPlaceholderText(tr("192.0.2.10, 2001:db8::/48"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sendersStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_noMail);
    layout->addWidget(m_noMailNote);
    layout->addWidget(buddyLabel(tr("Mail &services:"), m_providers, this));
    layout->addWidget(m_providers, 1);
    m_providerNotes = new QLabel(this);
    m_providerNotes->setObjectName("providerNotes");
    m_providerNotes->setWordWrap(true);
    layout->addWidget(m_providerNotes);
    if (!m_wizard->catalogue()) {
        auto* error =
            new QLabel(tr("The provider catalogue could not be read: %1").arg(m_wizard->catalogueError()), this);
        error->setWordWrap(true);
        layout->addWidget(error);
    }
    layout->addWidget(m_mx);
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("Other server &addresses:"), m_addresses, this), m_addresses);
    layout->addLayout(form);
    layout->addWidget(m_status);

    connect(m_noMail, &QCheckBox::toggled, this, &SendersPage::updateState);
    connect(m_providers, &QListWidget::itemChanged, this, &SendersPage::updateState);
    connect(m_mx, &QCheckBox::toggled, this, &SendersPage::updateState);
    connect(m_addresses, &QLineEdit::textChanged, this, &SendersPage::updateState);
    updateState();
}

QStringList SendersPage::parseAddresses(const QString& text, QString* bad) {
    QStringList addresses;
    for (const QString& entry : text.split(QRegularExpression(QStringLiteral("[,\\s;]+")), Qt::SkipEmptyParts)) {
        // SPF's own parser (RFC 7208 ip4/ip6): what it accepts here, the generator accepts later.
        const QString address = entry.section(QLatin1Char('/'), 0, 0);
        const QString prefix = entry.section(QLatin1Char('/'), 1);
        const auto parsed = spf::IpAddress::parse(address.toStdString());
        bool prefixOk = true;
        const int length = prefix.isEmpty() ? 0 : prefix.toInt(&prefixOk);
        const bool valid = parsed && entry.count(QLatin1Char('/')) <= 1 && prefixOk &&
                           (prefix.isEmpty() || (length >= 0 && length <= parsed->bits()));
        if (!valid) {
            if (bad && bad->isEmpty())
                *bad = entry;
            continue;
        }
        addresses << entry;
    }
    return addresses;
}

void SendersPage::updateState() {
    const bool noMail = m_noMail->isChecked();
    m_noMailNote->setVisible(noMail);
    m_providers->setEnabled(!noMail);
    m_mx->setEnabled(!noMail);
    m_addresses->setEnabled(!noMail);
    QString bad;
    parseAddresses(m_addresses->text(), &bad);
    if (!noMail && !bad.isEmpty())
        m_status->setText(tr("\"%1\" is not an IP address or range.").arg(bad));
    else if (!noMail && !isComplete())
        m_status->setText(tr("Tick at least one sender, or \"This domain sends no mail\"."));
    else
        m_status->clear();
    // A ticked provider whose SPF facts the catalogue lacks would otherwise vanish from the record.
    QStringList unknownSpf;
    if (const auto* catalogue = m_wizard->catalogue())
        for (int row = 0; row < m_providers->count(); ++row) {
            const auto* item = m_providers->item(row);
            const auto* provider = catalogue->find(item->data(kProviderIdRole).toString().toStdString());
            if (!noMail && item->checkState() == Qt::Checked && provider && provider->spfUnknown())
                unknownSpf << tr("%1's documentation gives no SPF include: ask them, or list the sending "
                                 "addresses below.")
                                  .arg(QString::fromStdString(provider->name));
        }
    m_providerNotes->setText(unknownSpf.join(QLatin1Char('\n')));
    m_providerNotes->setVisible(!unknownSpf.isEmpty());
    emit completeChanged();
}

bool SendersPage::isComplete() const {
    if (m_noMail->isChecked())
        return true;
    QString bad;
    const QStringList addresses = parseAddresses(m_addresses->text(), &bad);
    if (!bad.isEmpty())
        return false;
    bool any = m_mx->isChecked() || !addresses.isEmpty();
    for (int row = 0; row < m_providers->count() && !any; ++row)
        any = m_providers->item(row)->checkState() == Qt::Checked;
    return any;
}

bool SendersPage::validatePage() {
    auto& plan = m_wizard->plan();
    std::vector<plan::Source> sources;
    if (!m_noMail->isChecked()) {
        for (int row = 0; row < m_providers->count(); ++row) {
            const auto* item = m_providers->item(row);
            if (item->checkState() != Qt::Checked)
                continue;
            plan::Source source;
            source.kind = plan::SourceKind::Provider;
            source.provider = item->data(kProviderIdRole).toString().toStdString();
            // Options given on a later page (DKIM targets) survive a trip back here.
            for (const auto& old : plan.sources)
                if (old.kind == plan::SourceKind::Provider && old.provider == source.provider)
                    source.options = old.options;
            sources.push_back(std::move(source));
        }
        if (m_mx->isChecked())
            sources.push_back(plan::Source{plan::SourceKind::Mx, {}, {}, {}, {}, {}});
        const QStringList addresses = parseAddresses(m_addresses->text());
        if (!addresses.isEmpty()) {
            plan::Source own{plan::SourceKind::Ip, {}, {}, {}, {}, {}};
            for (const auto& address : addresses)
                own.addresses.push_back(address.toStdString());
            sources.push_back(std::move(own));
        }
    }
    plan.sources = std::move(sources);
    return true;
}

int SendersPage::nextId() const {
    // A domain that sends no mail signs nothing: straight to DMARC.
    return m_noMail->isChecked() ? RecordWizard::DmarcPageId : RecordWizard::DkimPageId;
}

} // namespace dmarcplan::ui::wizard
