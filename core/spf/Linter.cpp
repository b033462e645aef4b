#include "core/spf/Linter.h"

#include "core/common/DomainName.h"
#include "core/common/Message.h"
#include "core/spf/Parser.h"
#include "core/spf/WalkLimits.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>

namespace dmarcplan::spf {

namespace {

constexpr int kLookupLimit = 10;  // RFC 7208 §4.6.4
constexpr int kLookupWarning = 8; // a margin before the limit
constexpr int kVoidLimit = 2;     // RFC 7208 §4.6.4
// The same caps as check's walk (WalkLimits.h), so that check prefetches exactly what is read here.
constexpr int kMaxDepth = limits::kWalkDepth;
constexpr std::size_t kMaxNodes = limits::kWalkTerms;
constexpr std::size_t kStringLimit = 255;  // RFC 1035 character-string
constexpr std::size_t kAdvisorySize = 450; // RFC 7208 §3.4
constexpr std::size_t kUdpSize = 512;

bool isVoid(const dns::Answer& answer) {
    return answer.status == dns::Status::NxDomain || answer.status == dns::Status::NoData;
}

Span shifted(Span span, std::size_t offset) {
    return {span.begin + offset, span.end + offset};
}

class Linter {
public:
    Linter(dns::Resolver& resolver, LintReport& report) : m_resolver(resolver), m_report(report) {}

    void lintText(const std::vector<std::string>& strings) {
        const std::string text = dns::joinTxtStrings(strings);
        m_report.record = text;
        m_recordText = text; // one copy that every finding about the record shares
        std::size_t stringStart = 0;
        for (const auto& s : strings) {
            if (s.size() > kStringLimit)
                add("SPF-STRING-TOO-LONG", Severity::Error, {{"length", std::to_string(s.size())}},
                    {stringStart, stringStart + s.size()});
            stringStart += s.size();
        }
        if (text.size() > kUdpSize)
            add("SPF-RECORD-TOO-LONG", Severity::Warning, {{"length", std::to_string(text.size())}}, {0, text.size()});
        else if (text.size() > kAdvisorySize)
            add("SPF-RECORD-LONG", Severity::Info, {{"length", std::to_string(text.size())}}, {0, text.size()});

        std::size_t offset = 0;
        while (offset < text.size() && std::isspace(static_cast<unsigned char>(text[offset])))
            ++offset;
        if (offset > 0)
            add("SPF-LEADING-WHITESPACE", Severity::Error, {}, {0, offset});
        const std::string_view body = std::string_view(text).substr(offset);
        if (body.size() > 6 && equalsIgnoreCase(body.substr(0, 6), "v=spf1") && body[6] != ' ') {
            add("SPF-VERSION-NO-SPACE", Severity::Error, {}, {offset, offset + 7});
            return;
        }
        auto parsed = parseRecord(body);
        if (!parsed.ok()) {
            add(parsed.error->code, Severity::Error, parsed.error->params, shifted(parsed.error->span, offset));
            return;
        }
        m_offset = offset;
        lintRecord(*parsed.record);
    }

    void lintDomainRecords() {
        const std::string& domain = m_report.domain;
        auto answer = m_resolver.query(domain, dns::RecordType::TXT);
        if (answer.status == dns::Status::TempError) {
            add("DNS-TEMPERROR", Severity::Error, {{"name", domain}, {"type", "TXT"}, {"error", answer.error}}, {});
            return;
        }
        std::vector<const dns::Record*> spf;
        const dns::Record* malformed = nullptr;
        for (const auto& record : answer.records) {
            std::string_view value = record.value;
            auto trimmed = value.substr(std::min(value.find_first_not_of(" \t"), value.size()));
            if (isSpfRecord(value))
                spf.push_back(&record);
            else if (trimmed.size() >= 6 && equalsIgnoreCase(trimmed.substr(0, 6), "v=spf1"))
                malformed = malformed ? malformed : &record;
            else if (trimmed.size() >= 7 && equalsIgnoreCase(trimmed.substr(0, 7), "spf2.0/"))
                add("SPF-SENDER-ID", Severity::Warning, {{"domain", domain}, {"record", record.value}}, {});
        }
        auto typeSpf = m_resolver.query(domain, dns::RecordType::SPF);
        if (typeSpf.ok())
            add("SPF-RR-TYPE-SPF", Severity::Warning, {{"domain", domain}}, {});
        if (spf.size() > 1)
            add("SPF-MULTIPLE-RECORDS", Severity::Error, {{"domain", domain}, {"count", std::to_string(spf.size())}},
                {});
        const dns::Record* chosen = spf.empty() ? malformed : spf.front();
        if (!chosen) {
            add("SPF-NO-RECORD", Severity::Error, {{"domain", domain}}, {});
            return;
        }
        lintText(chosen->strings.empty() ? std::vector<std::string>{chosen->value} : chosen->strings);
    }

private:
    void add(std::string code, Severity severity, MessageParams params, Span span) {
        Finding finding;
        finding.code = std::move(code);
        finding.severity = severity;
        finding.params = std::move(params);
        finding.span = span;
        finding.record = m_recordText;
        m_report.findings.push_back(std::move(finding));
    }
    void addAt(std::string code, Severity severity, MessageParams params, const Term& term) {
        params.emplace("term", term.text);
        add(std::move(code), severity, std::move(params), shifted(term.span, m_offset));
    }

