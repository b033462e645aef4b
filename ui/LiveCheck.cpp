#include "ui/LiveCheck.h"

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

// The TXT records at a name that start with a version tag ("v=spf1", "v=DMARC1", "v=DKIM1"), compared
// as the RFCs say: case-insensitively for DMARC and DKIM tags, SPF's version exactly followed by a
// space or the end (RFC 7208 §4.5).
bool hasVersion(const std::string& text, CheckQuestion::Kind kind) {
    auto startsWith = [&](std::string_view prefix, bool caseSensitive) {
        if (text.size() < prefix.size())
            return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            const char a = caseSensitive ? text[i] : char(std::tolower(static_cast<unsigned char>(text[i])));
            if (a != prefix[i])
                return false;
        }
        return true;
    };
    switch (kind) {
    case CheckQuestion::Kind::Spf:
        return (text.size() == 6 || (text.size() > 6 && text[6] == ' ')) && startsWith("v=spf1", false);
    case CheckQuestion::Kind::Dmarc:
        return startsWith("v=dmarc1", false);
    case CheckQuestion::Kind::Dkim:
        // A DKIM key record may omit v= (RFC 6376 §3.6.1): every TXT record at the name is a candidate.
        return true;
    case CheckQuestion::Kind::Mx:
        return false;
    }
    return false;
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

CheckNode answerQuestion(dns::Resolver& resolver, const CheckQuestion& question) {
    CheckNode node = pendingNode(question);
    const std::string name = nameFor(question).toStdString();
    if (question.kind == CheckQuestion::Kind::Mx) {
        const dns::Answer answer = resolver.query(name, dns::RecordType::MX);
        if (!answer.ok())
            return failedNode(node, answer);
        node.outcome = Outcome::Pass;
        node.status =
            QCoreApplication::translate("LiveCheck", "%n mail server(s)", nullptr, int(answer.records.size()));
        node.detail = QString::fromStdString(name);
        for (const auto& record : answer.records) {
            CheckNode child;
            child.label = QStringLiteral("%1 %2").arg(record.preference).arg(QString::fromStdString(record.value));
            child.outcome = Outcome::Info;
            child.status = QStringLiteral("MX");
            child.detail = QCoreApplication::translate("LiveCheck", "TTL %1 s").arg(record.ttl);
            node.children.push_back(child);
        }
        return node;
    }
    const dns::Answer answer = resolver.query(name, dns::RecordType::TXT);
    if (!answer.ok())
        return failedNode(node, answer);
    std::vector<std::string> matching;
    for (const auto& value : answer.values()) {
        if (hasVersion(value, question.kind))
            matching.push_back(value);
    }
    if (matching.empty())
        return failedNode(node, dns::Answer{answer.name, answer.type, dns::Status::NoData, {}, {}, 0, {}, {}});
    if (matching.size() > 1 && question.kind != CheckQuestion::Kind::Dkim) {
        // RFC 7208 §4.5 and RFC 7489 §6.6.3: more than one record is an error, not a choice.
        node.outcome = Outcome::PermError;
        node.status = QCoreApplication::translate("LiveCheck", "several records");
        node.detail = QCoreApplication::translate("LiveCheck", "%1 publishes %2 records; receivers ignore all of them")
                          .arg(QString::fromStdString(name))
                          .arg(matching.size());
    } else {
        node.outcome = Outcome::Pass;
        node.status = QCoreApplication::translate("LiveCheck", "published");
        node.detail = QString::fromStdString(matching.front());
    }
    for (const auto& value : matching) {
        CheckNode child;
        child.label = QString::fromStdString(name);
        child.outcome = Outcome::Info;
        child.status = QStringLiteral("TXT");
        child.detail = QString::fromStdString(value);
        node.children.push_back(child);
    }
    return node;
}

} // namespace dmarcplan::ui
