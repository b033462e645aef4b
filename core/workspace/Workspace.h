#pragma once
// What the user is working on, as every front end needs it: a plan (or none), the zone files and the
// DNS options. It answers the questions the commands and the GUI ask, so that "the plan's records as
// a zone, laid over the user's zone files minus the mail-authentication records they replace, over
// live DNS or offline" is composed in one place:
//   - the plan's generated records with the generator's findings,
//   - the DNS as it would be after publishing the plan (published()) and as it is now (current()),
//   - the domain the work is about,
//   - the zones to lint (the zone files as they would stay, and the plan's records as a zone).
//
// Layers, top first (each is authoritative for its origins, names outside go one layer down):
//   published: the plan's records (its domain, and the names outside it that the plan publishes,
//              such as report authorisations at the owner's report domains) + the zone files without
//              the SPF/DMARC/DKIM TXT records at the names the plan publishes
//   current:   the zone files as they are
//   live:      live DNS (one cache shared by both stacks), or nothing when offline
// Without a plan, published() is current().
//
// Thread safety: a Workspace does not change after open(); every const method may be called from
// many threads at once, and the resolvers it hands out are safe to query concurrently (their caches
// lock). Copies share the resolvers and their caches, so the GUI's workers can each hold one.

#include "core/check/ZoneLint.h"
#include "core/common/Finding.h"
#include "core/common/Result.h"
#include "core/dns/ResolverFactory.h"
#include "core/plan/Catalogue.h"
#include "core/plan/Generator.h"
#include "core/plan/Plan.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dmarcplan::workspace {

struct PlanInput {
    PlanInput() = default;
    PlanInput(plan::Plan plan_, plan::Catalogue catalogue_, std::string sourceName_ = "plan")
        : plan(std::move(plan_)), catalogue(std::move(catalogue_)), sourceName(std::move(sourceName_)) {}

    plan::Plan plan;
    plan::Catalogue catalogue;
    // What the plan is called in findings and the lint zone's path: its file, or "plan".
    std::string sourceName = "plan";
    plan::GenerateOptions generate; // a key folder (generate --keys); nothing is written without one
    // The domain's MX records and their addresses as they are now are published with the plan when
    // its senders include the MX hosts: for a plan made from scratch (the wizard), where no zone file
    // holds them and the plan's zone, authoritative for the domain, would otherwise hide them.
    bool keepCurrentMx = false;
};

class Workspace {
public:
    // Generates the plan's records, reads the zone files (an InputError names file and line; its
    // source is the file's path as given) and opens live DNS unless offline (a bad --nameserver is
    // an InputError). A plan the generator cannot use is an InputError too.
    static Result<Workspace> open(const dns::ResolverOptions& options, std::optional<PlanInput> plan = std::nullopt);
    // The same over a resolver the caller already has, standing for current DNS (tests, the
    // wizard's checks of an edited plan): the zone-file options are not used.
    static Result<Workspace> over(dns::ResolverPtr current, std::optional<PlanInput> plan = std::nullopt);

    bool hasPlan() const { return m_state->plan.has_value(); }
    const plan::Plan* plan() const;
    // Every record the plan asks for and every finding of the generator; null without a plan.
    const plan::GeneratedPlan* generated() const;
    // The generator's own findings (PLAN-*), located in the plan's source; the records' advice comes
    // from linting the zones, which repeats the generators' linters.
    Findings planFindings() const;
    // The plan's source name ("plan" or its file); empty without a plan.
    const std::string& planSource() const;

    // The plan's domain; without a plan the first zone file's origin; else empty.
    const std::string& domain() const { return m_state->domain; }

    // DNS as it would be after publishing the plan (see the layers above).
    const dns::ResolverPtr& published() const { return m_state->published; }
    // DNS as it is now: the zone files over live DNS (or nothing offline).
    const dns::ResolverPtr& current() const { return m_state->current; }
    // Live DNS alone (cached), null when offline or over a given resolver.
    const dns::ResolverPtr& live() const { return m_state->live; }
    // One deadline for every live question from now on (check --deadline): later questions are
    // temperrors without being asked. Safe while questions run; nothing happens offline.
    void setRunDeadline(std::chrono::steady_clock::time_point deadline) const;

    // The zones to lint with published(): the zone files as they would stay, then the plan's records
    // as a zone (path = the plan's source). Without a plan, the zone files as read.
    const std::vector<check::ZoneFile>& lintZones() const { return m_state->lintZones; }
    // The plan's records as a zone (the last of lintZones()); null without a plan.
    const check::ZoneFile* planZone() const;
    // Every record published() answers from before live DNS (the top layers merged).
    const dns::ZoneData& publishedZones() const { return m_state->publishedZones; }

    const dns::ResolverOptions& options() const { return m_state->options; }

private:
    struct PlanState {
        PlanInput input;
        plan::GeneratedPlan generated;
    };
    struct State {
        dns::ResolverOptions options;
        std::optional<PlanState> plan;
        std::string domain;
        dns::ResolverPtr live;
        std::shared_ptr<dns::LiveResolver> liveClient; // under live, for the run deadline
        dns::ResolverPtr current;
        dns::ResolverPtr published;
        std::vector<check::ZoneFile> lintZones;
        dns::ZoneData publishedZones;
    };
    explicit Workspace(std::shared_ptr<const State> state) : m_state(std::move(state)) {}
    static Result<Workspace> build(const dns::ResolverOptions& options, std::optional<PlanInput> plan,
                                   dns::ResolverPtr given);

    std::shared_ptr<const State> m_state; // immutable: what makes the const methods thread-safe
};

} // namespace dmarcplan::workspace