    void lintRecord(const Record& record) {
        checkPolicy(record);
        checkNetblocks(record);
        std::set<std::string> includes;
        for (const auto& term : record.terms) {
            if (const auto* modifier = term.modifier()) {
                if (modifier->kind == ModifierKind::Unknown)
                    addAt("SPF-UNKNOWN-MODIFIER", Severity::Warning, {}, term);
                else if (hasMacros(modifier->value) && modifier->kind == ModifierKind::Redirect)
                    addAt("SPF-MACRO", Severity::Info, {}, term);
                continue;
            }
            const Mechanism& mechanism = *term.mechanism();
            if (mechanism.kind == MechanismKind::Ptr)
                addAt("SPF-PTR", Severity::Warning, {}, term);
            if (hasMacros(mechanism.domainSpec))
                addAt("SPF-MACRO", Severity::Info, {}, term);
            if (mechanism.kind == MechanismKind::Include && !hasMacros(mechanism.domainSpec) &&
                !includes.insert(normalizeDomain(mechanism.domainSpec)).second)
                addAt("SPF-DUPLICATE-INCLUDE", Severity::Warning, {{"target", normalizeDomain(mechanism.domainSpec)}},
                      term);
        }

        LookupNode& root = m_report.tree;
        root.term = m_report.domain;
        root.target = m_report.domain;
        root.span = {0, m_report.record.size()};
        root.status = "ok";
        root.record = record.text;
        std::vector<std::string> path;
        if (!m_report.domain.empty())
            path.push_back(m_report.domain);
        buildChildren(root, record, m_report.domain, path, 0, nullptr, true);

        int counter = 0;
        number(root, counter);
        m_report.worstCase = root.worstCase;
        m_report.evaluationOrder = root.evaluationOrder;
        m_report.voidLookups = m_voids;
        MessageParams counts = {{"count", std::to_string(root.evaluationOrder)},
                                {"worst_case", std::to_string(root.worstCase)}};
        if (root.evaluationOrder > kLookupLimit)
            add("SPF-LOOKUP-LIMIT", Severity::Error, counts, m_limitSpan.value_or(root.span));
        else if (std::max(root.evaluationOrder, root.worstCase) >= kLookupWarning)
            add("SPF-LOOKUP-NEAR-LIMIT", Severity::Warning, counts, root.span);
        if (m_voids > kVoidLimit)
            add("SPF-VOID-LOOKUPS", Severity::Error, {{"count", std::to_string(m_voids)}}, root.span);
        checkParked(record);
    }

    void checkPolicy(const Record& record) {
        const Term* all = nullptr;
        for (const auto& term : record.terms) {
            const auto* mechanism = term.mechanism();
            if (all && mechanism)
                addAt("SPF-TERMS-AFTER-ALL", Severity::Warning, {}, term);
            if (!all && mechanism && mechanism->kind == MechanismKind::All) {
                all = &term;
                if (mechanism->qualifier == Qualifier::Pass)
                    addAt("SPF-PASS-ALL", Severity::Error, {}, term);
                else if (mechanism->qualifier == Qualifier::Neutral)
                    addAt("SPF-NEUTRAL-ALL", Severity::Warning, {}, term);
            }
        }
        const Term* redirect = record.findModifier(ModifierKind::Redirect);
        if (all && redirect)
            addAt("SPF-REDIRECT-WITH-ALL", Severity::Warning, {}, *redirect);
        if (!all && !redirect)
            add("SPF-NO-ALL", Severity::Warning, {}, {m_offset, m_offset + record.text.size()});
    }

