#include "ui/views/ScenariosView.h"

#include "ui/Widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dmarcplan::ui {

ScenariosView::ScenariosView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("scenariosView"));

    auto* dmarcBox = new QGroupBox(tr("Your DMARC record"), this);
    auto* aspf = alignmentCombo("aspfCombo", tr("SPF alignment (aspf): relaxed accepts an envelope domain in the "
                                                "same organisation as the From domain; strict needs the exact "
                                                "domain"));
    auto* adkim = alignmentCombo("adkimCombo", tr("DKIM alignment (adkim): relaxed accepts a signing domain in the "
                                                  "same organisation as the From domain; strict needs the exact "
                                                  "domain"));
    auto* p = policyCombo("policyCombo", tr("Policy (p) for mail from your domain that fails DMARC"), false);
    auto* sp = policyCombo("subdomainPolicyCombo", tr("Policy (sp) for mail from existing subdomains"), true);
    auto* np =
        policyCombo("nonexistentPolicyCombo", tr("Policy (np) for mail from subdomains that do not exist"), true);
    auto* testing = option(tr("&Testing mode (t=y)"), "testingCheck",
                           tr("Ask receivers to apply one level less than the policy while you test"), false);
    auto* dmarcLayout = new QGridLayout(dmarcBox);
    dmarcLayout->addWidget(buddyLabel(tr("&aspf:"), aspf, dmarcBox), 0, 0);
    dmarcLayout->addWidget(aspf, 0, 1);
    dmarcLayout->addWidget(buddyLabel(tr("a&dkim:"), adkim, dmarcBox), 1, 0);
    dmarcLayout->addWidget(adkim, 1, 1);
    dmarcLayout->addWidget(buddyLabel(tr("&p:"), p, dmarcBox), 0, 2);
    dmarcLayout->addWidget(p, 0, 3);
    dmarcLayout->addWidget(buddyLabel(tr("s&p:"), sp, dmarcBox), 1, 2);
    dmarcLayout->addWidget(sp, 1, 3);
    dmarcLayout->addWidget(buddyLabel(tr("&np:"), np, dmarcBox), 2, 2);
    dmarcLayout->addWidget(np, 2, 3);
    dmarcLayout->addWidget(testing, 2, 0, 1, 2);

    auto* pathBox = new QGroupBox(tr("How your mail travels"), this);
    auto* sign = option(tr("&Sign with my own domain"), "signOwnDomainCheck",
                        tr("Your servers and providers add a DKIM signature with your domain (d=)"), true);
    auto* algorithm = labelled(new QComboBox(pathBox), "keyAlgorithmCombo", tr("The algorithm of your DKIM key"));
    algorithm->addItem(QStringLiteral("RSA 2048"), QStringLiteral("rsa-2048"));
    algorithm->addItem(QStringLiteral("Ed25519"), QStringLiteral("ed25519"));
    auto* srs = option(tr("Forwarder uses S&RS"), "forwarderSrsCheck",
                       tr("The forwarding server rewrites the envelope sender to its own domain (SRS)"), false);
    auto* footer = option(tr("List adds subject tag and &footer"), "listModifiesCheck",
                          tr("The mailing list changes the subject and body, which breaks DKIM signatures"), true);
    auto* rewrite = option(tr("List rewrites &From"), "listRewritesFromCheck",
                           tr("The mailing list replaces the From address with its own domain"), false);
    connect(algorithm, &QComboBox::currentIndexChanged, this, &ScenariosView::parametersChanged);
    auto* pathLayout = new QGridLayout(pathBox);
    pathLayout->addWidget(sign, 0, 0);
    pathLayout->addWidget(buddyLabel(tr("&Key algorithm:"), algorithm, pathBox), 1, 0);
    pathLayout->addWidget(algorithm, 1, 1);
    pathLayout->addWidget(srs, 0, 2);
    pathLayout->addWidget(footer, 1, 2);
    pathLayout->addWidget(rewrite, 2, 2);

    auto* controls = new QHBoxLayout;
    controls->addWidget(dmarcBox);
    controls->addWidget(pathBox);

    m_table = labelled(new QTableView(this), "scenarioTable",
                       tr("One row per way a message reaches the receiver: SPF, DKIM, their alignment, the DMARC "
                          "result and what the receiver does"),
                       tr("Scenarios"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_evidence = labelled(new QTextBrowser(this), "scenarioEvidence",
                          tr("Why the selected scenario ends as it does, and what to change"), tr("Evidence"));
    m_evidence->setPlaceholderText(tr("Select a scenario to see the SPF trace, the DKIM verification and the "
                                      "recommendation."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_evidence);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(viewHeading(tr("Scenarios"), this));
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
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

} // namespace dmarcplan::ui
