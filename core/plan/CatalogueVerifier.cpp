#include "core/plan/CatalogueVerifier.h"

#include "core/spf/Linter.h"

#include <future>

namespace dmarcplan::plan {

namespace {

constexpr int kSpfLookupLimit = 10; // RFC 7208 §4.6.4

struct Target {
    std::string provider;
    std::string fact;
    std::string name;
    bool spf = false; // SPF include (or SPF-bearing return-path host) vs. a name that must exist
};

std::string replaceAll(std::string text, std::string_view placeholder, const std::string& value) {
    for (auto at = text.find(placeholder); at != std::string::npos; at = text.find(placeholder, at + value.size()))
        text.replace(at, placeholder.size(), value);
    return text;
}

// "{selector}.dkim.example.net" -> one name per stated selector; "{region}" -> one per stated region.
// An empty list means the name depends on the account and cannot be checked.
std::vector<std::string> expand(const std::string& pattern, const Provider& p) {
    std::vector<std::string> names{pattern};
    auto fill = [&](std::string_view placeholder, const std::vector<std::string>& values) {
        std::vector<std::string> out;
        for (const auto& name : names) {
            if (name.find(placeholder) == std::string::npos) {
                out.push_back(name);
                continue;
            }
            for (const auto& value : values)
                out.push_back(replaceAll(name, placeholder, value));
        }
        names = std::move(out);
    };
    fill("{selector}", p.dkim ? p.dkim->selectors : std::vector<std::string>{});
    std::vector<std::string> regions;
    for (const auto& region : p.regions)
        regions.push_back(region.id);
    fill("{region}", regions);
    return names;
}

std::vector<Target> targets(const Catalogue& catalogue) {
    std::vector<Target> out;
    for (const auto& p : catalogue.providers()) {
        auto add = [&](const std::string& fact, const std::optional<std::string>& pattern, bool spf) {
            if (!pattern)
                return;
            for (auto& name : expand(*pattern, p))
                out.push_back({p.id, fact, std::move(name), spf});
        };
        add("spf.include", p.spf.include, true);
        if (p.dkim && p.dkim->method == DkimMethod::Cname)
            add("dkim.cname_target", p.dkim->cnameTarget, false);
        if (p.returnPath) {
            add("return_path.spf_include", p.returnPath->spfInclude, true);
            // A return-path CNAME target is where receivers end up asking for SPF.
            add("return_path.cname_target", p.returnPath->cnameTarget, true);
            add("return_path.mx", p.returnPath->mx, false);
        }
        for (const auto& region : p.regions) {
            add("regions[" + region.id + "].spf_include", region.spfInclude, true);
            add("regions[" + region.id + "].return_path_cname_target", region.returnPathCnameTarget, true);
        }
    }
    return out;
}

CatalogueCheck checkSpf(const Target& t, dns::Resolver& resolver) {
    CatalogueCheck check{t.provider, t.fact, t.name, "ok", 0, ""};
    auto answer = resolver.query(t.name, dns::RecordType::TXT);
    if (answer.status == dns::Status::TempError) {
        check.status = "temperror";
        check.detail = answer.error;
        return check;
    }
    if (answer.status == dns::Status::NxDomain) {
        check.status = "missing";
        check.detail = "the name does not exist (NXDOMAIN)";
        return check;
    }
    int records = 0;
    for (const auto& value : answer.values())
        if (value == "v=spf1" || value.rfind("v=spf1 ", 0) == 0)
            ++records;
    if (records == 0) {
        check.status = "no-spf";
        check.detail = "no v=spf1 record: an include of it is a permerror (RFC 7208 §5.2)";
        return check;
    }
    if (records > 1) {
        check.status = "several-spf";
        check.detail = std::to_string(records) + " v=spf1 records: a permerror (RFC 7208 §4.5)";
        return check;
    }
    auto report = spf::analyzeDomain(t.name, resolver);
    check.lookups = 1 + report.worstCase;
    if (check.lookups > kSpfLookupLimit) {
        check.status = "over-limit";
        check.detail = "costs " + std::to_string(check.lookups) + " DNS lookups where it is included (limit " +
                       std::to_string(kSpfLookupLimit) + ", RFC 7208 §4.6.4)";
    }
    for (const auto& finding : report.findings)
        if (finding.code == "DNS-TEMPERROR" && check.status == "ok") {
            check.status = "temperror";
            check.detail = "a DNS failure below it stopped the count";
        }
    return check;
}

CatalogueCheck checkExists(const Target& t, dns::Resolver& resolver) {
    CatalogueCheck check{t.provider, t.fact, t.name, "ok", 0, ""};
    // DKIM targets hold the key as TXT; an MX host must have an address. Either way NXDOMAIN means gone.
    bool mx = t.fact == "return_path.mx";
    auto answer = resolver.query(t.name, mx ? dns::RecordType::A : dns::RecordType::TXT);
    if (answer.status == dns::Status::TempError) {
        check.status = "temperror";
        check.detail = answer.error;
    } else if (answer.status == dns::Status::NxDomain) {
        check.status = "missing";
        check.detail = "the name does not exist (NXDOMAIN)";
    } else if (answer.status == dns::Status::NoData) {
        check.status = "no-record";
        check.detail = mx ? "no address record for the MX host" : "no TXT record (no DKIM key) at the target";
    }
    return check;
}

} // namespace

std::vector<CatalogueCheck> verifyCatalogue(const Catalogue& catalogue, dns::ParallelResolver& pool) {
    auto all = targets(catalogue);
    // First level in parallel; the counting walks below then mostly hit the shared cache, and each
    // include's walk runs on its own thread so the deeper levels are asked in parallel too.
    std::vector<dns::Question> questions;
    for (const auto& t : all)
        questions.push_back({t.name, t.fact == "return_path.mx" ? dns::RecordType::A : dns::RecordType::TXT});
    pool.prefetch(questions);
    std::vector<std::future<CatalogueCheck>> running;
    for (const auto& t : all)
        running.push_back(std::async(std::launch::async, [&pool, t] {
            return t.spf ? checkSpf(t, pool.resolver()) : checkExists(t, pool.resolver());
        }));
    std::vector<CatalogueCheck> out;
    for (auto& future : running)
        out.push_back(future.get());
    return out;
}

} // namespace dmarcplan::plan
