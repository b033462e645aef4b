#include "ui/wizard/ReviewPage.h"

#include "core/dkim/KeyGenerator.h"
#include "core/simulate/Simulator.h"
#include "core/workspace/Workspace.h"
#include "ui/BackgroundTask.h"
#include "ui/CoreText.h"
#include "ui/ResultStyle.h"
#include "ui/Widgets.h"
#include "ui/models/ScenarioModel.h"
#include "ui/wizard/RecordWizard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace dmarcplan::ui::wizard {

namespace {

QTableWidgetItem* readOnly(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

QString purposeText(const plan::GeneratedRecord& record) {
    if (record.purpose == "spf")
        return ReviewPage::tr("SPF: the servers allowed to send");
    if (record.purpose == "dkim")
        return ReviewPage::tr("DKIM: the key that checks signatures (%1)").arg(QString::fromStdString(record.source));
    if (record.purpose == "dmarc")
        return ReviewPage::tr("DMARC policy");
    if (record.purpose == "report_authorization")
        return ReviewPage::tr("Report authorisation: publish it in the report destination's domain");
    if (record.purpose == "null_mx")
        return ReviewPage::tr("Null MX: the domain receives no mail (RFC 7505)");
    if (record.purpose == "return_path")
        return ReviewPage::tr("Return path of a mail service");
    return QString::fromStdString(record.purpose);
}

// The simulator over the new records as if published (the workspace's published DNS: the plan's
// records, the domain's current MX hosts, which SPF's "mx" and the own-server scenarios need, every
// other name as the DNS settings say), signing with the keys the DKIM page wrote.
void simulate(ReviewResult& result, const plan::Plan& plan, const std::map<std::string, QString>& keyFiles,
              const workspace::Workspace& ws) {
    simulate::SimulatorOptions options;
    options.domain = plan.domain;
    options.resolver = ws.published();
    options.keys = std::make_shared<simulate::KeyStore>();
    simulate::Parameters parameters;
    parameters.sign = false;
    for (const auto& key : plan.dkim) {
        auto file = keyFiles.find(key.selector);
        if (file == keyFiles.end() || key.algorithm != plan::DkimAlgorithm::RsaSha256)
            continue;
        auto pair = dkim::KeyPair::load(file->second.toStdString());
        if (!pair) {
            result.simulationError = QString::fromStdString(pair.error().describe());
            return;
        }
        options.keys->addUserKey(plan.domain, key.selector, *pair);
        parameters.sign = true;
        parameters.selector = key.selector;
        break;
    }
    for (const auto& source : plan.sources)
        if (source.kind == plan::SourceKind::Ip && !source.addresses.empty() &&
            source.addresses.front().find('/') == std::string::npos)
            parameters.ownIp = source.addresses.front();
    auto table = simulate::Simulator(std::move(options)).run(parameters);
    if (table)
        result.simulation = std::move(*table);
    else
        result.simulationError = QString::fromStdString(table.error().describe());
}

} // namespace

ReviewPage::ReviewPage(RecordWizard* wizard) : m_wizard(wizard) {
    setTitle(tr("Review and publish"));
    setSubTitle(tr("Add these records at your DNS provider. Copy each value with its button."));
    setFinalPage(true);

    m_task = new TaskPanel(this);
    m_task->setObjectName(QStringLiteral("reviewTask"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);

    m_recordTable = labelled(new QTableWidget(0, RecordColumnCount, this), "recordsTable",
                             tr("The records to publish: host, type and value as DNS control panels ask for them"),
                             tr("Records to publish"));
    m_recordTable->setHorizontalHeaderLabels({tr("Host"), tr("Type"), tr("Value"), tr("Copy")});
    m_recordTable->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_recordTable->verticalHeader()->hide();
    m_recordTable->setWordWrap(false);
    m_recordTable->setTabKeyNavigation(false);
    m_copyAll = labelled(new QPushButton(tr("Copy all as &zone file"), this), "copyAllButton",
                         tr("Copy every record as zone-file lines (for DNS servers you run yourself)"));

    m_findingTable = labelled(new QTableWidget(0, FindingColumnCount, this), "findingsTable",
                              tr("What the linters say about these records; the tooltip shows the suggested fix"),
                              tr("Lint findings"));
    m_findingTable->setHorizontalHeaderLabels({tr("Severity"), tr("Code"), tr("Message")});
    m_findingTable->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_findingTable->verticalHeader()->hide();
    m_findingTable->setTabKeyNavigation(false);

    m_simulationModel = new ScenarioModel(this);
    m_simulationTable =
        labelled(new QTableView(this), "simulationTable",
                 tr("What receivers would do with your mail once these records are published: one row per "
                    "way a message travels (direct, forwarded, through a mailing list, forged)"),
                 tr("Scenario simulation"));
    m_simulationTable->setModel(m_simulationModel);
    m_simulationTable->horizontalHeader()->setSectionResizeMode(ScenarioModel::ScenarioColumn, QHeaderView::Stretch);
    m_simulationTable->verticalHeader()->hide();
    m_simulationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_simulationTable->setTabKeyNavigation(false);
    m_simulationNote = new QLabel(this);
    m_simulationNote->setObjectName(QStringLiteral("simulationNote"));
    m_simulationNote->setWordWrap(true);

    m_save = labelled(new QPushButton(tr("Save as &plan..."), this), "savePlanButton",
                      tr("Save what you entered as a plan file (*.dmarcplan.json) to open in dmarcplan later"));
    m_saveStatus = new QLabel(this);
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setWordWrap(true);

    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyAll);
    copyRow->addStretch();
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveStatus, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_task);
    layout->addWidget(m_summary);
    layout->addWidget(m_recordTable, 3);
    layout->addLayout(copyRow);
    layout->addWidget(new QLabel(tr("Findings:"), this));
    layout->addWidget(m_findingTable, 2);
    layout->addWidget(new QLabel(tr("Simulation:"), this));
    layout->addWidget(m_simulationNote);
    layout->addWidget(m_simulationTable, 3);
    layout->addLayout(saveRow);

