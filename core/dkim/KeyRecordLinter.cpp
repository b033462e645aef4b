#include "core/dkim/KeyRecordLinter.h"

#include "core/common/DomainName.h"
#include "core/dkim/KeyRecord.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace dmarcplan::dkim {

namespace {

Finding finding(std::string code, Severity severity, Span span, MessageParams params = {}) {
    return Finding{std::move(code), severity, std::move(params), span, {}, {}};
}

std::string_view problemName(TagListProblem::Kind kind) {
    switch (kind) {
    case TagListProblem::MissingEquals:
        return "a tag without \"=\"";
    case TagListProblem::BadName:
        return "an invalid tag name";
    case TagListProblem::BadValueChar:
        return "a character not allowed in a tag value";
    case TagListProblem::Duplicate:
        return "a duplicate tag";
    case TagListProblem::EmptySpec:
        return "an empty tag between semicolons";
    }
    return "a syntax error";
}

void lintText(std::string_view text, Findings& findings, std::optional<KeyInfo>& key) {
    auto record = parseKeyRecord(text);
    const auto& tags = record.tags;
    for (const auto& problem : tags.problems) {
        if (problem.kind == TagListProblem::Duplicate)
            findings.push_back(finding("DKIM-TAG-DUPLICATE", Severity::Error, problem.span, {{"tag", problem.tag}}));
        else
            findings.push_back(finding("DKIM-TAG-SYNTAX", Severity::Error, problem.span,
                                       {{"problem", std::string(problemName(problem.kind))}}));
    }
    const Tag* v = tags.find("v");
    const Tag* g = tags.find("g");
    if (v) {
        if (&tags.tags.front() != v)
            findings.push_back(finding("DKIM-VERSION-NOT-FIRST", Severity::Error, v->span));
        if (v->value != "DKIM1")
            findings.push_back(finding("DKIM-VERSION-INVALID", Severity::Error, v->valueSpan, {{"value", v->value}}));
    } else if (g) {
        findings.push_back(finding("DKIM-DOMAINKEYS-RECORD", Severity::Warning, g->span));
    } else {
        findings.push_back(finding("DKIM-VERSION-MISSING", Severity::Info, {0, 0}));
    }
    if (v && g)
        findings.push_back(finding("DKIM-TAG-UNKNOWN", Severity::Info, g->span, {{"tag", "g"}}));

    const Tag* k = tags.find("k");
    bool knownType = record.keyType == "rsa" || record.keyType == "ed25519";
    if (k && !knownType)
        findings.push_back(finding("DKIM-KEY-TYPE-UNKNOWN", Severity::Error, k->valueSpan, {{"type", k->value}}));

    const Tag* p = tags.find("p");
    if (!p) {
        findings.push_back(finding("DKIM-P-MISSING", Severity::Error, {0, text.size()}));
    } else if (record.revoked) {
        findings.push_back(finding("DKIM-KEY-REVOKED", Severity::Warning, p->span));
    } else if (!record.base64Valid) {
        findings.push_back(finding("DKIM-P-BASE64", Severity::Error, p->valueSpan));
    } else if (knownType && !record.key) {
        auto der = base64Decode(p->value);
        if (record.keyType == "ed25519")
            findings.push_back(finding("DKIM-ED25519-LENGTH", Severity::Error, p->valueSpan,
                                       {{"bytes", std::to_string(der ? der->size() : 0)}}));
        else
            findings.push_back(finding("DKIM-P-NOT-A-KEY", Severity::Error, p->valueSpan, {{"type", record.keyType}}));
    } else if (record.key) {
        int bits = keyBits(record.key.get());
        if (!key)
            key = KeyInfo{record.keyType, bits};
        if (record.pkcs1)
            findings.push_back(finding("DKIM-P-PKCS1", Severity::Warning, p->valueSpan));
        if (record.keyType == "rsa" && bits < 1024)
            findings.push_back(
                finding("DKIM-RSA-TOO-SMALL", Severity::Error, p->valueSpan, {{"bits", std::to_string(bits)}}));
        else if (record.keyType == "rsa" && bits < 2048)
            findings.push_back(
                finding("DKIM-RSA-1024", Severity::Warning, p->valueSpan, {{"bits", std::to_string(bits)}}));
    }

    if (const Tag* h = tags.find("h")) {
        bool sha256 = record.allowsHash("sha256");
        if (!sha256 && record.allowsHash("sha1"))
            findings.push_back(finding("DKIM-HASH-SHA1-ONLY", Severity::Error, h->valueSpan));
        else if (!sha256)
            findings.push_back(finding("DKIM-HASH-UNKNOWN", Severity::Error, h->valueSpan, {{"value", h->value}}));
    }
    if (const Tag* t = tags.find("t"); t && record.testing())
        findings.push_back(finding("DKIM-TESTING", Severity::Warning, t->span));
    if (const Tag* s = tags.find("s"); s && !record.allowsEmail())
        findings.push_back(finding("DKIM-SERVICE-NOT-EMAIL", Severity::Error, s->valueSpan, {{"value", s->value}}));
    static const std::vector<std::string> known = {"v", "g", "h", "k", "n", "p", "s", "t"};
    for (const auto& tag : tags.tags)
        if (std::find(known.begin(), known.end(), tag.name) == known.end())
            findings.push_back(finding("DKIM-TAG-UNKNOWN", Severity::Info, tag.span, {{"tag", tag.name}}));
}

void lintStrings(std::string_view text, const std::vector<std::string>& strings, Findings& findings) {
    if (strings.empty()) {
        if (text.size() > 255)
            findings.push_back(finding("DKIM-STRING-TOO-LONG", Severity::Warning, {255, text.size()},
                                       {{"length", std::to_string(text.size())}}));
        return;
    }
    std::size_t offset = 0;
    for (const auto& s : strings) {
        if (s.size() > 255)
            findings.push_back(finding("DKIM-STRING-TOO-LONG", Severity::Error, {offset, offset + s.size()},
                                       {{"length", std::to_string(s.size())}}));
        offset += s.size();
    }
}

void attach(Findings& findings, std::size_t from, const std::string& record) {
    const RecordText shared(record); // one copy for all the record's findings
    for (std::size_t i = from; i < findings.size(); ++i)
        findings[i].record = shared;
}

} // namespace

