#include "core/dmarc/Linter.h"

#include "core/common/DomainName.h"
#include "core/dmarc/OrganizationalDomain.h"
#include "core/dmarc/Parser.h"
#include "core/dmarc/PolicyDiscovery.h"

#include <set>

namespace dmarcplan::dmarc {

namespace {

class RecordLinter {
public:
    RecordLinter(std::string_view text, std::string_view domain, dns::Resolver* resolver)
        : m_parsed(parseRecord(text)), m_domain(normalizeDomain(domain)), m_resolver(resolver) {}

    Findings run() {
        m_findings = m_parsed.findings;
        if (!m_parsed.isDmarc)
            return std::move(m_findings);
        checkPolicies();
        checkReporting();
        checkLegacy();
        if (m_resolver) {
            checkDestinations();
            checkSendsNoMail();
        }
        return std::move(m_findings);
    }

private:
    const Record& record() const { return m_parsed.record; }

    Span spanOf(std::string_view tag) const {
        const auto* t = record().find(tag);
        return t ? t->span : Span{0, record().text.size()};
    }

    void add(const char* code, Severity severity, Span span, MessageParams params = {}) {
        params.emplace("domain", m_domain);
        m_findings.push_back({code, severity, std::move(params), span, {}, record().text});
    }

    void dnsFailure(const std::string& name, dns::RecordType type, const std::string& error) {
        m_findings.push_back({"DNS-TEMPERROR",
                              Severity::Warning,
                              {{"name", name}, {"type", std::string(dns::toString(type))}, {"error", error}},
                              {},
                              {},
                              {}});
    }

    // The rollout path none -> quarantine -> reject (RFC 9989 §5.1.7), and sp/np/t on top of it.
    void checkPolicies() {
        const auto& r = record();
        if (!r.find("p"))
            add("DMARC-MISSING-P", Severity::Warning, {0, r.text.size()});
        if (r.p == Policy::None)
            add("DMARC-P-NONE", Severity::Warning, spanOf("p"));
        else if (r.p == Policy::Quarantine)
            add("DMARC-P-QUARANTINE", Severity::Info, spanOf("p"));
        else if (r.p == Policy::Reject)
            add("DMARC-P-REJECT", Severity::Info, spanOf("p"));
        auto p = std::string(toString(r.domainPolicy()));
        if (r.sp == Policy::None && r.domainPolicy() != Policy::None)
            add("DMARC-SP-NONE", Severity::Warning, spanOf("sp"), {{"policy", p}});
        if (r.np == Policy::None && r.domainPolicy() != Policy::None)
            add("DMARC-NP-NONE", Severity::Warning, spanOf("np"));
        if (r.testing && r.domainPolicy() != Policy::None)
            add("DMARC-TESTING", Severity::Info, spanOf("t"),
                {{"policy", p}, {"lowered", std::string(toString(lowerOneStep(r.domainPolicy())))}});
        // §4.10.1: one invalid p, sp or np disables the whole record (see choosePolicy in
        // PolicyDiscovery.cpp for why an invalid sp counts for the domain's own mail too).
        for (const auto* tag : {"p", "sp", "np"}) {
            const bool bad = std::string_view(tag) == "p"    ? r.pInvalid
                             : std::string_view(tag) == "sp" ? r.spInvalid
                                                             : r.npInvalid;
            if (!bad)
                continue;
            const auto* written = r.find(tag);
            MessageParams params{{"tag", tag}, {"value", written ? written->value : std::string()}};
            if (r.hasValidRua())
                add("DMARC-INVALID-POLICY-AS-NONE", Severity::Error, spanOf(tag), params);
            else
                add("DMARC-INVALID-POLICY-IGNORED", Severity::Error, spanOf(tag), params);
            break; // one consequence for the record, whichever tags are wrong
        }
        // §4.7 (sp): sp on a record below the organizational domain is never consulted.
        if (r.find("sp") && r.psd == PsdFlag::Unknown) {
            auto org = pslOrganizationalDomain(m_domain);
            if (org != m_domain && isSubdomainOf(m_domain, org))
                add("DMARC-SP-BELOW-ORG", Severity::Warning, spanOf("sp"), {{"org_domain", org}});
        }
    }

