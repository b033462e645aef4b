#include "core/dmarc/OrganizationalDomain.h"

#include "core/common/DomainName.h"

#include <algorithm>
#include <libpsl.h>

namespace dmarcplan::dmarc {

std::string_view toString(OrgDomainMethod method) {
    return method == OrgDomainMethod::Psl ? "psl" : "treewalk";
}

std::optional<OrgDomainMethod> orgDomainMethodFromString(std::string_view text) {
    if (equalsIgnoreCase(text, "psl"))
        return OrgDomainMethod::Psl;
    if (equalsIgnoreCase(text, "treewalk") || equalsIgnoreCase(text, "tree-walk"))
        return OrgDomainMethod::TreeWalk;
    return std::nullopt;
}

namespace {

// The system list (Debian package publicsuffix) through psl_latest, which picks the newest of the
// system file and libpsl's built-in copy; the context is read-only afterwards, so threads share it.
const psl_ctx_t* pslContext() {
    static const psl_ctx_t* context = [] {
        psl_ctx_t* ctx = psl_latest(nullptr);
        if (!ctx)
            ctx = psl_load_file("/usr/share/publicsuffix/public_suffix_list.dat");
        return ctx ? static_cast<const psl_ctx_t*>(ctx) : psl_builtin();
    }();
    return context;
}

std::size_t labelCount(std::string_view domain) {
    return domain.empty() ? 0 : static_cast<std::size_t>(std::count(domain.begin(), domain.end(), '.')) + 1;
}

// The last `count` labels of domain.
std::string lastLabels(std::string_view domain, std::size_t count) {
    auto total = labelCount(domain);
    std::size_t pos = 0;
    for (std::size_t skip = total > count ? total - count : 0; skip > 0; --skip)
        pos = domain.find('.', pos) + 1;
    return std::string(domain.substr(pos));
}

} // namespace

std::string pslOrganizationalDomain(std::string_view domain) {
    auto name = normalizeDomain(domain);
    const auto* ctx = pslContext();
    if (!ctx || name.empty())
        return name;
    const char* registrable = psl_registrable_domain(ctx, name.c_str());
    return registrable ? std::string(registrable) : name;
}

bool isPublicSuffix(std::string_view domain) {
    auto name = normalizeDomain(domain);
    const auto* ctx = pslContext();
    return ctx && !name.empty() && psl_is_public_suffix2(ctx, name.c_str(), PSL_TYPE_ANY) != 0;
}

std::string publicSuffix(std::string_view domain) {
    auto name = normalizeDomain(domain);
    const auto* ctx = pslContext();
    if (!ctx || name.empty())
        return {};
    const char* suffix = psl_unregistrable_domain(ctx, name.c_str());
    return suffix ? std::string(suffix) : std::string();
}

std::vector<std::string> treeWalkTargets(std::string_view domain, bool includeStart) {
    auto name = normalizeDomain(domain);
    std::vector<std::string> targets;
    auto labels = labelCount(name);
    if (labels == 0)
        return targets;
    if (includeStart)
        targets.push_back(name);
    // RFC 9989 §4.10 step 4: below 8 labels drop one; from 8 up, keep the last 7 (the 8-query cap).
    for (auto count = std::min<std::size_t>(labels - 1, 7); count >= 1; --count)
        targets.push_back(lastLabels(name, count));
    return targets;
}

const RecordLookup* TreeWalk::recordFor(std::string_view domain) const {
    for (const auto& lookup : lookups)
        if (lookup.found() && lookup.domain == domain)
            return &lookup;
    return nullptr;
}

TreeWalk treeWalk(std::string_view domain, dns::Resolver& resolver, bool includeStart) {
    TreeWalk walk;
    walk.start = normalizeDomain(domain);
    for (const auto& target : treeWalkTargets(walk.start, includeStart)) {
        walk.lookups.push_back(lookupRecord(target, resolver));
        const auto& lookup = walk.lookups.back();
        if (lookup.tempError()) {
            walk.tempError = true;
            walk.errorName = lookup.name;
            walk.error = lookup.error;
            break;
        }
        // Steps 2 and 6: a single valid record with psd=y or psd=n stops the walk.
        if (lookup.found() && lookup.parsed->isDmarc && lookup.parsed->record.psd != PsdFlag::Unknown)
            break;
    }
    // §4.10.2 selection, from the longest name to the shortest.
    const RecordLookup* fewest = nullptr;
    for (const auto& lookup : walk.lookups) {
        if (!lookup.found() || !lookup.parsed->isDmarc)
            continue;
        const auto& record = lookup.parsed->record;
        if (record.psd == PsdFlag::No) {
            walk.organizationalDomain = lookup.domain;
            return walk;
        }
        if (record.psd == PsdFlag::Yes && lookup.domain != walk.start) {
            walk.psdDomain = lookup.domain;
            walk.organizationalDomain = lastLabels(walk.start, labelCount(lookup.domain) + 1);
            return walk;
        }
        fewest = &lookup;
    }
    walk.organizationalDomain = fewest ? fewest->domain : walk.start;
    return walk;
}

OrgDomainResult organizationalDomain(std::string_view domain, OrgDomainMethod method, dns::Resolver& resolver) {
    if (method == OrgDomainMethod::Psl)
        return {pslOrganizationalDomain(domain), false, {}};
    auto walk = treeWalk(domain, resolver);
    if (walk.tempError)
        return {normalizeDomain(domain), true, walk.errorName + ": " + walk.error};
    return {walk.organizationalDomain, false, {}};
}

OrgDomainComparison compareOrganizationalDomains(std::string_view domain, dns::Resolver& resolver) {
    OrgDomainComparison comparison;
    comparison.domain = normalizeDomain(domain);
    comparison.psl = pslOrganizationalDomain(comparison.domain);
    auto walk = treeWalk(comparison.domain, resolver);
    comparison.treeWalk = walk.organizationalDomain;
    comparison.tempError = walk.tempError;
    MessageParams params{{"domain", comparison.domain}, {"psl", comparison.psl}, {"treewalk", comparison.treeWalk}};
    if (walk.tempError) {
        params["name"] = walk.errorName;
        params["error"] = walk.error;
        comparison.explanation = {"DMARC-ORG-TEMPERROR", params};
    } else if (comparison.psl != comparison.treeWalk) {
        comparison.differs = true;
        comparison.explanation = {"DMARC-ORG-DIFFERS", params};
    } else {
        comparison.explanation = {"DMARC-ORG-SAME", params};
    }
    return comparison;
}

} // namespace dmarcplan::dmarc
