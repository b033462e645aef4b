#include "core/workspace/Workspace.h"

#include "core/common/DomainName.h"
#include "core/dns/LiveResolver.h"
#include "core/dns/ZoneResolver.h"

#include <algorithm>
#include <set>

namespace dmarcplan::workspace {

namespace {

std::shared_ptr<dns::CachingResolver> zonesOver(dns::ZoneData zones, dns::ResolverPtr fallback) {
    return std::make_shared<dns::CachingResolver>(
        std::make_shared<dns::ZoneResolver>(std::move(zones), std::move(fallback)));
}

struct OpenedLive {
    std::shared_ptr<dns::LiveResolver> client;
    dns::ResolverPtr cached;
};

Result<OpenedLive> openLive(const dns::ResolverOptions& options) {
    dns::LiveResolverOptions liveOptions;
    liveOptions.timeoutMs = options.timeoutMs;
    for (const auto& text : options.nameservers) {
        auto server = dns::parseNameServer(text);
        if (!server)
            return server.error();
        liveOptions.servers.push_back(*server);
    }
    auto resolver = dns::LiveResolver::create(liveOptions);
    if (!resolver)
        return resolver.error();
    return OpenedLive{*resolver, std::make_shared<dns::CachingResolver>(*resolver)};
}

// The names where the plan's TXT records take the place of the zone files' SPF, DMARC and DKIM ones.
std::set<std::string> replacedNames(const plan::GeneratedPlan& generated) {
    std::set<std::string> names;
    for (const auto& record : generated.records)
        if (!record.pending && record.type == "TXT")
            names.insert(record.name);
    return names;
}

} // namespace

Result<Workspace> Workspace::open(const dns::ResolverOptions& options, std::optional<PlanInput> plan) {
    return build(options, std::move(plan), nullptr);
}

Result<Workspace> Workspace::over(dns::ResolverPtr current, std::optional<PlanInput> plan) {
    return build({}, std::move(plan), std::move(current));
}

Result<Workspace> Workspace::build(const dns::ResolverOptions& options, std::optional<PlanInput> planInput,
                                   dns::ResolverPtr given) {
    auto state = std::make_shared<State>();
    state->options = options;
    if (planInput) {
        auto generated = plan::generateRecords(planInput->plan, planInput->catalogue, planInput->generate);
        if (!generated)
            return generated.error();
        state->plan = PlanState{std::move(*planInput), std::move(*generated)};
    }

    std::vector<check::ZoneFile> files;
    dns::ZoneData fileZones;
    if (!given) {
        for (const auto& path : options.zoneFiles) {
            auto file = check::readZoneFile(path, options.origin);
            if (!file)
                return file.error();
            fileZones.merge(file->data);
            files.push_back(std::move(*file));
        }
        if (!options.offline) {
            auto live = openLive(options);
            if (!live)
                return live.error();
            state->liveClient = live->client;
            state->live = live->cached;
        }
        if (options.zoneFiles.empty() && state->live) {
            state->current = state->live;
        } else {
            dns::ZoneData zones = fileZones;
            // Offline without zones: an empty zone set that covers nothing, so every name is "offline"
            // (zone data without an origin would be authoritative for every name).
            if (zones.origins().empty() && zones.records().empty())
                zones.addOrigin("invalid");
            state->current = zonesOver(std::move(zones), state->live);
        }
    } else {
        state->current = std::move(given);
    }

    if (state->plan) {
        const PlanState& plan = *state->plan;
        const auto replaced = replacedNames(plan.generated);
        dns::ZoneData published;
        for (auto& file : files) {
            file.data = check::withoutMailAuthRecords(file.data, replaced);
            published.merge(file.data);
        }
        check::ZoneFile planZone;
        planZone.path = plan.input.sourceName;
        planZone.data = plan::toZoneData(plan.generated, plan.input.sourceName);
        published.merge(planZone.data);
        // Records the plan publishes outside its domain (report authorisations at the owner's own
        // report domains, RFC 7489 §7.1) are answered as published too: the plan's zone alone covers
        // only the domain.
        for (const auto& record : plan.generated.records)
            if (!record.pending && !isSubdomainOf(record.name, plan.generated.domain))
                published.addOrigin(record.name);
        const bool mxSends = std::any_of(plan.input.plan.sources.begin(), plan.input.plan.sources.end(),
                                         [](const plan::Source& s) { return s.kind == plan::SourceKind::Mx; });
        if (plan.input.keepCurrentMx && mxSends) {
            for (const auto& mx : state->current->query(plan.input.plan.domain, dns::RecordType::MX).records) {
                published.addRecord(mx);
                for (auto type : {dns::RecordType::A, dns::RecordType::AAAA})
                    for (const auto& address : state->current->query(mx.value, type).records)
                        published.addRecord(address);
            }
        }
        files.push_back(std::move(planZone));
        state->publishedZones = published;
        // Over live DNS when the zone files are merged in above; over the given resolver otherwise.
        state->published = zonesOver(std::move(published), given ? state->current : state->live);
        state->domain = plan.input.plan.domain;
    } else {
        state->publishedZones = fileZones;
        state->published = state->current;
        if (!fileZones.origins().empty())
            state->domain = fileZones.origins().front();
    }
    state->lintZones = std::move(files);
    return Workspace(std::move(state));
}

const plan::Plan* Workspace::plan() const {
    return m_state->plan ? &m_state->plan->input.plan : nullptr;
}

const plan::GeneratedPlan* Workspace::generated() const {
    return m_state->plan ? &m_state->plan->generated : nullptr;
}

Findings Workspace::planFindings() const {
    Findings out;
    if (!m_state->plan)
        return out;
    for (auto finding : m_state->plan->generated.findings)
        if (finding.code.rfind("PLAN-", 0) == 0) {
            finding.location.file = m_state->plan->input.sourceName;
            out.push_back(std::move(finding));
        }
    return out;
}

const std::string& Workspace::planSource() const {
    static const std::string none;
    return m_state->plan ? m_state->plan->input.sourceName : none;
}

const check::ZoneFile* Workspace::planZone() const {
    return m_state->plan && !m_state->lintZones.empty() ? &m_state->lintZones.back() : nullptr;
}

void Workspace::setRunDeadline(std::chrono::steady_clock::time_point deadline) const {
    if (m_state->liveClient)
        m_state->liveClient->setRunDeadline(deadline);
}

} // namespace dmarcplan::workspace
