#include "ui/views/ScenariosView.h"

#include "core/dmarc/Parser.h"
#include "ui/BackgroundTask.h"
#include "ui/CoreText.h"
#include "ui/ResultStyle.h"
#include "ui/Widgets.h"
#include "ui/models/ScenarioModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dmarcplan::ui {

namespace {

QString html(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped();
}

QString resultWord(const std::string& result) {
    return QStringLiteral("<b>%1</b>").arg(html(result));
}

QString traceHtml(const std::vector<spf::TraceStep>& trace) {
    QString out = QStringLiteral("<pre>");
    for (const auto& step : trace) {
        const QString indent(2 * step.depth, QLatin1Char(' '));
        QString line;
        switch (step.kind) {
        case spf::TraceStep::Kind::Record:
            line = QStringLiteral("%1: %2").arg(QString::fromStdString(step.domain), QString::fromStdString(step.text));
            break;
        case spf::TraceStep::Kind::Term:
        case spf::TraceStep::Kind::Dns:
        case spf::TraceStep::Kind::Result:
            line =
                QStringLiteral("%1 → %2").arg(QString::fromStdString(step.text), QString::fromStdString(step.detail));
            break;
        case spf::TraceStep::Kind::Note:
            line = translatedMessage(step.code, step.params);
            break;
        }
        out += (indent + line).toHtmlEscaped() + QLatin1Char('\n');
    }
    return out + QStringLiteral("</pre>");
}

QString evidenceHtml(const simulate::Row& row) {
    const auto& e = row.evidence;
    QString out;
    out += QStringLiteral("<p>%1</p>").arg(translatedMessage(row.reason).toHtmlEscaped());
    if (row.recommendation)
        out += QStringLiteral("<p><b>%1</b> %2</p>")
                   .arg(ScenariosView::tr("Recommendation:"), translatedMessage(*row.recommendation).toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(ScenariosView::tr("From: %1 · envelope: %2 · last server: %3 (%4)")
                        .arg(html(e.fromDomain), e.mailFrom.empty() ? QStringLiteral("&lt;&gt;") : html(e.mailFrom),
                             html(e.ip), html(e.helo)));
    // Which identifier aligned is the heart of DMARC: say it in words.
    QString aligned;
    if (e.alignedIdentifier == "spf+dkim")
        aligned = ScenariosView::tr("SPF (%1) and DKIM (%2) are aligned with the From domain.")
                      .arg(html(e.spfAlignedDomain), html(e.dkimAlignedDomain));
    else if (e.alignedIdentifier == "spf")
        aligned = ScenariosView::tr("SPF (%1) is aligned with the From domain.").arg(html(e.spfAlignedDomain));
    else if (e.alignedIdentifier == "dkim")
        aligned = ScenariosView::tr("DKIM (%1) is aligned with the From domain.").arg(html(e.dkimAlignedDomain));
    else
        aligned = ScenariosView::tr("Neither SPF nor DKIM is aligned with the From domain.");
    out += QStringLiteral("<h4>%1</h4><p>%2</p><p>%3</p>")
               .arg(ScenariosView::tr("DMARC"), aligned, translatedMessage(e.dmarcExplanation).toHtmlEscaped());
    if (!e.policyDomain.empty())
        out += QStringLiteral("<p><code>_dmarc.%1: %2</code></p>").arg(html(e.policyDomain), html(e.policyRecord));
    out += QStringLiteral("<h4>%1</h4><p>%2</p>")
               .arg(ScenariosView::tr("SPF"),
                    ScenariosView::tr("%1 for %2; deciding term: %3; DNS lookups: %4")
                        .arg(resultWord(row.spf), html(e.spfDomain),
                             e.spfDecidingTerm.empty() ? QStringLiteral("-") : html(e.spfDecidingTerm))
                        .arg(e.spfDnsLookups));
    if (!e.spfTrace.empty())
        out += traceHtml(e.spfTrace);
    out += QStringLiteral("<h4>%1</h4>").arg(ScenariosView::tr("DKIM"));
    if (e.signatures.empty())
        out += QStringLiteral("<p>%1</p>").arg(ScenariosView::tr("The message arrives without a DKIM signature."));
    else
        out += QStringLiteral("<ul>");
    for (const auto& s : e.signatures) {
        out += QStringLiteral("<li>%1</li>")
                   .arg(ScenariosView::tr("d=%1 s=%2 (%3): %4, reason: %5%6 — %7")
                            .arg(html(s.domain), html(s.selector), html(s.algorithm), resultWord(s.result),
                                 html(s.reason), s.aligned ? ScenariosView::tr(", aligned") : QString(),
                                 translatedMessage(s.explanation).toHtmlEscaped()));
    }
    if (!e.signatures.empty())
        out += QStringLiteral("</ul>");
    if (!e.notes.empty()) {
        out += QStringLiteral("<h4>%1</h4><ul>").arg(ScenariosView::tr("Assumptions"));
        for (const auto& note : e.notes)
            out += QStringLiteral("<li>%1</li>").arg(translatedMessage(note).toHtmlEscaped());
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace

namespace {
// Generated keys are kept for the whole session: every window and every recomputation signs with
// the same ones instead of generating RSA keys again.
std::shared_ptr<simulate::KeyStore> sessionKeys() {
    static const auto keys = std::make_shared<simulate::KeyStore>();
    return keys;
}
} // namespace

ScenariosView::ScenariosView(QWidget* parent) : QWidget(parent), m_keys(sessionKeys()) {
    setObjectName(QStringLiteral("scenariosView"));

    auto* dmarcBox = new QGroupBox(tr("Your DMARC record"), this);
    m_aspf = alignmentCombo("aspfCombo", tr("SPF alignment (aspf): relaxed accepts an envelope domain in the "
                                            "same organisation as the From domain; strict needs the exact "
                                            "domain"));
    m_adkim = alignmentCombo("adkimCombo", tr("DKIM alignment (adkim): relaxed accepts a signing domain in the "
                                              "same organisation as the From domain; strict needs the exact "
                                              "domain"));
    m_p = policyCombo("policyCombo", tr("Policy (p) for mail from your domain that fails DMARC"), false);
    m_sp = policyCombo("subdomainPolicyCombo", tr("Policy (sp) for mail from existing subdomains"), true);
    m_np = policyCombo("nonexistentPolicyCombo", tr("Policy (np) for mail from subdomains that do not exist"), true);
    m_testing = option(tr("&Testing mode (t=y)"), "testingCheck",
                       tr("Ask receivers to apply one level less than the policy while you test"), false);
    auto* dmarcLayout = new QGridLayout(dmarcBox);
    dmarcLayout->addWidget(buddyLabel(tr("&aspf:"), m_aspf, dmarcBox), 0, 0);
    dmarcLayout->addWidget(m_aspf, 0, 1);
    dmarcLayout->addWidget(buddyLabel(tr("a&dkim:"), m_adkim, dmarcBox), 1, 0);
    dmarcLayout->addWidget(m_adkim, 1, 1);
    dmarcLayout->addWidget(buddyLabel(tr("&p:"), m_p, dmarcBox), 0, 2);
    dmarcLayout->addWidget(m_p, 0, 3);
    dmarcLayout->addWidget(buddyLabel(tr("s&p:"), m_sp, dmarcBox), 1, 2);
    dmarcLayout->addWidget(m_sp, 1, 3);
    dmarcLayout->addWidget(buddyLabel(tr("&np:"), m_np, dmarcBox), 2, 2);
    dmarcLayout->addWidget(m_np, 2, 3);
    dmarcLayout->addWidget(m_testing, 2, 0, 1, 2);

    auto* pathBox = new QGroupBox(tr("How your mail travels"), this);
    m_sign = option(tr("&Sign with my own domain"), "signOwnDomainCheck",
                    tr("Your servers and providers add a DKIM signature with your domain (d=)"), true);
    m_algorithm = labelled(new QComboBox(pathBox), "keyAlgorithmCombo", tr("The algorithm of your DKIM key"));
    m_algorithm->addItem(QStringLiteral("RSA 2048"), QStringLiteral("rsa"));
    m_algorithm->addItem(QStringLiteral("Ed25519"), QStringLiteral("ed25519"));
    m_algorithm->addItem(tr("RSA and Ed25519"), QStringLiteral("both"));
    m_srs = option(tr("Forwarder uses S&RS"), "forwarderSrsCheck",
                   tr("The forwarding server rewrites the envelope sender to its own domain (SRS)"), false);
    m_listModifies = option(tr("List adds subject tag and &footer"), "listModifiesCheck",
                            tr("The mailing list changes the subject and body, which breaks DKIM signatures"), true);
    m_listRewrites = option(tr("List rewrites &From"), "listRewritesFromCheck",
                            tr("The mailing list replaces the From address with its own domain"), false);
    connect(m_algorithm, &QComboBox::currentIndexChanged, this, &ScenariosView::parametersChanged);
    auto* pathLayout = new QGridLayout(pathBox);
    pathLayout->addWidget(m_sign, 0, 0);
    pathLayout->addWidget(buddyLabel(tr("&Key algorithm:"), m_algorithm, pathBox), 1, 0);
    pathLayout->addWidget(m_algorithm, 1, 1);
    pathLayout->addWidget(m_srs, 0, 2);
    pathLayout->addWidget(m_listModifies, 1, 2);
    pathLayout->addWidget(m_listRewrites, 2, 2);

    auto* controls = new QHBoxLayout;
    controls->addWidget(dmarcBox);
    controls->addWidget(pathBox);

    m_model = new ScenarioModel(this);
    m_table = labelled(new QTableView(this), "scenarioTable",
                       tr("One row per way a message reaches the receiver: SPF, DKIM, their alignment, the DMARC "
                          "result and what the receiver does"),
                       tr("Scenarios"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScenarioModel::ScenarioColumn, QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scenarioStatus"));
    m_status->setWordWrap(true);
    m_evidence = labelled(new QTextBrowser(this), "scenarioEvidence",
                          tr("Why the selected scenario ends as it does, and what to change"), tr("Evidence"));
    m_evidence->setPlaceholderText(tr("Select a scenario to see the SPF trace, the DKIM verification and the "
                                      "recommendation."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_evidence);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Scenarios"), this));
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(this, &ScenariosView::parametersChanged, this, [this] {
        if (!m_settingControls)
            recompute();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScenariosView::showEvidence);
    m_status->setText(tr("Open or make a plan to see what happens to its mail."));
}

ScenariosView::~ScenariosView() {
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

QComboBox* ScenariosView::policyCombo(const char* objectName, const QString& toolTip, bool allowInherit) {
    auto* combo = labelled(new QComboBox(this), objectName, toolTip);
    if (allowInherit)
        combo->addItem(tr("same as p"), QString());
    combo->addItem(tr("none (monitor only)"), QStringLiteral("none"));
    combo->addItem(tr("quarantine (spam folder)"), QStringLiteral("quarantine"));
    combo->addItem(tr("reject"), QStringLiteral("reject"));
    connect(combo, &QComboBox::currentIndexChanged, this, &ScenariosView::parametersChanged);
    return combo;
}

QComboBox* ScenariosView::alignmentCombo(const char* objectName, const QString& toolTip) {
    auto* combo = labelled(new QComboBox(this), objectName, toolTip);
    combo->addItem(tr("relaxed"), QStringLiteral("r"));
    combo->addItem(tr("strict"), QStringLiteral("s"));
    connect(combo, &QComboBox::currentIndexChanged, this, &ScenariosView::parametersChanged);
    return combo;
}

QCheckBox* ScenariosView::option(const QString& text, const char* objectName, const QString& toolTip, bool checked) {
    auto* box = labelled(new QCheckBox(text, this), objectName, toolTip);
    box->setChecked(checked);
    connect(box, &QCheckBox::toggled, this, &ScenariosView::parametersChanged);
    return box;
}

namespace {
void selectData(QComboBox* combo, const QString& value) {
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
QString word(std::string_view text) {
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}
QString policyWord(const std::optional<dmarc::Policy>& policy) {
    return policy ? word(dmarc::toString(*policy)) : QString();
}
// The DMARC record the zone publishes for the domain itself, if any.
std::optional<dmarc::Record> publishedDmarc(const dns::ZoneData& zone, const std::string& domain) {
    const auto answer = zone.lookup("_dmarc." + domain, dns::RecordType::TXT);
    if (!answer.ok())
        return std::nullopt;
    for (const auto& text : answer.values())
        if (dmarc::looksLikeDmarcRecord(text))
            if (auto parsed = dmarc::parseRecord(text); parsed.isDmarc)
                return parsed.record;
    return std::nullopt;
}
} // namespace

void ScenariosView::setSimulation(SimulationSetup setup) {
    const dmarc::Record record = publishedDmarc(setup.zone, setup.domain).value_or(dmarc::Record{});
    const DmarcControls published{word(dmarc::toString(record.aspf)),
                                  word(dmarc::toString(record.adkim)),
                                  word(dmarc::toString(record.domainPolicy())),
                                  policyWord(record.sp),
                                  policyWord(record.np),
                                  record.testing};
    // The controls start from what the domain publishes; an edit elsewhere in the plan keeps what the
    // user is trying, a new DMARC record (or another domain) starts over from it.
    const bool newRecord = !m_setup || m_setup->domain != setup.domain || !(published == m_published);
    if (newRecord) {
        m_settingControls = true;
        selectData(m_aspf, published.aspf);
        selectData(m_adkim, published.adkim);
        selectData(m_p, published.p);
        selectData(m_sp, published.sp);
        selectData(m_np, published.np);
        m_testing->setChecked(published.testing);
        selectData(m_algorithm, QString::fromStdString(setup.keyAlgorithm));
        m_settingControls = false;
        m_published = published;
    }
    m_selector = setup.selector;
    m_setup = std::move(setup);
    rebuildSimulator();
}

void ScenariosView::rebuildSimulator() {
    const SimulationSetup& setup = *m_setup;
    m_simulator.reset();
    m_status->clear();
    if (setup.domain.empty()) {
        m_model->setTable({});
        m_status->setText(tr("The plan has no domain yet."));
        return;
    }
    if (!setup.workspace) { // the main window sets up a simulation only for generated records
        m_model->setTable({});
        return;
    }
    simulate::SimulatorOptions options;
    options.domain = setup.domain;
    // The domain as it would be after publishing the plan; names it does not publish come from the
    // DNS settings (live, zone files or nothing), as the workspace composes them.
    options.resolver = setup.workspace->published();
    options.keys = m_keys;
    for (std::size_t i = 0; i < setup.planScenarios.size(); ++i)
        if (auto error = options.library.add(setup.planScenarios[i], "scenarios[" + std::to_string(i) + "]")) {
            m_status->setText(tr("Plan scenario not simulated: %1").arg(QString::fromStdString(error->describe())));
            return;
        }
    m_simulator = std::make_shared<const simulate::Simulator>(std::move(options));
    recompute();
}

ScenariosView::DmarcControls ScenariosView::dmarcControls() const {
    return {m_aspf->currentData().toString(), m_adkim->currentData().toString(), m_p->currentData().toString(),
            m_sp->currentData().toString(),   m_np->currentData().toString(),    m_testing->isChecked()};
}

simulate::Parameters ScenariosView::parameters() const {
    simulate::Parameters p;
    const DmarcControls now = dmarcControls();
    auto changed = [](const QString& value, const QString& published, std::optional<std::string>& tag) {
        if (value != published && !value.isEmpty())
            tag = value.toStdString();
    };
    changed(now.aspf, m_published.aspf, p.aspf);
    changed(now.adkim, m_published.adkim, p.adkim);
    changed(now.p, m_published.p, p.p);
    changed(now.sp, m_published.sp, p.sp);
    changed(now.np, m_published.np, p.np);
    if (now.testing != m_published.testing)
        p.t.emplace(1, now.testing ? 'y' : 'n'); // (a char, not a literal: GCC 12 -Wrestrict false positive)
    p.sign = m_sign->isChecked();
    p.keyAlgorithm = m_algorithm->currentData().toString().toStdString();
    p.selector = m_selector;
    p.srs = m_srs->isChecked();
    p.listSubjectTag = m_listModifies->isChecked();
    p.listFooter = m_listModifies->isChecked();
    p.listRewriteFrom = m_listRewrites->isChecked();
    return p;
}

bool ScenariosView::isComputing() const {
    return m_watcher && m_watcher->isRunning();
}

void ScenariosView::recompute() {
    if (!m_simulator)
        return;
    if (isComputing()) {
        m_pending = true; // one more run when this one ends, with the controls as they are then
        return;
    }
    m_pending = false;
    auto* watcher = new QFutureWatcher<SimulationOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { finish(watcher); });
    // A cached table takes about 2 ms, but the first one generates keys: always off the UI thread.
    watcher->setFuture(runInBackground<SimulationOutcome>([simulator = m_simulator, parameters = parameters()](
                                                              QPromise<SimulationOutcome>& promise) {
        auto table = simulator->run(parameters);
        promise.addResult(table ? SimulationOutcome{std::move(*table), {}}
                                : SimulationOutcome{std::nullopt, QString::fromStdString(table.error().describe())});
    }));
}

void ScenariosView::finish(QFutureWatcher<SimulationOutcome>* watcher) {
    watcher->deleteLater();
    if (watcher != m_watcher)
        return;
    m_watcher = nullptr;
    if (m_pending) {
        recompute();
        return;
    }
    if (watcher->future().resultCount() == 0)
        return;
    SimulationOutcome outcome = watcher->result();
    if (outcome.table) {
        QStringList notes;
        for (const auto& note : outcome.table->notes)
            notes << translatedMessage(note);
        m_status->setText(notes.join(QLatin1Char('\n')));
        m_model->setTable(std::move(*outcome.table));
    } else {
        m_status->setText(tr("The scenarios could not be computed: %1").arg(outcome.error));
    }
    showEvidence();
    emit tableUpdated();
}

void ScenariosView::showEvidence() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount()) {
        m_evidence->clear();
        return;
    }
    m_evidence->setHtml(evidenceHtml(m_model->row(current.row())));
}

QString ScenariosView::evidenceText() const {
    return m_evidence->toPlainText();
}

} // namespace dmarcplan::ui
