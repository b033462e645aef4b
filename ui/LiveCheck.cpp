#include "ui/LiveCheck.h"

#include "core/dkim/KeyRecordLinter.h"
#include "core/dmarc/Linter.h"
#include "core/spf/Linter.h"
#include "ui/CoreText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dmarcplan::ui {

namespace {
QString nameFor(const CheckQuestion& question) {
    switch (question.kind) {
    case CheckQuestion::Kind::Spf:
    case CheckQuestion::Kind::Mx:
        return question.domain;
    case CheckQuestion::Kind::Dmarc:
        return QStringLiteral("_dmarc.") + question.domain;
    case CheckQuestion::Kind::Dkim:
        return question.selector + QStringLiteral("._domainkey.") + question.domain;
    }
    return question.domain;
}

QString labelFor(const CheckQuestion& question) {
    switch (question.kind) {
    case CheckQuestion::Kind::Spf:
        return QStringLiteral("SPF");
    case CheckQuestion::Kind::Dmarc:
        return QStringLiteral("DMARC");
    case CheckQuestion::Kind::Mx:
        return QStringLiteral("MX");
    case CheckQuestion::Kind::Dkim:
        return QCoreApplication::translate("LiveCheck", "DKIM selector %1").arg(question.selector);
    }
    return {};
}

CheckNode failedNode(CheckNode node, const dns::Answer& answer) {
    switch (answer.status) {
    case dns::Status::TempError:
        node.outcome = Outcome::TempError;
        node.status = QCoreApplication::translate("LiveCheck", "DNS error");
        node.detail = QString::fromStdString(answer.error);
        break;
    case dns::Status::NxDomain:
        node.outcome = Outcome::None;
        node.status = QCoreApplication::translate("LiveCheck", "not published");
        node.detail =
            QCoreApplication::translate("LiveCheck", "%1 does not exist").arg(QString::fromStdString(answer.name));
        break;
    case dns::Status::NoData:
    case dns::Status::Records:
        node.outcome = Outcome::None;
        node.status = QCoreApplication::translate("LiveCheck", "not published");
        node.detail =
            QCoreApplication::translate("LiveCheck", "%1 has no such record").arg(QString::fromStdString(answer.name));
        break;
    }
    return node;
}
} // namespace

std::vector<CheckQuestion> checkQuestions(const QString& domain, const QStringList& selectors) {
    const QString name = domain.trimmed().toLower().remove(QRegularExpression(QStringLiteral("\\.$")));
    std::vector<CheckQuestion> questions = {{CheckQuestion::Kind::Spf, name, {}},
                                            {CheckQuestion::Kind::Dmarc, name, {}},
                                            {CheckQuestion::Kind::Mx, name, {}}};
    for (const auto& selector : selectors) {
        if (!selector.trimmed().isEmpty())
            questions.push_back({CheckQuestion::Kind::Dkim, name, selector.trimmed()});
    }
    return questions;
}

CheckNode pendingNode(const CheckQuestion& question) {
    CheckNode node;
    node.label = labelFor(question);
    node.outcome = Outcome::Pending;
    node.detail = nameFor(question);
    return node;
}

