#include "ui/wizard/DkimPage.h"

#include "ui/BackgroundTask.h"
#include "ui/Widgets.h"
#include "ui/wizard/RecordWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <memory>
#include <stop_token>

namespace dmarcplan::ui::wizard {

namespace {

enum ProviderColumn { ServiceColumn, SelectorColumn, TypeColumn, ValueColumn, ProviderColumnCount };
constexpr int kProviderIdRole = Qt::UserRole;

struct KeyJob {
    std::string selector;
    dkim::KeySpec spec;
};

// The p= value of a pasted key record (or the key itself), without white space.
std::string publicKeyFrom(QString text) {
    static const QRegularExpression tag(QStringLiteral("(?:^|;)\\s*p=([^;]*)"));
    if (const auto match = tag.match(text); match.hasMatch())
        text = match.captured(1);
    text.remove(QRegularExpression(QStringLiteral("[\\s\"]")));
    return text.toStdString();
}

QTableWidgetItem* cell(const QString& text, bool editable) {
    auto* item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

DkimPage::DkimPage(RecordWizard* wizard) : m_wizard(wizard) {
    setTitle(tr("DKIM signatures"));
    setSubTitle(tr("DKIM signs each message; receivers check the signature with a public key published in DNS."));

    m_ownKey = labelled(new QGroupBox(tr("Sign mail from our own servers with our own &key"), this), "ownKeyGroup",
                        tr("Make a key pair for your own mail servers: the private key stays with you, the public key "
                           "goes into DNS"));
    m_ownKey->setCheckable(true);
    m_selector = labelled(new QLineEdit(m_ownKey), "selectorEdit",
                          tr("The selector names the key in DNS (<selector>._domainkey.<domain>); a date makes key "
                             "rotation easy"));
    m_size = labelled(new QComboBox(m_ownKey), "keySizeCombo",
                      tr("RSA key size: 2048 bits is what receivers expect; 1024 is too weak (RFC 8301)"));
    m_size->addItem(tr("RSA 2048 bits (recommended)"), 2048);
    m_size->addItem(tr("RSA 3072 bits"), 3072);
    m_size->addItem(tr("RSA 4096 bits (may not fit some DNS control panels)"), 4096);
    m_size->addItem(tr("RSA 1024 bits (weak, not recommended)"), 1024);
    m_ed25519 = labelled(new QCheckBox(tr("Also make an &Ed25519 key (a second signature)"), m_ownKey), "ed25519Check",
                         tr("Ed25519 (RFC 8463) is short and modern, but many receivers do not check it yet: it is "
                            "added next to the RSA key, never instead of it"));
    m_edSelector = labelled(new QLineEdit(m_ownKey), "ed25519SelectorEdit", tr("The selector of the Ed25519 key"));
    m_folder = labelled(new QLineEdit(m_ownKey), "keyFolderEdit",
                        tr("Folder the private keys are written to (readable by you only; existing files are never "
                           "replaced)"));
    m_chooseFolder = labelled(new QPushButton(tr("C&hoose..."), m_ownKey), "chooseFolderButton",
                              tr("Choose the folder for the private keys"));
    m_generate = labelled(new QPushButton(tr("&Generate keys"), m_ownKey), "generateButton",
                          tr("Generate the key pairs in the background and save the private keys"));
    m_task = new TaskPanel(m_ownKey);
    m_task->setObjectName(QStringLiteral("keyTask"));
    m_keyStatus = new QLabel(m_ownKey);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Selector:"), m_selector, m_ownKey), m_selector);
    form->addRow(buddyLabel(tr("&Algorithm:"), m_size, m_ownKey), m_size);
    form->addRow(QString(), m_ed25519);
    form->addRow(buddyLabel(tr("Ed25519 se&lector:"), m_edSelector, m_ownKey), m_edSelector);
    form->addRow(buddyLabel(tr("Save private keys &in:"), m_folder, m_ownKey), folderRow);
    auto* ownLayout = new QVBoxLayout(m_ownKey);
    ownLayout->addLayout(form);
    auto* generateRow = new QHBoxLayout;
    generateRow->addWidget(m_generate);
    generateRow->addWidget(m_task, 1);
    ownLayout->addLayout(generateRow);
    ownLayout->addWidget(m_keyStatus);

    m_providerNote = new QLabel(this);
    m_providerNote->setObjectName(QStringLiteral("providerDkimNote"));
    m_providerNote->setWordWrap(true);
    m_providerTable = labelled(new QTableWidget(0, ProviderColumnCount, this), "providerDkimTable",
                               tr("DKIM records your mail services ask for; type the values their console shows into "
                                  "the empty cells (F2 edits)"),
                               tr("Records for your mail services"));
    m_providerTable->setHorizontalHeaderLabels({tr("Service"), tr("Selector"), tr("Type"), tr("Value")});
    m_providerTable->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_providerTable->verticalHeader()->hide();
    m_providerTable->setTabKeyNavigation(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_ownKey);
    layout->addWidget(m_providerNote);
    layout->addWidget(m_providerTable, 1);

    m_selector->setText(QStringLiteral("s%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMM"))));
    m_edSelector->setText(QStringLiteral("ed%1").arg(QDate::currentDate().toString(QStringLiteral("yyyyMM"))));
    m_folder->setText(QDir::home().filePath(QStringLiteral("dmarcplan-keys")));