    void checkNetblocks(const Record& record) {
        struct Block {
            const Term* term;
            const Mechanism* mechanism;
            int prefix;
        };
        std::vector<Block> blocks;
        for (const auto& term : record.terms) {
            const auto* m = term.mechanism();
            if (!m || (m->kind != MechanismKind::Ip4 && m->kind != MechanismKind::Ip6))
                continue;
            const bool v6 = m->kind == MechanismKind::Ip6;
            const int prefix = v6 ? m->prefix6() : m->prefix4();
            if (m->network->hasHostBits(prefix))
                addAt("SPF-CIDR-HOST-BITS", Severity::Warning,
                      {{"network", m->network->masked(prefix).toString() + "/" + std::to_string(prefix)}}, term);
            if (prefix < (v6 ? 32 : 16)) {
                int hostBits = (v6 ? 128 : 32) - prefix;
                std::string count =
                    v6 || hostBits >= 31 ? "2^" + std::to_string(hostBits) : std::to_string(1L << hostBits);
                addAt("SPF-BROAD-RANGE", Severity::Warning, {{"addresses", count}}, term);
            }
            for (const auto& other : blocks) {
                if (other.mechanism->kind != m->kind || other.mechanism->qualifier != m->qualifier)
                    continue;
                const std::string network = m->network->masked(prefix).toString() + "/" + std::to_string(prefix);
                if (other.prefix == prefix && other.mechanism->network->masked(prefix) == m->network->masked(prefix)) {
                    addAt("SPF-DUPLICATE-NETBLOCK", Severity::Warning, {{"network", network}}, term);
                    break;
                }
                if (other.prefix <= prefix && m->network->inNetwork(*other.mechanism->network, other.prefix)) {
                    addAt("SPF-OVERLAPPING-NETBLOCK", Severity::Warning, {{"other", other.term->text}}, term);
                    break;
                }
                if (prefix < other.prefix && other.mechanism->network->inNetwork(*m->network, prefix)) {
                    addAt("SPF-OVERLAPPING-NETBLOCK", Severity::Warning, {{"other", term.text}}, *other.term);
                    break;
                }
            }
            blocks.push_back({&term, m, prefix});
        }
    }

    void buildChildren(LookupNode& node, const Record& record, const std::string& domain,
                       std::vector<std::string>& path, int depth, const Span* topSpan, bool evaluated) {
        bool seenAll = false;
        const bool hasAll = record.hasAll();
        for (const auto& term : record.terms) {
            const auto* mechanism = term.mechanism();
            const auto* modifier = term.modifier();
            if (mechanism && mechanism->kind == MechanismKind::All)
                seenAll = true;
            const bool isRedirect = modifier && modifier->kind == ModifierKind::Redirect;
            if (!(mechanism && mechanism->causesDnsLookup()) && !isRedirect)
                continue;
            if (++m_nodes > kMaxNodes) {
                if (m_nodes == kMaxNodes + 1) // once: every term after this one is cut as well
                    add("SPF-TREE-LIMIT", Severity::Warning,
                        {{"term", term.text}, {"limit", std::to_string(kMaxNodes)}},
                        topSpan ? *topSpan : shifted(term.span, m_offset));
                return;
            }
            LookupNode child;
            child.term = term.text;
            child.lookups = 1;
            child.span = topSpan ? *topSpan : shifted(term.span, m_offset);
            child.evaluated = evaluated && !seenAll && !(isRedirect && hasAll);
            const std::string spec = mechanism ? mechanism->domainSpec : modifier->value;
            child.status = "ok";
            if (hasMacros(spec)) {
                child.status = "macro";
            } else {
                child.target = spec.empty() ? domain : normalizeDomain(spec);
                if (child.target.empty())
                    child.status = "no-domain";
            }
            if (child.status == "ok") {
                if (isRedirect || mechanism->kind == MechanismKind::Include)
                    followTarget(child, path, depth);
                else
                    checkAddresses(child, *mechanism, depth);
            }
            node.children.push_back(std::move(child));
        }
    }

    void countVoid(const LookupNode& node) {
        if (node.evaluated)
            ++m_voids;
    }

