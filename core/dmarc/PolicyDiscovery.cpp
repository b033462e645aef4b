#include "core/dmarc/PolicyDiscovery.h"

#include "core/common/DomainName.h"

namespace dmarcplan::dmarc {

namespace {

bool failTemporarily(PolicyDiscovery& discovery, const RecordLookup& lookup) {
    discovery.queried.push_back(lookup.name);
    if (!lookup.tempError())
        return false;
    discovery.status = DiscoveryStatus::TempError;
    discovery.errorName = lookup.name;
    discovery.error = lookup.error;
    return true;
}

// RFC 9989 §4.10.1: p at the record's own domain; below it sp if the author exists, np if not.
//
// An invalid p, sp or np: §4.10.1 says "If a retrieved DMARC Policy Record does not contain a valid
// p tag, or contains an sp or np tag that is not valid", then p=none when rua has a valid URI, else no
// DMARC processing. §4.7 only says which tag applies (p for the domain itself, sp for existing
// subdomains, and that sp "will be ignored" on records below an organizational domain) and is silent
// on invalid values, so it could be read as "an invalid sp matters only where sp would apply". We
// follow §4.10.1 as written: validity belongs to the retrieved record, not to the tag that applies,
// so an invalid sp (or np) also turns the domain's own p=reject into none. The README's DMARC lint
// notes say the same; the linter reports DMARC-INVALID-POLICY-AS-NONE / -IGNORED.
void choosePolicy(PolicyDiscovery& discovery, dns::Resolver& resolver) {
    const auto& record = *discovery.record;
    const bool invalid = record.pInvalid || record.spInvalid || record.npInvalid;
    if (discovery.recordDomain == discovery.authorDomain) {
        discovery.tag = "p";
        discovery.policy = record.domainPolicy();
    } else {
        auto answer = resolver.query(discovery.authorDomain, dns::RecordType::A);
        discovery.queried.push_back(discovery.authorDomain);
        if (answer.status == dns::Status::TempError) {
            discovery.status = DiscoveryStatus::TempError;
            discovery.errorName = discovery.authorDomain;
            discovery.error = answer.error;
            return;
        }
        discovery.authorExists = answer.status != dns::Status::NxDomain;
        if (!discovery.authorExists && record.np) {
            discovery.tag = "np";
            discovery.policy = *record.np;
        } else if (record.sp) {
            discovery.tag = "sp";
            discovery.policy = *record.sp;
        } else {
            discovery.tag = "p";
            discovery.policy = record.domainPolicy();
        }
    }
    if (invalid) {
        // A valid rua keeps DMARC alive as p=none; otherwise no DMARC processing at all.
        if (record.hasValidRua()) {
            discovery.invalidPolicyFallback = true;
            discovery.policy = Policy::None;
        } else {
            discovery.status = DiscoveryStatus::Malformed;
        }
    }
}

void useRecord(PolicyDiscovery& discovery, const RecordLookup& lookup, bool fromPsd) {
    discovery.status = DiscoveryStatus::Found;
    discovery.recordDomain = lookup.domain;
    discovery.record = lookup.parsed->record;
    discovery.fromPsd = fromPsd;
}

} // namespace

PolicyDiscovery discoverPolicy(std::string_view authorDomain, dns::Resolver& resolver, OrgDomainMethod method) {
    PolicyDiscovery discovery;
    discovery.authorDomain = normalizeDomain(authorDomain);
    discovery.method = method;

    auto own = lookupRecord(discovery.authorDomain, resolver);
    if (failTemporarily(discovery, own))
        return discovery;

    if (method == OrgDomainMethod::Psl) {
        discovery.organizationalDomain = pslOrganizationalDomain(discovery.authorDomain);
        if (own.found()) {
            useRecord(discovery, own, false);
        } else if (discovery.organizationalDomain != discovery.authorDomain) {
            auto org = lookupRecord(discovery.organizationalDomain, resolver);
            if (failTemporarily(discovery, org))
                return discovery;
            if (org.found())
                useRecord(discovery, org, false);
        }
    } else {
        // With a record at the author domain, that record applies and the walk that starts there
        // still decides the organizational domain (for relaxed alignment); without one, the walk
        // starts at the parent and its selection also finds the record to apply.
        auto walk = treeWalk(discovery.authorDomain, resolver, own.found());
        for (std::size_t i = own.found() ? 1 : 0; i < walk.lookups.size(); ++i)
            discovery.queried.push_back(walk.lookups[i].name);
        if (walk.tempError) {
            discovery.status = DiscoveryStatus::TempError;
            discovery.errorName = walk.errorName;
            discovery.error = walk.error;
            return discovery;
        }
        discovery.organizationalDomain = walk.organizationalDomain;
        if (own.found()) {
            useRecord(discovery, own, false);
        } else {
            if (const auto* org = walk.recordFor(discovery.organizationalDomain))
                useRecord(discovery, *org, false);
            else if (const auto* psd = walk.psdDomain.empty() ? nullptr : walk.recordFor(walk.psdDomain))
                useRecord(discovery, *psd, true);
        }
    }
    if (discovery.status == DiscoveryStatus::Found)
        choosePolicy(discovery, resolver);
    return discovery;
}

PolicyComparison comparePolicies(std::string_view authorDomain, dns::Resolver& resolver) {
    PolicyComparison comparison{discoverPolicy(authorDomain, resolver, OrgDomainMethod::Psl),
                                discoverPolicy(authorDomain, resolver, OrgDomainMethod::TreeWalk),
                                false,
                                {}};
    const auto& a = comparison.psl;
    const auto& b = comparison.treeWalk;
    auto describe = [](const PolicyDiscovery& d) {
        if (d.status == DiscoveryStatus::Found)
            return d.tag + "=" + std::string(toString(d.policy)) + " from _dmarc." + d.recordDomain;
        if (d.status == DiscoveryStatus::TempError)
            return std::string("temperror");
        if (d.status == DiscoveryStatus::Malformed)
            return "invalid record at _dmarc." + d.recordDomain;
        return std::string("no record");
    };
    MessageParams params{{"domain", a.authorDomain},
                         {"psl", describe(a)},
                         {"treewalk", describe(b)},
                         {"psl_org", a.organizationalDomain},
                         {"treewalk_org", b.organizationalDomain}};
    comparison.differs =
        a.status != b.status || a.recordDomain != b.recordDomain || a.tag != b.tag || a.policy != b.policy;
    comparison.explanation = {comparison.differs ? "DMARC-POLICY-DIFFERS" : "DMARC-POLICY-SAME", params};
    return comparison;
}

} // namespace dmarcplan::dmarc