    connect(m_copyAll, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(zoneFileText()); });
    connect(m_save, &QPushButton::clicked, this, &ReviewPage::savePlan);
}

ReviewPage::~ReviewPage() {
    if (m_watcher && m_watcher->isRunning())
        m_watcher->waitForFinished();
}

void ReviewPage::initializePage() {
    m_records = {};
    m_recordTable->setRowCount(0);
    m_findingTable->setRowCount(0);
    m_simulationModel->setTable({});
    m_simulationNote->clear();
    m_saveStatus->clear();
    m_summary->setText(tr("Making the records and checking them..."));
    if (m_watcher && m_watcher->isRunning())
        m_watcher->waitForFinished();

    const plan::Plan plan = m_wizard->plan();
    const std::optional<plan::Catalogue> catalogue =
        m_wizard->catalogue() ? std::optional(*m_wizard->catalogue()) : std::nullopt;
    const dns::ResolverOptions options = m_wizard->resolverOptions();
    const std::map<std::string, QString> keyFiles = m_wizard->privateKeys();
    auto* watcher = new QFutureWatcher<ReviewResult>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher == m_watcher)
            showResult();
        watcher->deleteLater();
    });
    watcher->setFuture(
        runInBackground<ReviewResult>([plan, catalogue, options, keyFiles](QPromise<ReviewResult>& promise) {
            ReviewResult result;
            workspace::PlanInput input{plan, catalogue.value_or(plan::Catalogue{}), "wizard"};
            input.keepCurrentMx = true; // a plan from scratch: no zone file holds the domain's MX hosts
            auto ws = workspace::Workspace::open(options, std::move(input));
            auto records = ws ? generateWizardRecords(*ws) : Result<plan::GeneratedPlan>(ws.error());
            if (records) {
                result.records = std::move(*records);
                if (!promise.isCanceled())
                    simulate(result, plan, keyFiles, *ws);
            } else {
                result.error = QString::fromStdString(records.error().describe());
            }
            promise.addResult(std::move(result));
        }));
    m_task->watch(watcher, tr("Checking the records..."));
    emit completeChanged();
}

bool ReviewPage::isComputing() const {
    return m_watcher != nullptr; // until its result is shown
}

bool ReviewPage::isComplete() const {
    return !isComputing();
}