    void followTarget(LookupNode& child, std::vector<std::string>& path, int depth) {
        MessageParams params = {{"term", child.term}, {"target", child.target}};
        if (std::find(path.begin(), path.end(), child.target) != path.end()) {
            child.status = "loop";
            std::string trail;
            for (const auto& p : path)
                trail += p + " -> ";
            params["path"] = trail + child.target;
            add("SPF-INCLUDE-LOOP", Severity::Error, params, child.span);
            return;
        }
        if (depth + 1 > kMaxDepth) {
            child.status = "too-deep";
            if (!m_reportedTooDeep) {
                m_reportedTooDeep = true;
                params["limit"] = std::to_string(kMaxDepth);
                add("SPF-TREE-TOO-DEEP", Severity::Warning, params, child.span);
            }
            return;
        }
        auto answer = m_resolver.query(child.target, dns::RecordType::TXT);
        if (answer.status == dns::Status::TempError) {
            child.status = "temperror";
            params["error"] = answer.error;
            add("SPF-INCLUDE-TEMPERROR", Severity::Warning, params, child.span);
            return;
        }
        if (answer.status == dns::Status::NxDomain) {
            child.status = "nxdomain";
            countVoid(child);
            add("SPF-INCLUDE-NXDOMAIN", Severity::Error, params, child.span);
            return;
        }
        std::vector<const std::string*> records;
        for (const auto& r : answer.records)
            if (isSpfRecord(r.value))
                records.push_back(&r.value);
        if (records.empty()) {
            child.status = "no-record";
            if (isVoid(answer))
                countVoid(child);
            add("SPF-INCLUDE-NO-RECORD", Severity::Error, params, child.span);
            return;
        }
        if (records.size() > 1) {
            child.status = "invalid";
            params["reason"] = Message{"SPF-TRACE-MULTIPLE-RECORDS",
                                       {{"name", child.target}, {"count", std::to_string(records.size())}}}
                                   .text();
            add("SPF-INCLUDE-INVALID", Severity::Error, params, child.span);
            return;
        }
        child.record = *records.front();
        auto parsed = parseRecord(child.record);
        if (!parsed.ok()) {
            child.status = "invalid";
            params["reason"] = Message{parsed.error->code, parsed.error->params}.text();
            add("SPF-INCLUDE-INVALID", Severity::Error, params, child.span);
            return;
        }
        path.push_back(child.target);
        const Span span = child.span;
        buildChildren(child, *parsed.record, child.target, path, depth + 1, &span, child.evaluated);
        path.pop_back();
    }

    void checkAddresses(LookupNode& child, const Mechanism& mechanism, int depth) {
        const bool report = depth == 0; // a provider's own a/mx are the provider's business
        MessageParams params = {{"term", child.term}, {"target", child.target}};
        auto hasAddresses = [&](const std::string& name) {
            auto a = m_resolver.query(name, dns::RecordType::A);
            auto aaaa = m_resolver.query(name, dns::RecordType::AAAA);
            return a.ok() || aaaa.ok() || a.status == dns::Status::TempError;
        };
        switch (mechanism.kind) {
        case MechanismKind::A:
            if (!hasAddresses(child.target)) {
                child.status = "no-addresses";
                countVoid(child);
                params["type"] = "A/AAAA";
                if (report)
                    add("SPF-NO-ADDRESSES", Severity::Warning, params, child.span);
            }
            return;
        case MechanismKind::Mx: {
            auto mx = m_resolver.query(child.target, dns::RecordType::MX);
            if (mx.status == dns::Status::TempError) {
                child.status = "temperror";
                return;
            }
            if (mx.records.size() > 10) {
                child.status = "invalid";
                params["count"] = std::to_string(mx.records.size());
                add("SPF-MX-TOO-MANY", Severity::Error, params, child.span);
                return;
            }
            bool any = false;
            for (const auto& record : mx.records)
                any = any || (!record.value.empty() && record.value != "." && hasAddresses(record.value));
            if (!any) {
                child.status = "no-addresses";
                if (isVoid(mx))
                    countVoid(child);
                params["type"] = "MX";
                if (report)
                    add("SPF-NO-ADDRESSES", Severity::Warning, params, child.span);
            }
            return;
        }
        case MechanismKind::Exists: {
            auto a = m_resolver.query(child.target, dns::RecordType::A);
            if (isVoid(a)) {
                child.status = "no-addresses";
                countVoid(child);
            }
            return;
        }
        case MechanismKind::Ptr:
        case MechanismKind::All:
        case MechanismKind::Include:
        case MechanismKind::Ip4:
        case MechanismKind::Ip6:
            return;
        }
    }