    void checkReporting() {
        const auto& r = record();
        if (r.find("fo") && r.ruf.empty())
            add("DMARC-FO-WITHOUT-RUF", Severity::Warning, spanOf("fo"));
        if (r.rua.empty())
            add("DMARC-NO-RUA", Severity::Info, {0, r.text.size()});
        for (const auto* tag : {"rua", "ruf"}) {
            const auto& uris = std::string_view(tag) == "rua" ? r.rua : r.ruf;
            if (uris.size() > 2)
                add("DMARC-URI-TOO-MANY", Severity::Warning, spanOf(tag),
                    {{"tag", tag}, {"count", std::to_string(uris.size())}});
        }
    }

    // Tags RFC 9989 removed (Appendix C); pct=0 was the old way to say "testing".
    void checkLegacy() {
        const auto& r = record();
        if (r.pct)
            add(*r.pct == 0 ? "DMARC-PCT-ZERO" : "DMARC-LEGACY-PCT", Severity::Warning, spanOf("pct"),
                {{"pct", std::to_string(*r.pct)}});
        if (r.find("rf"))
            add("DMARC-LEGACY-RF", Severity::Info, spanOf("rf"));
        if (r.find("ri"))
            add("DMARC-LEGACY-RI", Severity::Info, spanOf("ri"));
    }

    void checkDestinations() {
        std::set<std::string> checked;
        const auto ownOrg = pslOrganizationalDomain(m_domain);
        for (const auto* tag : {"rua", "ruf"}) {
            for (const auto& uri : std::string_view(tag) == "rua" ? record().rua : record().ruf) {
                if (!uri.valid || uri.scheme != "mailto" || !checked.insert(uri.domain).second)
                    continue;
                MessageParams params{{"tag", tag}, {"address", uri.address}, {"destination_domain", uri.domain}};
                checkMx(uri, params);
                // RFC 9990 §3 (external destinations): the destination must agree to receive reports.
                if (pslOrganizationalDomain(uri.domain) != ownOrg)
                    checkAuthorization(uri, params);
            }
        }
    }

    void checkMx(const ReportUri& uri, const MessageParams& params) {
        auto mx = m_resolver->query(uri.domain, dns::RecordType::MX);
        if (mx.status == dns::Status::TempError)
            dnsFailure(uri.domain, dns::RecordType::MX, mx.error);
        else if (mx.status == dns::Status::NxDomain)
            add("DMARC-URI-NO-DOMAIN", Severity::Error, uri.span, params);
        else if (mx.status == dns::Status::NoData)
            add("DMARC-URI-NO-MX", Severity::Warning, uri.span, params);
    }

    void checkAuthorization(const ReportUri& uri, MessageParams params) {
        auto name = m_domain + "._report._dmarc." + uri.domain;
        params["name"] = name;
        auto answer = m_resolver->query(name, dns::RecordType::TXT);
        if (answer.status == dns::Status::TempError) {
            dnsFailure(name, dns::RecordType::TXT, answer.error);
            return;
        }
        for (const auto& value : answer.values())
            if (looksLikeDmarcRecord(value)) {
                add("DMARC-EXTERNAL-AUTHORIZED", Severity::Info, uri.span, params);
                return;
            }
        add("DMARC-EXTERNAL-NOT-AUTHORIZED", Severity::Error, uri.span, params);
    }

