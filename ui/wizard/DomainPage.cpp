#include "ui/wizard/DomainPage.h"

#include "core/common/DomainName.h"
#include "ui/Widgets.h"
#include "ui/wizard/RecordWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace dmarcplan::ui::wizard {

DomainPage::DomainPage(RecordWizard* wizard) : m_wizard(wizard) {
    setTitle(tr("Your domain"));
    setSubTitle(tr("The domain in your email addresses (the part after @). Records are made for it."));

    m_domain =
        labelled(new QLineEdit(this), "domainEdit", tr("The domain your mail comes from, e.g. example.com or 例え.jp"));
    m_domain->setPlaceholderText(tr("example.com"));
    m_forms = new QLabel(this);
    m_forms->setObjectName(QStringLiteral("domainForms"));
    m_forms->setWordWrap(true);
    m_forms->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Domain:"), m_domain, this), m_domain);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_forms);
    layout->addStretch();

    connect(m_domain, &QLineEdit::textChanged, this, [this] {
        updateForms();
        emit completeChanged();
    });
    updateForms();
}

QString DomainPage::asciiDomain(const QString& text) {
    QString name = text.trimmed();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty() || name.contains(QLatin1Char('@')) || name.contains(QLatin1Char('_')))
        return {};
    const QString ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
    // A domain that mail comes from has at least two labels (a TLD alone is not one).
    if (ace.isEmpty() || !ace.contains(QLatin1Char('.')) || !isValidDomainName(ace.toStdString()))
        return {};
    return ace;
}

void DomainPage::updateForms() {
    const QString text = m_domain->text().trimmed();
    const QString ace = asciiDomain(text);
    if (text.isEmpty()) {
        m_forms->setText(tr("Type the domain, as you write it in addresses."));
    } else if (ace.isEmpty()) {
        m_forms->setText(tr("\"%1\" is not a domain name: use letters, digits and hyphens in labels "
                            "separated by dots, such as example.com.")
                             .arg(text));
    } else {
        const QString unicode = QUrl::fromAce(ace.toLatin1());
        m_forms->setText(unicode == ace ? tr("Records will be made for %1.").arg(ace)
                                        : tr("Shown as %1; written in records as %2 (punycode).").arg(unicode, ace));
    }
}

bool DomainPage::isComplete() const {
    return !asciiDomain(m_domain->text()).isEmpty();
}

bool DomainPage::validatePage() {
    m_wizard->plan().domain = asciiDomain(m_domain->text()).toStdString();
    return true;
}

} // namespace dmarcplan::ui::wizard