void ReviewPage::showResult() {
    auto* watcher = m_watcher;
    m_watcher = nullptr;
    emit completeChanged();
    if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
        m_summary->setText(tr("Checking was cancelled: go back and forward again to repeat it."));
        return;
    }
    const ReviewResult result = watcher->future().result();
    if (!result.error.isEmpty()) {
        m_summary->setText(tr("The records could not be made: %1").arg(result.error));
        return;
    }
    m_records = result.records;
    const std::string domain = m_wizard->plan().domain;
    int pending = 0;
    for (const auto& record : m_records.records) {
        const int row = m_recordTable->rowCount();
        m_recordTable->insertRow(row);
        auto* host = readOnly(QString::fromStdString(plan::relativeHost(record.name, domain)));
        host->setToolTip(QString::fromStdString(record.name) + QLatin1Char('\n') + purposeText(record));
        m_recordTable->setItem(row, HostColumn, host);
        m_recordTable->setItem(row, TypeColumn, readOnly(QString::fromStdString(record.type)));
        const QString value = record.pending ? tr("(pending: the value your mail service's console shows)")
                                             : QString::fromStdString(displayValue(record));
        m_recordTable->setItem(row, ValueColumn, readOnly(value));
        auto* copy = new QToolButton(m_recordTable);
        copy->setObjectName(QStringLiteral("copyButton%1").arg(row));
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy the value of %1 %2").arg(host->text(), QString::fromStdString(record.type)));
        copy->setAccessibleName(copy->toolTip());
        copy->setEnabled(!record.pending);
        const QString text = QString::fromStdString(displayValue(record));
        connect(copy, &QToolButton::clicked, this, [text] { QGuiApplication::clipboard()->setText(text); });
        m_recordTable->setCellWidget(row, CopyColumn, copy);
        pending += record.pending ? 1 : 0;
    }
    m_recordTable->resizeColumnToContents(HostColumn);
    m_recordTable->resizeColumnToContents(TypeColumn);
    m_recordTable->resizeColumnToContents(CopyColumn);

    int errors = 0;
    int warnings = 0;
    for (const auto& finding : m_records.findings) {
        const int row = m_findingTable->rowCount();
        m_findingTable->insertRow(row);
        const Outcome outcome = outcomeFor(finding.severity);
        auto* severity = readOnly(outcomeText(outcome));
        severity->setIcon(outcomeIcon(outcome));
        m_findingTable->setItem(row, SeverityColumn, severity);
        m_findingTable->setItem(row, CodeColumn, readOnly(QString::fromStdString(finding.code)));
        auto* message = readOnly(translatedMessage(finding));
        const QString fix = translatedFix(finding);
        message->setToolTip(fix.isEmpty() ? message->text() : message->text() + QLatin1Char('\n') + fix);
        m_findingTable->setItem(row, MessageColumn, message);
        errors += finding.severity == Severity::Error ? 1 : 0;
        warnings += finding.severity == Severity::Warning ? 1 : 0;
    }
    m_findingTable->resizeColumnToContents(SeverityColumn);
    m_findingTable->resizeColumnToContents(CodeColumn);

    QString summary = tr("%n record(s) to publish.", nullptr, int(m_records.records.size()));
    if (pending > 0)
        summary +=
            QLatin1Char(' ') + tr("%n still need(s) a value from your mail service's console.", nullptr, pending);
    summary += QLatin1Char(' ') + (errors > 0 ? tr("%n error(s) to fix before publishing.", nullptr, errors)
                                              : tr("No errors; %n warning(s) worth reading.", nullptr, warnings));
    m_summary->setText(summary);

    if (result.simulation) {
        m_simulationModel->setTable(*result.simulation);
        m_simulationTable->resizeColumnsToContents();
        m_simulationTable->horizontalHeader()->setSectionResizeMode(ScenarioModel::ScenarioColumn,
                                                                    QHeaderView::Stretch);
        m_simulationNote->setText(
            tr("Each row is one way a message reaches a receiver, computed with the records above as "
               "if they were published."));
    } else {
        m_simulationNote->setText(tr("The scenarios could not be simulated: %1").arg(result.simulationError));
    }
}

QString ReviewPage::zoneFileText() const {
    return QString::fromStdString(plan::toZoneText(m_records));
}

bool ReviewPage::savePlan() {
    const QString suggestion = QString::fromStdString(m_wizard->plan().domain) + QStringLiteral(".dmarcplan.json");
    const QString path = m_wizard->chooseFile(RecordWizard::FileDialogKind::SavePlan, suggestion);
    if (path.isEmpty())
        return false;
    if (auto saved = plan::savePlan(m_wizard->plan(), path.toStdString()); !saved) {
        m_saveStatus->setText(tr("Not saved: %1").arg(QString::fromStdString(saved.error().describe())));
        return false;
    }
    m_wizard->setSavedPlanPath(path);
    m_saveStatus->setText(tr("Saved to %1; it opens in dmarcplan when you press Finish.").arg(path));
    return true;
}

} // namespace dmarcplan::ui::wizard
