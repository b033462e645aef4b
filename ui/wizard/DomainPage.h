#pragma once
// Page 1: the domain. Internationalised names are accepted as typed and shown both ways; records use
// the punycode (A-label) form.

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace dmarcplan::ui::wizard {

class RecordWizard;

class DomainPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DomainPage(RecordWizard* wizard);

    bool isComplete() const override;
    bool validatePage() override;
    void cleanupPage() override {} // Back keeps what was entered

    // "例え.jp" -> "xn--r8jz45g.jp"; empty when the text is no usable domain name.
    static QString asciiDomain(const QString& text);

private:
    void updateForms();

    RecordWizard* m_wizard;
    QLineEdit* m_domain = nullptr;
    QLabel* m_forms = nullptr;
};

} // namespace dmarcplan::ui::wizard
