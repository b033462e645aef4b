#include "core/check/DomainCheck.h"

#include "core/common/DomainName.h"
#include "core/dkim/KeyRecordLinter.h"

#include <nlohmann/json.hpp>

namespace dmarcplan::check {

namespace {

std::string dkimName(const std::string& selector, const std::string& domain) {
    return toLower(selector) + "._domainkey." + domain;
}

bool isTempErrorFinding(const Finding& finding) { return finding.code == "DNS-TEMPERROR"; }

} // namespace

const std::vector<std::string>& probeSelectors() {
    static const std::vector<std::string> names = {
        // fixed names of catalogue providers
        "google", "selector1", "selector2", "s1", "s2", "mmmg",
        // defaults of common signing software and hosting control panels
        "default", "dkim", "mail", "smtp", "k1", "k2", "k3", "mx", "key1", "key2"};
    return names;
}

DomainReport checkDomain(std::string_view rawDomain, dns::ParallelResolver& pool, const CheckOptions& options) {
    DomainReport report;
    report.domain = normalizeDomain(rawDomain);
    const auto& selectors = options.selectors.empty() ? probeSelectors() : options.selectors;
    report.probedSelectors = options.selectors.empty();

    // Round 1: everything that does not depend on another answer.
    std::vector<dns::Question> first = {{report.domain, dns::RecordType::TXT},
                                        {"_dmarc." + report.domain, dns::RecordType::TXT},
                                        {report.domain, dns::RecordType::MX}};
    for (const auto& selector : selectors)
        first.push_back({dkimName(selector, report.domain), dns::RecordType::TXT});
    pool.prefetch(first);

    // SPF: the tree (one round per level), then its lint over the cached answers.
    report.spf = walkSpfTree(report.domain, pool);

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
            tempError = tempError || isTempErrorFinding(f);
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
        if (d.keyAlgorithm)
            j["key"] = {{"algorithm", *d.keyAlgorithm}, {"bits", d.keyBits}};
        dkim.push_back(j);
    }
    nlohmann::json exchanges = nlohmann::json::array();
    for (const auto& [preference, host] : report.mx.exchanges)
        exchanges.push_back({{"preference", preference}, {"exchange", host}});
    return {{"domain", report.domain},
            {"spf", toJson(report.spf)},
            {"dkim", {{"probed", report.probedSelectors}, {"selectors", dkim}}},
            {"mx", {{"status", dns::toString(report.mx.status)}, {"exchanges", exchanges}}},
            {"findings", toJson(report.findings)},
            {"dns_failure", report.dnsFailure}};
}

} // namespace dmarcplan::check