    // Worst case counts every DNS term; evaluation order only those a receiver reaches, numbered in order.
    void number(LookupNode& node, int& counter) {
        if (node.evaluated && node.lookups > 0) {
            counter += node.lookups;
            node.cumulative = counter;
            if (counter > kLookupLimit && !m_limitSpan)
                m_limitSpan = node.span;
        }
        node.worstCase = node.lookups;
        node.evaluationOrder = node.evaluated ? node.lookups : 0;
        for (auto& child : node.children) {
            number(child, counter);
            node.worstCase += child.worstCase;
            node.evaluationOrder += child.evaluationOrder;
        }
    }

    void checkParked(const Record& record) {
        const std::string& domain = m_report.domain;
        if (domain.empty())
            return;
        const bool onlyFailAll = record.terms.size() == 1 && record.terms.front().mechanism() &&
                                 record.terms.front().mechanism()->kind == MechanismKind::All &&
                                 record.terms.front().mechanism()->qualifier == Qualifier::Fail;
        if (onlyFailAll)
            return;
        for (auto type : {dns::RecordType::MX, dns::RecordType::A, dns::RecordType::AAAA}) {
            auto answer = m_resolver.query(domain, type);
            if (!isVoid(answer))
                return; // records, or a failure that proves nothing
        }
        add("SPF-PARKED", Severity::Warning, {{"domain", domain}}, {m_offset, m_offset + record.text.size()});
    }

    dns::Resolver& m_resolver;
    LintReport& m_report;
    std::size_t m_offset = 0;
    std::size_t m_nodes = 0;
    bool m_reportedTooDeep = false;
    RecordText m_recordText;
    int m_voids = 0;
    std::optional<Span> m_limitSpan;
};

} // namespace

LintReport analyzeRecordStrings(const std::vector<std::string>& strings, std::string_view domain,
                                dns::Resolver& resolver) {
    LintReport report;
    report.domain = normalizeDomain(domain);
    Linter(resolver, report).lintText(strings);
    return report;
}

LintReport analyzeRecord(std::string_view record, std::string_view domain, dns::Resolver& resolver) {
    return analyzeRecordStrings({std::string(record)}, domain, resolver);
}

LintReport analyzeDomain(std::string_view domain, dns::Resolver& resolver) {
    LintReport report;
    report.domain = normalizeDomain(domain);
    Linter(resolver, report).lintDomainRecords();
    return report;
}

Findings lintRecord(std::string_view record, std::string_view domain, dns::Resolver& resolver) {
    return analyzeRecord(record, domain, resolver).findings;
}

Findings lintDomain(std::string_view domain, dns::Resolver& resolver) {
    return analyzeDomain(domain, resolver).findings;
}

std::vector<std::string> splitQuotedStrings(std::string_view text) {
    auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos || text[first] != '"')
        return {std::string(text)};
    std::vector<std::string> strings;
    std::size_t i = first;
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        if (text[i] != '"')
            return {std::string(text)}; // not zone-file quoting after all: take the text as it is
        std::string current;
        ++i;
        while (i < text.size() && text[i] != '"') {
            if (text[i] == '\\' && i + 1 < text.size())
                ++i;
            current += text[i++];
        }
        ++i;
        strings.push_back(std::move(current));
    }
    return strings;
}

nlohmann::json toJson(const LookupNode& node) {
    nlohmann::json children = nlohmann::json::array();
    for (const auto& child : node.children)
        children.push_back(toJson(child));
    nlohmann::json j = {{"term", node.term},
                        {"target", node.target},
                        {"span", {node.span.begin, node.span.end}},
                        {"lookups", node.lookups},
                        {"worst_case", node.worstCase},
                        {"evaluation_order", node.evaluationOrder},
                        {"cumulative", node.cumulative},
                        {"evaluated", node.evaluated},
                        {"status", node.status},
                        {"children", children}};
    if (!node.record.empty())
        j["record"] = node.record;
    return j;
}

nlohmann::json toJson(const LintReport& report) {
    return {{"domain", report.domain},
            {"record", report.record},
            // The record once, at the top; the findings point into it by span.
            {"findings", toJson(report.findings, {report.record})},
            {"lookup_tree", toJson(report.tree)},
            {"dns_lookups", {{"worst_case", report.worstCase}, {"evaluation_order", report.evaluationOrder}}},
            {"void_lookups", report.voidLookups}};
}

} // namespace dmarcplan::spf
