#include "core/check/DomainCheck.h"

#include "core/common/DomainName.h"
#include "core/dkim/KeyRecordLinter.h"
#include "core/dmarc/Linter.h"
#include "core/dmarc/OrganizationalDomain.h"
#include "core/dmarc/PolicyDiscovery.h"
#include "core/spf/Linter.h"

#include <nlohmann/json.hpp>

namespace dmarcplan::check {

namespace {

std::string dkimName(const std::string& selector, const std::string& domain) {
    return toLower(selector) + "._domainkey." + domain;
}

bool isTempErrorFinding(const Finding& finding) {
    return finding.code == "DNS-TEMPERROR";
}

const char* statusName(dmarc::DiscoveryStatus status) {
    switch (status) {
    case dmarc::DiscoveryStatus::Found:
        return "found";
    case dmarc::DiscoveryStatus::NoRecord:
        return "no_record";
    case dmarc::DiscoveryStatus::TempError:
        return "temperror";
    case dmarc::DiscoveryStatus::Malformed:
        return "malformed";
    }
    return "no_record";
}

DmarcView viewOf(const dmarc::PolicyDiscovery& discovery) {
    DmarcView view;
    view.method = std::string(dmarc::toString(discovery.method));
    view.status = statusName(discovery.status);
    view.organizationalDomain = discovery.organizationalDomain;
    view.recordDomain = discovery.recordDomain;
    if (discovery.record)
        view.record = discovery.record->text;
    view.tag = discovery.tag;
    if (discovery.status == dmarc::DiscoveryStatus::Found)
        view.policy = std::string(dmarc::toString(discovery.policy));
    view.fromPsd = discovery.fromPsd;
    return view;
}

void take(Findings& into, Findings& from, bool& dnsFailure) {
    for (auto& f : from) {
        dnsFailure = dnsFailure || isTempErrorFinding(f);
        into.push_back(std::move(f));
    }
}

} // namespace

const std::vector<std::string>& probeSelectors() {
    static const std::vector<std::string> names = {// fixed names of catalogue providers
                                                   "google", "selector1", "selector2", "s1", "s2", "mmmg",
                                                   // defaults of common signing software and hosting control panels
                                                   "default", "dkim", "mail", "smtp", "k1", "k2", "k3", "mx", "key1",
                                                   "key2"};
    return names;
}

DomainReport checkDomain(std::string_view rawDomain, dns::ParallelResolver& pool, const CheckOptions& options) {
    DomainReport report;
    report.domain = normalizeDomain(rawDomain);
    const auto& selectors = options.selectors.empty() ? probeSelectors() : options.selectors;
    report.probedSelectors = options.selectors.empty();

    // Round 1: everything that does not depend on another answer.
    // The DMARC names of both discovery methods are known from the name alone (the tree walk's
    // targets, and the PSL organizational domain), so they go into the first round too.
    std::vector<dns::Question> first = {
        {report.domain, dns::RecordType::TXT},
        {report.domain, dns::RecordType::SPF}, // the linter's RFC 7208 §3.1 check
        {report.domain, dns::RecordType::MX},
        {"_dmarc." + dmarc::pslOrganizationalDomain(report.domain), dns::RecordType::TXT}};
    for (const auto& target : dmarc::treeWalkTargets(report.domain, true))
        first.push_back({"_dmarc." + target, dns::RecordType::TXT});
    for (const auto& selector : selectors)
        first.push_back({dkimName(selector, report.domain), dns::RecordType::TXT});
    pool.prefetch(first);

    // SPF: the tree (one round per level) fills the cache, then the linter walks it from there.
    report.spfTree = walkSpfTree(report.domain, pool);
    auto spfLint = spf::analyzeDomain(report.domain, pool.resolver());
    report.spf = spf::toJson(spfLint);
    take(report.findings, spfLint.findings, report.dnsFailure);

    // DMARC: the record at the domain, and what applies by both discovery methods.
    auto dmarcLint = dmarc::lintDomain(report.domain, pool.resolver());
    report.dmarcRecords = dmarcLint.records;
    report.dnsFailure = report.dnsFailure || dmarcLint.tempError;
    take(report.findings, dmarcLint.findings, report.dnsFailure);
    auto comparison = dmarc::comparePolicies(report.domain, pool.resolver());
    report.dmarc = {viewOf(comparison.psl), viewOf(comparison.treeWalk)};
    report.dmarcMethodsDiffer = comparison.differs;
    for (const auto* discovery : {&comparison.psl, &comparison.treeWalk})
        report.dnsFailure = report.dnsFailure || discovery->status == dmarc::DiscoveryStatus::TempError;

    // DKIM
    for (const auto& selector : selectors) {
        auto lint = dkim::KeyRecordLinter::lintSelector(pool.resolver(), selector, report.domain);
        DkimResult result;
        result.selector = selector;
        result.name = lint.name;
        result.records = lint.records;
        result.cnameChain = lint.cnameChain;
        result.found = !lint.records.empty();
        if (lint.key) {
            result.keyAlgorithm = lint.key->algorithm;
            result.keyBits = lint.key->bits;
        }
        bool tempError = false;
        for (const auto& f : lint.findings)
            if (isTempErrorFinding(f)) {
                tempError = true;
                auto error = f.params.find("error");
                result.lookupError = error != f.params.end() && !error->second.empty() ? error->second : "temperror";
            }
        report.dnsFailure = report.dnsFailure || tempError;
        // A probed name that does not exist is the normal case, not a finding.
        if (report.probedSelectors && !result.found && !tempError)
            continue;
        for (auto& f : lint.findings)
            report.findings.push_back(std::move(f));
        report.dkim.push_back(std::move(result));
    }
    if (report.probedSelectors && report.dkim.empty())
        report.findings.push_back(Finding{"CHECK-DKIM-NONE-FOUND",
                                          Severity::Info,
                                          {{"domain", report.domain}, {"count", std::to_string(selectors.size())}},
                                          {},
                                          {},
                                          {}});

    // MX
    auto mx = pool.resolver().query(report.domain, dns::RecordType::MX);
    report.mx.status = mx.status;
    for (const auto& record : mx.records)
        report.mx.exchanges.emplace_back(record.preference, record.value);
    if (mx.status == dns::Status::TempError) {
        report.dnsFailure = true;
        report.findings.push_back(Finding{"DNS-TEMPERROR",
                                          Severity::Error,
                                          {{"name", report.domain}, {"type", "MX"}, {"error", mx.error}},
                                          {},
                                          {},
                                          {}});
    }
    return report;
}

nlohmann::json toJson(const DomainReport& report) {
    nlohmann::json dkim = nlohmann::json::array();
    for (const auto& d : report.dkim) {
        nlohmann::json j = {{"selector", d.selector},
                            {"name", d.name},
                            {"found", d.found},
                            {"records", d.records},
                            {"cname_chain", d.cnameChain}};
        // found=false after a failed lookup means "not known", not "no key".
        j["lookup_failed"] = !d.lookupError.empty();
        if (!d.lookupError.empty())
            j["lookup_error"] = d.lookupError;
        if (d.keyAlgorithm)
            j["key"] = {{"algorithm", *d.keyAlgorithm}, {"bits", d.keyBits}};
        dkim.push_back(j);
    }
    nlohmann::json exchanges = nlohmann::json::array();
    for (const auto& [preference, host] : report.mx.exchanges)
        exchanges.push_back({{"preference", preference}, {"exchange", host}});
    nlohmann::json discovery = nlohmann::json::array();
    for (const auto& v : report.dmarc) {
        nlohmann::json j = {{"method", v.method},
                            {"status", v.status},
                            {"organizational_domain", v.organizationalDomain},
                            {"record_domain", v.recordDomain},
                            {"record", v.record},
                            {"tag", v.tag},
                            {"policy", v.policy},
                            {"from_psd", v.fromPsd}};
        discovery.push_back(j);
    }
    // Records this object shows once: the findings about them point into them by span instead of
    // repeating them (a record with thousands of findings would be printed thousands of times).
    std::vector<std::string_view> printed;
    if (const auto it = report.spf.find("record"); it != report.spf.end() && it->is_string())
        printed.push_back(it->get_ref<const std::string&>());
    for (const auto& record : report.dmarcRecords)
        printed.push_back(record);
    for (const auto& d : report.dkim)
        for (const auto& record : d.records)
            printed.push_back(record);
    return {
        {"domain", report.domain},
        {"spf", report.spf},
        {"dmarc",
         {{"records", report.dmarcRecords}, {"discovery", discovery}, {"methods_differ", report.dmarcMethodsDiffer}}},
        {"dkim", {{"probed", report.probedSelectors}, {"selectors", dkim}}},
        {"mx", {{"status", dns::toString(report.mx.status)}, {"exchanges", exchanges}}},
        {"findings", toJson(report.findings, printed)},
        {"dns_failure", report.dnsFailure}};
}

} // namespace dmarcplan::check