namespace {

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

// A finding as a child row: severity icon and word, code, translated message.
CheckNode findingNode(const Finding& finding) {
    CheckNode node;
    node.label = text(finding.code);
    node.outcome = outcomeFor(finding.severity);
    node.detail = translatedMessage(finding);
    return node;
}

// The worst severity decides how the question's row looks; no findings at all is a pass.
void judge(CheckNode& node, const Findings& findings) {
    node.outcome = Outcome::Pass;
    node.status = QCoreApplication::translate("LiveCheck", "published");
    for (const auto& finding : findings) {
        if (finding.severity == Severity::Error) {
            node.outcome = Outcome::Error;
            node.status = QCoreApplication::translate("LiveCheck", "has errors");
        } else if (finding.severity == Severity::Warning && node.outcome != Outcome::Error) {
            node.outcome = Outcome::Warning;
            node.status = QCoreApplication::translate("LiveCheck", "has warnings");
        }
    }
    for (const auto& finding : findings)
        node.children.push_back(findingNode(finding));
}

CheckNode notPublished(CheckNode node, const QString& name, const Findings& findings) {
    node.outcome = Outcome::None;
    node.status = QCoreApplication::translate("LiveCheck", "not published");
    node.detail = QCoreApplication::translate("LiveCheck", "%1 has no such record").arg(name);
    for (const auto& finding : findings)
        node.children.push_back(findingNode(finding));
    return node;
}

// RFC 7208 §4.6.4: the statuses spf::LookupNode reports for a term's target.
void describeLookup(CheckNode& node, const std::string& status) {
    if (status == "ok") {
        node.outcome = Outcome::Pass;
        node.status = QCoreApplication::translate("LiveCheck", "resolved");
    } else if (status == "macro") {
        node.outcome = Outcome::Neutral;
        node.status = QCoreApplication::translate("LiveCheck", "depends on the sender (macro)");
    } else if (status == "nxdomain" || status == "no-domain") {
        node.outcome = Outcome::PermError;
        node.status = QCoreApplication::translate("LiveCheck", "domain does not exist");
    } else if (status == "no-record") {
        node.outcome = Outcome::PermError;
        node.status = QCoreApplication::translate("LiveCheck", "no SPF record there");
    } else if (status == "invalid") {
        node.outcome = Outcome::PermError;
        node.status = QCoreApplication::translate("LiveCheck", "invalid record there");
    } else if (status == "loop") {
        node.outcome = Outcome::PermError;
        node.status = QCoreApplication::translate("LiveCheck", "include loop");
    } else if (status == "temperror") {
        node.outcome = Outcome::TempError;
        node.status = QCoreApplication::translate("LiveCheck", "DNS error");
    } else {
        node.outcome = Outcome::Neutral;
        node.status = text(status);
    }
}

CheckNode lookupTree(const spf::LookupNode& lookup) {
    CheckNode node;
    node.label = text(lookup.term);
    describeLookup(node, lookup.status);
    if (!lookup.evaluated)
        node.status = QCoreApplication::translate("LiveCheck", "%1 (never reached)").arg(node.status);
    node.detail = lookup.record.empty() ? text(lookup.target) : text(lookup.record);
    node.lookups = lookup.worstCase;
    for (const auto& child : lookup.children)
        node.children.push_back(lookupTree(child));
    return node;
}

CheckNode checkSpf(dns::Resolver& resolver, CheckNode node, const std::string& domain) {
    const spf::LintReport report = spf::analyzeDomain(domain, resolver);
    if (report.record.empty())
        return notPublished(std::move(node), text(domain), report.findings);
    node.detail = text(report.record);
    node.lookups = report.evaluationOrder;
    node.lookupLimit = kSpfLookupLimit;
    for (const auto& child : report.tree.children)
        node.children.push_back(lookupTree(child));
    judge(node, report.findings);
    return node;
}

CheckNode checkDmarc(dns::Resolver& resolver, CheckNode node, const std::string& domain) {
    const dmarc::DomainLint lint = dmarc::lintDomain(domain, resolver);
    if (lint.records.empty())
        return notPublished(std::move(node), QStringLiteral("_dmarc.") + text(domain), lint.findings);
    node.detail = text(lint.records.front());
    judge(node, lint.findings);
    if (lint.tempError) {
        node.outcome = Outcome::TempError;
        node.status = QCoreApplication::translate("LiveCheck", "DNS error");
    }
    return node;
}

CheckNode checkDkim(dns::Resolver& resolver, CheckNode node, const std::string& selector, const std::string& domain) {
    const dkim::KeyRecordLint lint = dkim::KeyRecordLinter::lintSelector(resolver, selector, domain);
    if (lint.records.empty())
        return notPublished(std::move(node), text(lint.name), lint.findings);
    node.detail = lint.key ? QCoreApplication::translate("LiveCheck", "%1 key, %2 bits")
                                 .arg(text(lint.key->algorithm))
                                 .arg(lint.key->bits)
                           : text(lint.records.front());
    if (!lint.cnameChain.empty()) {
        CheckNode delegated;
        delegated.label = QStringLiteral("CNAME");
        delegated.outcome = Outcome::Info;
        delegated.status = QCoreApplication::translate("LiveCheck", "delegated");
        QStringList chain;
        for (const auto& name : lint.cnameChain)
            chain << text(name);
        delegated.detail = chain.join(QStringLiteral(" \u2192 "));
        node.children.push_back(delegated);
    }
    judge(node, lint.findings);
    return node;
}

CheckNode checkMx(dns::Resolver& resolver, CheckNode node, const std::string& domain) {
    const dns::Answer answer = resolver.query(domain, dns::RecordType::MX);
    if (!answer.ok())
        return failedNode(std::move(node), answer);
    node.outcome = Outcome::Pass;
    node.status = QCoreApplication::translate("LiveCheck", "%n mail server(s)", nullptr, int(answer.records.size()));
    node.detail = text(domain);
    for (const auto& record : answer.records) {
        CheckNode child;
        child.label = QStringLiteral("%1 %2").arg(record.preference).arg(text(record.value));
        child.outcome = Outcome::Info;
        child.status = QStringLiteral("MX");
        child.detail = QCoreApplication::translate("LiveCheck", "TTL %1 s").arg(record.ttl);
        node.children.push_back(child);
    }
    return node;
}

} // namespace

CheckNode answerQuestion(dns::Resolver& resolver, const CheckQuestion& question) {
    CheckNode node = pendingNode(question);
    const std::string domain = question.domain.toStdString();
    switch (question.kind) {
    case CheckQuestion::Kind::Spf:
        return checkSpf(resolver, std::move(node), domain);
    case CheckQuestion::Kind::Dmarc:
        return checkDmarc(resolver, std::move(node), domain);
    case CheckQuestion::Kind::Mx:
        return checkMx(resolver, std::move(node), domain);
    case CheckQuestion::Kind::Dkim:
        return checkDkim(resolver, std::move(node), question.selector.toStdString(), domain);
    }
    return node;
}

} // namespace dmarcplan::ui
