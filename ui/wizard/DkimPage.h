#pragma once
// Page 3: DKIM. The owner's own key pair (RSA 2048 by default, Ed25519 as a second key), generated in
// the background and written to a folder of the user's choice (mode 0600, never overwriting); and
// for providers that host the key, the CNAME (or TXT) records their console asks for.

#include "core/dkim/KeyGenerator.h"

#include <QFutureWatcher>
#include <QWizardPage>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dmarcplan::ui {
class TaskPanel;
}

namespace dmarcplan::ui::wizard {

class RecordWizard;

// A key pair made by the page: its public half goes into the plan, the private half into `path`.
struct GeneratedKey {
    std::string selector;
    dkim::KeyAlgorithm algorithm = dkim::KeyAlgorithm::Rsa;
    int bits = 0;
    std::string publicKey;
    QString path;
    QString error; // non-empty: generation or writing failed
};

class DkimPage : public QWizardPage {
    Q_OBJECT
public:
    explicit DkimPage(RecordWizard* wizard);
    ~DkimPage() override;

    void initializePage() override;
    void cleanupPage() override {} // Back keeps what was entered
    bool isComplete() const override;
    bool validatePage() override;

    // A selector is one or more dot-separated labels of letters, digits and hyphens (RFC 6376 §3.1).
    static bool isValidSelector(const QString& selector);
    bool isGenerating() const;
    const std::vector<GeneratedKey>& generatedKeys() const { return m_keys; }

public slots:
    void generateKeys();

private:
    void fillProviderTable();
    void updateState();
    void finishGeneration();
    QString validationProblem() const;

    RecordWizard* m_wizard;
    QGroupBox* m_ownKey = nullptr;
    QLineEdit* m_selector = nullptr;
    QComboBox* m_size = nullptr;
    QCheckBox* m_ed25519 = nullptr;
    QLineEdit* m_edSelector = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QPushButton* m_generate = nullptr;
    TaskPanel* m_task = nullptr;
    QLabel* m_keyStatus = nullptr;
    QLabel* m_providerNote = nullptr;
    QTableWidget* m_providerTable = nullptr;
    QFutureWatcher<GeneratedKey>* m_watcher = nullptr;
    std::vector<GeneratedKey> m_keys;
    bool m_initialised = false;
};

} // namespace dmarcplan::ui::wizard