    connect(m_ownKey, &QGroupBox::toggled, this, &DkimPage::updateState);
    connect(m_selector, &QLineEdit::textChanged, this, &DkimPage::updateState);
    connect(m_edSelector, &QLineEdit::textChanged, this, &DkimPage::updateState);
    connect(m_ed25519, &QCheckBox::toggled, this, &DkimPage::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &DkimPage::updateState);
    connect(m_generate, &QPushButton::clicked, this, &DkimPage::generateKeys);
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString folder = m_wizard->chooseFile(RecordWizard::FileDialogKind::KeyFolder, m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
}

DkimPage::~DkimPage() {
    if (m_watcher && m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void DkimPage::initializePage() {
    if (!m_initialised) {
        // Own servers sign with an own key; a domain served by providers alone may not need one.
        bool ownServers = false;
        for (const auto& source : m_wizard->plan().sources)
            ownServers = ownServers || source.kind != plan::SourceKind::Provider;
        m_ownKey->setChecked(ownServers);
        m_initialised = true;
    }
    fillProviderTable();
    updateState();
}

void DkimPage::fillProviderTable() {
    // Values typed earlier stay: keyed by provider and selector.
    std::map<std::pair<QString, int>, std::pair<QString, QString>> typed;
    for (int row = 0; row < m_providerTable->rowCount(); ++row)
        typed[{m_providerTable->item(row, ServiceColumn)->data(kProviderIdRole).toString(), row}] = {
            m_providerTable->item(row, SelectorColumn)->text(), m_providerTable->item(row, ValueColumn)->text()};
    std::map<QString, std::vector<std::pair<QString, QString>>> typedByProvider;
    for (const auto& [key, value] : typed)
        typedByProvider[key.first].push_back(value);

    m_providerTable->setRowCount(0);
    const auto* catalogue = m_wizard->catalogue();
    QStringList withoutDkim;
    for (const auto& source : m_wizard->plan().sources) {
        const auto* provider =
            source.kind == plan::SourceKind::Provider && catalogue ? catalogue->find(source.provider) : nullptr;
        if (!provider)
            continue;
        const QString id = QString::fromStdString(provider->id);
        const QString name = QString::fromStdString(provider->name);
        if (!provider->dkim) {
            withoutDkim << name;
            continue;
        }
        const bool cname = provider->dkim->method == plan::DkimMethod::Cname;
        std::vector<std::string> selectors = provider->dkim->selectors;
        const bool selectorTyped = selectors.empty();
        if (selectorTyped)
            selectors.push_back({});
        const auto& earlier = typedByProvider[id];
        for (std::size_t i = 0; i < selectors.size(); ++i) {
            QString selector = QString::fromStdString(selectors[i]);
            QString value;
            if (i < earlier.size()) {
                if (selectorTyped)
                    selector = earlier[i].first;
                value = earlier[i].second;
            }
            if (value.isEmpty() && cname && provider->dkim->cnameTarget && !selector.isEmpty())
                value = QString::fromStdString(*provider->dkim->cnameTarget)
                            .replace(QStringLiteral("{selector}"), selector);
            const int row = m_providerTable->rowCount();
            m_providerTable->insertRow(row);
            auto* service = cell(name, false);
            service->setData(kProviderIdRole, id);
            m_providerTable->setItem(row, ServiceColumn, service);
            auto* selectorItem = cell(selector, selectorTyped);
            if (selectorTyped)
                selectorItem->setToolTip(tr("Type the selector %1's console shows").arg(name));
            m_providerTable->setItem(row, SelectorColumn, selectorItem);
            m_providerTable->setItem(row, TypeColumn,
                                     cell(cname ? QStringLiteral("CNAME") : QStringLiteral("TXT"), false));
            auto* valueItem = cell(value, !cname || !provider->dkim->cnameTarget);
            valueItem->setToolTip(cname ? tr("The CNAME target %1's console shows for this selector").arg(name)
                                        : tr("The public key (p=...) %1's console shows; paste the whole record or the "
                                             "key")
                                              .arg(name));
            m_providerTable->setItem(row, ValueColumn, valueItem);
        }
    }
    m_providerTable->resizeColumnsToContents();
    m_providerTable->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    const bool any = m_providerTable->rowCount() > 0;
    m_providerTable->setVisible(any);
    QString note = any ? tr("These services keep the signing key themselves: publish the records below instead of a "
                            "key of your own. Empty cells are values their console shows you; records still missing a "
                            "value are listed as pending on the review page.")
                       : tr("None of the services you ticked needs DKIM records from you.");
    if (!withoutDkim.isEmpty())
        note += QLatin1Char(' ') + tr("The catalogue has no DKIM details for %1: follow its documentation.")
                                       .arg(withoutDkim.join(QStringLiteral(", ")));
    m_providerNote->setText(note);
}

bool DkimPage::isValidSelector(const QString& selector) {
    static const QRegularExpression label(QStringLiteral(
        "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return label.match(selector).hasMatch();
}

bool DkimPage::isGenerating() const {
    return m_watcher != nullptr; // until its result is taken
}

QString DkimPage::validationProblem() const {
    if (!m_ownKey->isChecked())
        return {};
    if (!isValidSelector(m_selector->text()))
        return tr("The selector \"%1\" is not valid: use letters, digits and hyphens (dots between parts).")
            .arg(m_selector->text());
    if (m_ed25519->isChecked()) {
        if (!isValidSelector(m_edSelector->text()))
            return tr("The Ed25519 selector \"%1\" is not valid.").arg(m_edSelector->text());
        if (m_edSelector->text().compare(m_selector->text(), Qt::CaseInsensitive) == 0)
            return tr("Each key needs a selector of its own.");
    }
    for (int row = 0; row < m_providerTable->rowCount(); ++row)
        for (const QLineEdit* edit : {m_selector, m_edSelector})
            if (m_providerTable->item(row, SelectorColumn)->text().compare(edit->text(), Qt::CaseInsensitive) == 0 &&
                (edit == m_selector || m_ed25519->isChecked()))
                return tr("The selector \"%1\" is already used by %2.")
                    .arg(edit->text(), m_providerTable->item(row, ServiceColumn)->text());
    if (m_folder->text().trimmed().isEmpty())
        return tr("Choose a folder for the private keys.");
    return {};
}

void DkimPage::updateState() {
    const bool generated = !m_keys.empty();
    const bool busy = isGenerating();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_selector, m_size, m_ed25519, m_folder, m_chooseFolder})
        widget->setEnabled(!generated && !busy);
    m_edSelector->setEnabled(!generated && !busy && m_ed25519->isChecked());
    const QString problem = validationProblem();
    m_generate->setEnabled(m_ownKey->isChecked() && !generated && !busy && problem.isEmpty());
    if (!generated && !busy)
        m_keyStatus->setText(problem.isEmpty() && m_ownKey->isChecked()
                                 ? tr("Press Generate keys: the private keys are written to the folder above.")
                                 : problem);
    emit completeChanged();
}

void DkimPage::generateKeys() {
    if (isGenerating() || !m_keys.empty() || !validationProblem().isEmpty())
        return;
    std::vector<KeyJob> jobs{
        {m_selector->text().toStdString(), {dkim::KeyAlgorithm::Rsa, m_size->currentData().toInt()}}};
    if (m_ed25519->isChecked())
        jobs.push_back({m_edSelector->text().toStdString(), {dkim::KeyAlgorithm::Ed25519, 256}});
    const QString folder = m_folder->text().trimmed();
    const std::string domain = m_wizard->plan().domain;
    auto stop = std::make_shared<std::stop_source>();

    m_watcher = new QFutureWatcher<GeneratedKey>(this);
    connect(m_watcher, &QFutureWatcherBase::canceled, this, [stop] { stop->request_stop(); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DkimPage::finishGeneration);
    m_watcher->setFuture(runInBackground<GeneratedKey>([jobs, folder, domain, stop](QPromise<GeneratedKey>& promise) {
        promise.setProgressRange(0, int(jobs.size()));
        for (std::size_t i = 0; i < jobs.size(); ++i) {
            const auto& job = jobs[i];
            GeneratedKey key{job.selector, job.spec.algorithm, job.spec.bits, {}, {}, {}};
            auto pair = dkim::KeyGenerator::generate(job.spec, stop->get_token());
            if (promise.isCanceled())
                return;
            if (!pair) {
                key.error = QString::fromStdString(pair.error().message);
            } else {
                key.publicKey = pair->publicKeyBase64();
                key.bits = pair->bits();
                key.path = QDir(folder).filePath(QString::fromStdString(job.selector + "." + domain + ".pem"));
                if (!QDir().mkpath(folder))
                    key.error = QCoreApplication::translate("dmarcplan::ui::wizard::DkimPage",
                                                            "The folder %1 cannot be created.")
                                    .arg(folder);
                else if (auto written = pair->writePrivateKey(key.path.toStdString()); !written)
                    key.error = QString::fromStdString(written.error().describe());
            }
            promise.addResult(key);
            promise.setProgressValue(int(i) + 1);
            if (!key.error.isEmpty())
                return;
        }
    }));
    m_task->watch(m_watcher, tr("Generating keys..."));
    updateState();
    m_keyStatus->setText(tr("Generating keys in the background..."));
}

void DkimPage::finishGeneration() {
    auto* watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    if (watcher->isCanceled()) {
        // Keys written before the cancel stay on disk; none is used, so the next run starts over.
        m_keyStatus->setText(tr("Key generation cancelled."));
        updateState();
        return;
    }
    std::vector<GeneratedKey> keys;
    QStringList lines;
    QString error;
    for (const auto& key : watcher->future().results()) {
        if (!key.error.isEmpty())
            error = key.error;
        else
            keys.push_back(key);
    }
    if (!error.isEmpty() || keys.empty()) {
        m_keyStatus->setText(tr("The keys could not be made: %1").arg(error));
        updateState();
        return;
    }
    for (const auto& key : keys)
        lines << tr("%1 key (%2 bits) for selector %3 saved to %4")
                     .arg(key.algorithm == dkim::KeyAlgorithm::Rsa ? QStringLiteral("RSA") : QStringLiteral("Ed25519"))
                     .arg(key.bits)
                     .arg(QString::fromStdString(key.selector), key.path);
    m_keys = std::move(keys);
    updateState();
    m_keyStatus->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                         tr("Keep the private keys secret and install them on your mail server."));
}

bool DkimPage::isComplete() const {
    if (isGenerating())
        return false;
    return !m_ownKey->isChecked() || !m_keys.empty();
}

bool DkimPage::validatePage() {
    auto& plan = m_wizard->plan();
    plan.dkim.clear();
    m_wizard->privateKeys().clear();
    if (m_ownKey->isChecked()) {
        for (const auto& key : m_keys) {
            m_wizard->privateKeys()[key.selector] = key.path;
            plan::DkimKey entry;
            entry.selector = key.selector;
            entry.algorithm = key.algorithm == dkim::KeyAlgorithm::Rsa ? plan::DkimAlgorithm::RsaSha256
                                                                       : plan::DkimAlgorithm::Ed25519Sha256;
            if (key.algorithm == dkim::KeyAlgorithm::Rsa)
                entry.keySize = key.bits;
            entry.publicKey = key.publicKey;
            plan.dkim.push_back(std::move(entry));
        }
    }
    const auto* catalogue = m_wizard->catalogue();
    for (auto& source : plan.sources) {
        const auto* provider =
            source.kind == plan::SourceKind::Provider && catalogue ? catalogue->find(source.provider) : nullptr;
        if (!provider || !provider->dkim)
            continue;
        const QString id = QString::fromStdString(provider->id);
        std::vector<std::string> selectors;
        std::map<std::string, std::string> targets;
        for (int row = 0; row < m_providerTable->rowCount(); ++row) {
            if (m_providerTable->item(row, ServiceColumn)->data(kProviderIdRole).toString() != id)
                continue;
            const std::string selector = m_providerTable->item(row, SelectorColumn)->text().trimmed().toStdString();
            const QString value = m_providerTable->item(row, ValueColumn)->text().trimmed();
            if (selector.empty())
                continue;
            selectors.push_back(selector);
            if (value.isEmpty())
                continue;
            if (provider->dkim->method == plan::DkimMethod::Txt) {
                plan::DkimKey entry;
                entry.selector = selector;
                entry.publicKey = publicKeyFrom(value);
                plan.dkim.push_back(std::move(entry));
            } else if (!provider->dkim->cnameTarget) {
                QString target = value;
                if (target.endsWith(QLatin1Char('.')))
                    target.chop(1);
                targets[selector] = target.toStdString();
            }
        }
        // Only what the catalogue cannot know goes into the plan, so the plan stays short.
        plan::ProviderOptions options = source.options.value_or(plan::ProviderOptions{});
        options.dkimSelectors.reset();
        options.dkimTargets.reset();
        if (provider->dkim->selectors.empty() && !selectors.empty())
            options.dkimSelectors = selectors;
        if (!targets.empty())
            options.dkimTargets = targets;
        if (options == plan::ProviderOptions{})
            source.options.reset();
        else
            source.options = options;
    }
    return true;
}

} // namespace dmarcplan::ui::wizard