    // A domain whose SPF record authorises nobody sends no mail: it should say p=reject.
    void checkSendsNoMail() {
        auto answer = m_resolver->query(m_domain, dns::RecordType::TXT);
        for (const auto& value : answer.values()) {
            std::string collapsed;
            for (char c : toLower(value))
                if (c != ' ' || (!collapsed.empty() && collapsed.back() != ' '))
                    collapsed += c;
            while (!collapsed.empty() && collapsed.back() == ' ')
                collapsed.pop_back();
            if (collapsed == "v=spf1 -all" && record().domainPolicy() != Policy::Reject)
                add("DMARC-NO-MAIL-NOT-REJECT", Severity::Warning, spanOf("p"),
                    {{"policy", std::string(toString(record().domainPolicy()))}});
        }
    }

    ParseResult m_parsed;
    std::string m_domain;
    dns::Resolver* m_resolver;
    Findings m_findings;
};

} // namespace

Findings lintRecord(std::string_view text, std::string_view domain, dns::Resolver* resolver) {
    return RecordLinter(text, domain, resolver).run();
}

DomainLint lintDomain(std::string_view domain, dns::Resolver& resolver) {
    DomainLint lint;
    lint.domain = normalizeDomain(domain);
    auto& findings = lint.findings;
    auto lookup = lookupRecord(lint.domain, resolver);
    if (lookup.tempError()) {
        lint.tempError = true;
        findings.push_back({"DNS-TEMPERROR",
                            Severity::Error,
                            {{"name", lookup.name}, {"type", "TXT"}, {"error", lookup.error}},
                            {},
                            {},
                            {}});
        return lint;
    }
    lint.records = lookup.dmarcTexts;
    MessageParams base{{"domain", lint.domain}};
    if (lookup.dmarcTexts.size() > 1) {
        auto params = base;
        params["count"] = std::to_string(lookup.dmarcTexts.size());
        findings.push_back({"DMARC-MULTIPLE-RECORDS", Severity::Error, params, {}, {}, {}});
    }
    for (const auto& text : lookup.otherTexts) {
        auto params = base;
        params["text"] = text;
        bool spf = toLower(text).rfind("v=spf1", 0) == 0;
        findings.push_back({spf ? "DMARC-SPF-AT-DMARC" : "DMARC-OTHER-TXT", Severity::Warning, params, {}, {}, text});
    }
    for (const auto& text : lookup.dmarcTexts) {
        auto recordFindings = lintRecord(text, lint.domain, &resolver);
        findings.insert(findings.end(), recordFindings.begin(), recordFindings.end());
    }
    if (lookup.dmarcTexts.empty()) {
        auto apex = resolver.query(lint.domain, dns::RecordType::TXT);
        for (const auto& value : apex.values())
            if (looksLikeDmarcRecord(value))
                findings.push_back({"DMARC-RECORD-AT-APEX", Severity::Error, base, {}, {}, value});
    }

    auto comparison = comparePolicies(lint.domain, resolver);
    const auto& psl = comparison.psl;
    if (psl.status == DiscoveryStatus::TempError || comparison.treeWalk.status == DiscoveryStatus::TempError)
        lint.tempError = true;
    if (lookup.dmarcTexts.size() != 1) {
        auto params = base;
        params["org_domain"] = psl.organizationalDomain;
        if (psl.status == DiscoveryStatus::Found && psl.recordDomain != lint.domain) {
            params["policy_domain"] = psl.recordDomain;
            params["tag"] = psl.tag;
            params["policy"] = std::string(toString(psl.policy));
            findings.push_back({"DMARC-INHERITED", Severity::Info, params, {}, {}, psl.record->text});
        } else if (psl.status == DiscoveryStatus::NoRecord) {
            findings.push_back({"DMARC-NO-RECORD", Severity::Error, params, {}, {}, {}});
        }
    }
    if (comparison.differs)
        findings.push_back({"DMARC-METHODS-DIFFER", Severity::Warning, comparison.explanation.params, {}, {}, {}});
    return lint;
}

} // namespace dmarcplan::dmarc
