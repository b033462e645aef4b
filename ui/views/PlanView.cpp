#include "ui/views/PlanView.h"

#include "ui/PlanDocument.h"
#include "ui/ResultStyle.h"
#include "ui/Widgets.h"
#include "ui/models/PlanTablesModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

namespace dmarcplan::ui {

namespace {
QString word(std::string_view text) {
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

void selectData(QComboBox* combo, const QString& value) {
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

std::optional<std::string> optionalText(const QComboBox* combo) {
    const QString value = combo->currentData().toString();
    return value.isEmpty() ? std::nullopt : std::optional<std::string>(value.toStdString());
}

std::optional<plan::DmarcPolicy> policyFrom(const QComboBox* combo) {
    const QString value = combo->currentData().toString();
    if (value == QLatin1String("none"))
        return plan::DmarcPolicy::None;
    if (value == QLatin1String("quarantine"))
        return plan::DmarcPolicy::Quarantine;
    if (value == QLatin1String("reject"))
        return plan::DmarcPolicy::Reject;
    return std::nullopt;
}

QTableView* editorTable(QAbstractItemModel* model, QWidget* parent) {
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::AnyKeyPressed);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

PlanView::PlanView(PlanDocument* document, const plan::Catalogue* catalogue, QWidget* parent)
    : QWidget(parent), m_document(document), m_catalogue(catalogue) {
    setObjectName(QStringLiteral("planView"));
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("planFileLabel"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // --- Domain and SPF -----------------------------------------------------------------------
    m_domain =
        labelled(new QLineEdit(this), "planDomainEdit", tr("The domain in your From addresses, e.g. example.com"));
    m_domain->setPlaceholderText(QStringLiteral("example.com"));
    m_spfAll = labelled(new QComboBox(this), "spfAllCombo",
                        tr("What SPF says about servers that are not listed: fail (-all) or softfail (~all)"));
    m_spfAll->addItem(tr("fail (-all): only these sources"), QStringLiteral("fail"));
    m_spfAll->addItem(tr("softfail (~all): mark others as suspicious"), QStringLiteral("softfail"));

    // --- Sending sources -------------------------------------------------------------------------
    auto* sourcesBox = new QGroupBox(tr("Who sends mail for the domain (SPF)"), this);
    m_sources = new SourcesModel(this);
    m_sources->setCatalogue(catalogue);
    m_sourcesTable = labelled(editorTable(m_sources, sourcesBox), "planSourcesTable",
                              tr("The servers and services that send mail with your domain; double-click a value "
                                 "to edit it"),
                              tr("Sending sources"));
    auto* addMx = labelled(new QPushButton(tr("Add &MX"), sourcesBox), "addMxSourceButton",
                           tr("Your domain's mail servers (MX) also send"));
    auto* addIp = labelled(new QPushButton(tr("Add &addresses"), sourcesBox), "addIpSourceButton",
                           tr("Addresses or ranges of your own servers (office, web server)"));
    auto* addInclude = labelled(new QPushButton(tr("Add &include"), sourcesBox), "addIncludeSourceButton",
                                tr("Another domain's SPF record (include:)"));
    m_provider = labelled(new QComboBox(sourcesBox), "providerCombo",
                          tr("Sending providers from the catalogue (mail services, newsletter tools)"), tr("Provider"));
    if (catalogue)
        for (const auto& provider : catalogue->providers())
            m_provider->addItem(QString::fromStdString(provider.name), QString::fromStdString(provider.id));
    auto* addProvider = labelled(new QPushButton(tr("Add &provider"), sourcesBox), "addProviderButton",
                                 tr("Add the chosen provider: its SPF include and DKIM records"));
    auto* removeSource =
        labelled(new QPushButton(tr("&Remove"), sourcesBox), "removeSourceButton", tr("Remove the selected source"));
    auto* sourceButtons = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{addMx, addIp, addInclude, m_provider, addProvider})
        sourceButtons->addWidget(w);
    sourceButtons->addStretch();
    sourceButtons->addWidget(removeSource);
    auto* sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->addWidget(m_sourcesTable);
    sourcesLayout->addLayout(sourceButtons);

    // --- DKIM keys -------------------------------------------------------------------------------
    auto* dkimBox = new QGroupBox(tr("DKIM keys your servers sign with"), this);
    m_dkim = new DkimKeysModel(this);
    m_dkimTable = labelled(editorTable(m_dkim, dkimBox), "planDkimTable",
                           tr("One row per DKIM key; double-click a selector to rename it"), tr("DKIM keys"));
    auto* addRsa = labelled(new QPushButton(tr("Add RSA &key"), dkimBox), "addRsaKeyButton",
                            tr("A 2048-bit RSA key: every receiver verifies it"));
    auto* addEd = labelled(new QPushButton(tr("Add &Ed25519 key"), dkimBox), "addEd25519KeyButton",
                           tr("An Ed25519 key (RFC 8463): short, but not every receiver verifies it yet"));
    auto* removeKey =
        labelled(new QPushButton(tr("Remo&ve"), dkimBox), "removeKeyButton", tr("Remove the selected key"));
    auto* keyButtons = new QHBoxLayout;
    keyButtons->addWidget(addRsa);
    keyButtons->addWidget(addEd);
    keyButtons->addStretch();
    keyButtons->addWidget(removeKey);
    auto* dkimLayout = new QVBoxLayout(dkimBox);
    dkimLayout->addWidget(m_dkimTable);
    dkimLayout->addLayout(keyButtons);

    // --- DMARC -----------------------------------------------------------------------------------
    auto* dmarcBox = new QGroupBox(tr("DMARC policy and stage"), this);
    m_stage = labelled(new QComboBox(dmarcBox), "dmarcStageCombo",
                       tr("The rollout stage: monitor first (p=none), then quarantine, then reject"));
    m_stage->addItem(tr("monitor (p=none)"), QStringLiteral("monitor"));
    m_stage->addItem(tr("quarantine"), QStringLiteral("quarantine"));
    m_stage->addItem(tr("reject"), QStringLiteral("reject"));
    auto alignment = [dmarcBox](const char* name, const QString& tip) {
        auto* combo = labelled(new QComboBox(dmarcBox), name, tip);
        combo->addItem(tr("not set (relaxed)"), QString());
        combo->addItem(tr("relaxed"), QStringLiteral("r"));
        combo->addItem(tr("strict"), QStringLiteral("s"));
        return combo;
    };
    m_aspf = alignment("planAspfCombo", tr("SPF alignment (aspf)"));
    m_adkim = alignment("planAdkimCombo", tr("DKIM alignment (adkim)"));
    auto policy = [dmarcBox](const char* name, const QString& tip) {
        auto* combo = labelled(new QComboBox(dmarcBox), name, tip);
        combo->addItem(tr("same as p"), QString());
        combo->addItem(tr("none"), QStringLiteral("none"));
        combo->addItem(tr("quarantine"), QStringLiteral("quarantine"));
        combo->addItem(tr("reject"), QStringLiteral("reject"));
        return combo;
    };
    m_sp = policy("planSpCombo", tr("Policy for existing subdomains (sp)"));
    m_np = policy("planNpCombo", tr("Policy for subdomains that do not exist (np)"));
    m_testing = labelled(new QCheckBox(tr("&Testing (t=y)"), dmarcBox), "planTestingCheck",
                         tr("Ask receivers to apply one level less than the policy while you test"));
    m_rua = labelled(new QLineEdit(dmarcBox), "planRuaEdit",
                     tr("Where aggregate reports go: mailto: addresses separated by commas"));
    m_rua->setPlaceholderText(QStringLiteral("mailto:dmarc-reports@example.com"));
    auto* dmarcLayout = new QGridLayout(dmarcBox);
    dmarcLayout->addWidget(buddyLabel(tr("S&tage:"), m_stage, dmarcBox), 0, 0);
    dmarcLayout->addWidget(m_stage, 0, 1);
    dmarcLayout->addWidget(buddyLabel(tr("aspf:"), m_aspf, dmarcBox), 0, 2);
    dmarcLayout->addWidget(m_aspf, 0, 3);
    dmarcLayout->addWidget(buddyLabel(tr("adkim:"), m_adkim, dmarcBox), 0, 4);
    dmarcLayout->addWidget(m_adkim, 0, 5);
    dmarcLayout->addWidget(m_testing, 1, 0, 1, 2);
    dmarcLayout->addWidget(buddyLabel(tr("sp:"), m_sp, dmarcBox), 1, 2);
    dmarcLayout->addWidget(m_sp, 1, 3);
    dmarcLayout->addWidget(buddyLabel(tr("np:"), m_np, dmarcBox), 1, 4);
    dmarcLayout->addWidget(m_np, 1, 5);
    dmarcLayout->addWidget(buddyLabel(tr("&Reports to:"), m_rua, dmarcBox), 2, 0);
    dmarcLayout->addWidget(m_rua, 2, 1, 1, 5);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("planValidationLabel"));
    m_validation->setWordWrap(true);

    auto* top = new QFormLayout;
    top->addRow(buddyLabel(tr("&Domain:"), m_domain, this), m_domain);
    top->addRow(buddyLabel(tr("Other &senders:"), m_spfAll, this), m_spfAll);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Plan"), this));
    layout->addWidget(m_file);
    layout->addLayout(top);
    layout->addWidget(sourcesBox, 2);
    layout->addWidget(dkimBox, 1);
    layout->addWidget(dmarcBox);
    layout->addWidget(m_validation);

    connect(m_domain, &QLineEdit::textEdited, this, &PlanView::applyEdits);
    connect(m_rua, &QLineEdit::textEdited, this, &PlanView::applyEdits);
    for (QComboBox* combo : {m_spfAll, m_stage, m_aspf, m_adkim, m_sp, m_np})
        connect(combo, &QComboBox::currentIndexChanged, this, &PlanView::applyEdits);
    connect(m_testing, &QCheckBox::toggled, this, &PlanView::applyEdits);
    connect(m_sources, &SourcesModel::edited, this, &PlanView::applyEdits);
    connect(m_dkim, &DkimKeysModel::edited, this, &PlanView::applyEdits);
    connect(addMx, &QPushButton::clicked, this, [this] { addSource(plan::SourceKind::Mx); });
    connect(addIp, &QPushButton::clicked, this, [this] { addSource(plan::SourceKind::Ip); });
    connect(addInclude, &QPushButton::clicked, this, [this] { addSource(plan::SourceKind::Include); });
    connect(addProvider, &QPushButton::clicked, this, &PlanView::addProvider);
    connect(removeSource, &QPushButton::clicked, this,
            [this] { m_sources->removeSource(m_sourcesTable->currentIndex().row()); });
    connect(addRsa, &QPushButton::clicked, this, [this] { addKey(plan::DkimAlgorithm::RsaSha256); });
    connect(addEd, &QPushButton::clicked, this, [this] { addKey(plan::DkimAlgorithm::Ed25519Sha256); });
    connect(removeKey, &QPushButton::clicked, this, [this] { m_dkim->removeKey(m_dkimTable->currentIndex().row()); });
    connect(m_document, &PlanDocument::changed, this, &PlanView::showDocument);
    connect(m_document, &PlanDocument::pathChanged, this, &PlanView::showDocument);
    showDocument();
}

void PlanView::showDocument() {
    m_file->setText(m_document->path().isEmpty() ? tr("New plan, not saved yet")
                                                 : tr("File: %1").arg(m_document->path()));
    if (m_filling)
        return; // our own edit coming back: the fields already show it
    const plan::Plan& plan = m_document->plan();
    if (plan == editedPlan() && m_error.isEmpty())
        return;
    m_filling = true;
    m_domain->setText(QString::fromStdString(plan.domain));
    selectData(m_spfAll, QString::fromStdString(plan.spfAll.value_or("fail")));
    m_sources->setSources(plan.sources);
    m_dkim->setKeys(plan.dkim);
    selectData(m_stage, word(plan::toString(plan.dmarc.stage)));
    selectData(m_aspf, QString::fromStdString(plan.dmarc.aspf.value_or("")));
    selectData(m_adkim, QString::fromStdString(plan.dmarc.adkim.value_or("")));
    selectData(m_sp, plan.dmarc.subdomainPolicy ? word(plan::toString(*plan.dmarc.subdomainPolicy)) : QString());
    selectData(m_np, plan.dmarc.nonexistentPolicy ? word(plan::toString(*plan.dmarc.nonexistentPolicy)) : QString());
    m_testing->setChecked(plan.dmarc.testing.value_or(false));
    QStringList rua;
    for (const auto& uri : plan.dmarc.rua)
        rua << QString::fromStdString(uri);
    m_rua->setText(rua.join(QStringLiteral(", ")));
    m_filling = false;
    m_error.clear();
    m_validation->setText(tr("The plan is valid."));
}

plan::Plan PlanView::editedPlan() const {
    // Start from the document so what the editor does not show (scenarios, report domains, TTL...)
    // is kept as it is.
    plan::Plan plan = m_document->plan();
    plan.domain = m_domain->text().trimmed().toStdString();
    const QString all = m_spfAll->currentData().toString();
    // "fail" is the default: leave it unset unless the plan spelled it out.
    plan.spfAll =
        (all == QLatin1String("fail") && !plan.spfAll) ? std::nullopt : std::optional<std::string>(all.toStdString());
    plan.sources = m_sources->sources();
    plan.dkim = m_dkim->keys();
    const QString stage = m_stage->currentData().toString();
    plan.dmarc.stage = stage == QLatin1String("reject")       ? plan::DmarcStage::Reject
                       : stage == QLatin1String("quarantine") ? plan::DmarcStage::Quarantine
                                                              : plan::DmarcStage::Monitor;
    plan.dmarc.aspf = optionalText(m_aspf);
    plan.dmarc.adkim = optionalText(m_adkim);
    plan.dmarc.subdomainPolicy = policyFrom(m_sp);
    plan.dmarc.nonexistentPolicy = policyFrom(m_np);
    if (m_testing->isChecked() || plan.dmarc.testing)
        plan.dmarc.testing = m_testing->isChecked();
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    plan.dmarc.rua.clear();
    for (const QString& uri : m_rua->text().split(separators, Qt::SkipEmptyParts))
        plan.dmarc.rua.push_back(uri.toStdString());
    return plan;
}

void PlanView::applyEdits() {
    if (m_filling)
        return;
    plan::Plan plan = editedPlan();
    m_error = validatePlan(plan);
    if (!m_error.isEmpty()) {
        // Shown with a word, not only a colour; the document keeps the last valid plan.
        m_validation->setText(tr("Not applied yet: %1").arg(m_error));
        return;
    }
    m_validation->setText(tr("The plan is valid."));
    m_filling = true;
    m_document->setPlan(std::move(plan));
    m_filling = false;
}

void PlanView::addSource(plan::SourceKind kind) {
    plan::Source source;
    source.kind = kind;
    m_sources->appendSource(source);
    const QModelIndex value = m_sources->index(m_sources->rowCount() - 1, SourcesModel::ValueColumn);
    m_sourcesTable->setCurrentIndex(value);
    if (kind != plan::SourceKind::Mx)
        m_sourcesTable->edit(value);
}

void PlanView::addProvider() {
    const QString id = m_provider->currentData().toString();
    if (id.isEmpty())
        return;
    plan::Source source;
    source.kind = plan::SourceKind::Provider;
    source.provider = id.toStdString();
    m_sources->appendSource(source);
    m_sourcesTable->setCurrentIndex(m_sources->index(m_sources->rowCount() - 1, SourcesModel::KindColumn));
}

void PlanView::addKey(plan::DkimAlgorithm algorithm) {
    plan::DkimKey key;
    key.algorithm = algorithm;
    // A selector that is not taken yet: the year-style names the example uses are common practice.
    int n = m_dkim->rowCount() + 1;
    auto taken = [this](const std::string& selector) {
        for (const auto& existing : m_dkim->keys())
            if (existing.selector == selector)
                return true;
        return false;
    };
    do
        key.selector = (algorithm == plan::DkimAlgorithm::Ed25519Sha256 ? "ed" : "rsa") + std::to_string(n++);
    while (taken(key.selector));
    if (algorithm == plan::DkimAlgorithm::RsaSha256)
        key.keySize = 2048;
    m_dkim->appendKey(key);
    m_dkimTable->setCurrentIndex(m_dkim->index(m_dkim->rowCount() - 1, DkimKeysModel::SelectorColumn));
}

void PlanView::focusField(const QString& field) {
    static const QRegularExpression indexed(QStringLiteral("^(sources|dkim)\\[(\\d+)\\]"));
    if (const auto match = indexed.match(field); match.hasMatch()) {
        const int row = match.captured(2).toInt();
        QTableView* table = match.captured(1) == QLatin1String("sources") ? m_sourcesTable : m_dkimTable;
        if (row < table->model()->rowCount()) {
            table->setCurrentIndex(table->model()->index(row, 1));
            table->scrollTo(table->currentIndex());
        }
        table->setFocus(Qt::OtherFocusReason);
    } else if (field.startsWith(QLatin1String("dmarc.rua")) || field.startsWith(QLatin1String("report"))) {
        m_rua->setFocus(Qt::OtherFocusReason);
    } else if (field.startsWith(QLatin1String("dmarc"))) {
        m_stage->setFocus(Qt::OtherFocusReason);
    } else if (field.startsWith(QLatin1String("sources"))) {
        m_sourcesTable->setFocus(Qt::OtherFocusReason);
    } else {
        m_domain->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace dmarcplan::ui