nlohmann::json toJson(const KeyRecordLint& lint) {
    nlohmann::json j = {{"name", lint.name},
                        {"records", lint.records},
                        {"cname_chain", lint.cnameChain},
                        {"findings", toJson(lint.findings)}};
    j["key"] = lint.key ? nlohmann::json{{"algorithm", lint.key->algorithm}, {"bits", lint.key->bits}}
                        : nlohmann::json(nullptr);
    return j;
}

KeyRecordLint KeyRecordLinter::lintRecord(std::string_view record, const std::vector<std::string>& strings) {
    KeyRecordLint lint;
    lint.records.emplace_back(record);
    lintStrings(record, strings, lint.findings);
    lintText(record, lint.findings, lint.key);
    attach(lint.findings, 0, std::string(record));
    return lint;
}

KeyRecordLint KeyRecordLinter::lintSelector(dns::Resolver& resolver, std::string_view selector,
                                            std::string_view domain) {
    KeyRecordLint lint;
    lint.name = toLower(selector) + "._domainkey." + normalizeDomain(domain);
    // §3.1: the selector is one or more labels (sub-domain syntax).
    if (selector.empty() || !isValidDomainName(selector) || selector.find('_') != std::string_view::npos)
        lint.findings.push_back(
            finding("DKIM-SELECTOR-SYNTAX", Severity::Error, {0, 0}, {{"selector", std::string(selector)}}));
    if (!isValidDomainName(lint.name))
        return lint;
    auto answer = resolver.query(lint.name, dns::RecordType::TXT);
    lint.cnameChain = answer.cnameChain;
    if (!answer.cnameChain.empty()) {
        std::string target = answer.records.empty() ? std::string() : answer.records.front().name;
        lint.findings.push_back(
            finding("DKIM-CNAME-DELEGATED", Severity::Info, {0, 0}, {{"name", lint.name}, {"target", target}}));
    }
    if (answer.status == dns::Status::TempError) {
        lint.findings.push_back(finding("DNS-TEMPERROR", Severity::Error, {0, 0},
                                        {{"name", lint.name}, {"type", "TXT"}, {"error", answer.error}}));
        return lint;
    }
    if (answer.status != dns::Status::Records) {
        lint.findings.push_back(finding("DKIM-NO-RECORD", Severity::Error, {0, 0},
                                        {{"name", lint.name}, {"status", std::string(dns::toString(answer.status))}}));
        return lint;
    }
    if (answer.records.size() > 1)
        lint.findings.push_back(finding("DKIM-MULTIPLE-RECORDS", Severity::Warning, {0, 0},
                                        {{"name", lint.name}, {"count", std::to_string(answer.records.size())}}));
    for (const auto& r : answer.records) {
        lint.records.push_back(r.value);
        auto from = lint.findings.size();
        lintStrings(r.value, r.strings, lint.findings);
        lintText(r.value, lint.findings, lint.key);
        attach(lint.findings, from, r.value);
    }
    return lint;
}

} // namespace dmarcplan::dkim
