#pragma once
// Page 2: who sends mail for the domain: providers from the catalogue, the domain's own servers (its
// MX hosts, addresses), or nobody at all (then SPF "-all", DMARC p=reject and a null MX).

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace dmarcplan::ui::wizard {

class RecordWizard;

class SendersPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SendersPage(RecordWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    void cleanupPage() override {} // Back keeps what was entered

    // "192.0.2.1, 2001:db8::/32" -> the addresses; `bad` receives the first entry that is none.
    static QStringList parseAddresses(const QString& text, QString* bad = nullptr);

private:
    void updateState();

    RecordWizard* m_wizard;
    QCheckBox* m_noMail = nullptr;
    QLabel* m_noMailNote = nullptr;
    QListWidget* m_providers = nullptr;
    QCheckBox* m_mx = nullptr;
    QLineEdit* m_addresses = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_providerNotes = nullptr; // what the catalogue does not know about the ticked providers
};

} // namespace dmarcplan::ui::wizard
