#pragma once
// Page 4: DMARC. The rollout stage explained (monitor with reports, then quarantine, then reject;
// t=y to try a stage gently), where aggregate reports go (and the authorisation an outside
// destination has to publish), and the policy for subdomains.

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace dmarcplan::ui::wizard {

class RecordWizard;

class DmarcPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DmarcPage(RecordWizard* wizard);

    void initializePage() override;
    void cleanupPage() override {} // Back keeps what was entered
    bool isComplete() const override;
    bool validatePage() override;

    // "name@domain" with a domain name after the @ (no mailto:, no size limit).
    static bool isValidReportAddress(const QString& address);

private:
    void updateState();

    RecordWizard* m_wizard;
    QButtonGroup* m_stages = nullptr;
    QRadioButton* m_monitor = nullptr;
    QRadioButton* m_quarantine = nullptr;
    QRadioButton* m_reject = nullptr;
    QLabel* m_stageNote = nullptr;
    QCheckBox* m_testing = nullptr;
    QLineEdit* m_report = nullptr;
    QLabel* m_reportNote = nullptr;
    QCheckBox* m_ownDestination = nullptr;
    QComboBox* m_subdomains = nullptr;
    QString m_suggestedReport;
};

} // namespace dmarcplan::ui::wizard
