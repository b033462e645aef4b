// The workspace: a plan over the user's zone files over live DNS (the nsd fixture), offline, and
// without a plan; what it answers for each, and that its resolvers can be shared between threads.

#include "core/workspace/Workspace.h"

#include "tests/support/TestSupport.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <thread>

namespace dmarcplan::workspace {
namespace {

using dns::RecordType;
using dns::Status;

// The domain's zone as the user keeps it: an SPF and a DMARC record the plan replaces, and records it
// does not touch (a verification TXT, the MX host and its address).
constexpr const char* kZone = "$ORIGIN ws.example.\n"
                              "$TTL 300\n"
                              "@ IN SOA ns.ws.example. hostmaster.ws.example. ( 1 3600 600 86400 300 )\n"
                              "@ IN MX 10 mail.ws.example.\n"
                              "mail IN A 192.0.2.25\n"
                              "@ IN TXT \"v=spf1 ip4:198.51.100.1 -all\"\n"
                              "@ IN TXT \"site-verification=abc\"\n"
                              "_dmarc IN TXT \"v=DMARC1; p=none\"\n";

plan::Plan wsPlan() {
    auto plan = plan::planFromJson(R"({
      "dmarcplan_plan": 1,
      "domain": "ws.example",
      "sources": [{"kind": "mx"}, {"kind": "ip", "addresses": ["192.0.2.0/28"]}],
      "dkim": [],
      "dmarc": {"stage": "reject", "rua": ["mailto:agg@reports.fixture.test"],
                "own_report_domains": ["reports.fixture.test"]}
    })",
                                   "ws.dmarcplan.json");
    EXPECT_TRUE(plan) << plan.error().describe();
    return *plan;
}

PlanInput planInput() {
    return PlanInput{wsPlan(), plan::Catalogue{}, "ws.dmarcplan.json"};
}

std::vector<std::string> txt(const dns::ResolverPtr& resolver, const std::string& name) {
    auto values = resolver->query(name, RecordType::TXT).values();
    std::sort(values.begin(), values.end());
    return values;
}

class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override { test::writeFile(m_dir.file("ws.example.zone"), kZone); }
    dns::ResolverOptions offline() const {
        dns::ResolverOptions options;
        options.zoneFiles = {m_dir.file("ws.example.zone")};
        options.offline = true;
        return options;
    }
    test::TempDir m_dir;
};

TEST_F(WorkspaceTest, PlanOverZonesOverLiveDns) {
    dns::ResolverOptions options;
    options.zoneFiles = {m_dir.file("ws.example.zone")};
    options.nameservers = {test::localDnsServer()};
    options.timeoutMs = 3000;
    auto ws = Workspace::open(options, planInput());
    ASSERT_TRUE(ws) << ws.error().describe();
    EXPECT_EQ(ws->domain(), "ws.example");
    ASSERT_NE(ws->generated(), nullptr);
    ASSERT_NE(ws->live(), nullptr);

    // After publishing: the plan's SPF in place of the file's, the file's other TXT kept.
    EXPECT_EQ(txt(ws->published(), "ws.example"),
              (std::vector<std::string>{"site-verification=abc", "v=spf1 mx ip4:192.0.2.0/28 -all"}));
    EXPECT_EQ(txt(ws->published(), "_dmarc.ws.example").size(), 1u);
    EXPECT_EQ(txt(ws->published(), "_dmarc.ws.example").front().rfind("v=DMARC1; p=reject", 0), 0u);
    // Records the plan does not publish come from the zone file...
    auto mx = ws->published()->query("ws.example", RecordType::MX);
    ASSERT_EQ(mx.records.size(), 1u);
    EXPECT_EQ(mx.records.front().value, "mail.ws.example");
    // ...the report authorisation it publishes at the owner's report domain answers...
    auto authorisation = txt(ws->published(), "ws.example._report._dmarc.reports.fixture.test");
    ASSERT_EQ(authorisation.size(), 1u);
    EXPECT_EQ(authorisation.front().rfind("v=DMARC1", 0), 0u);
    // ...and every other name is live DNS (the fixture's nsd).
    auto live = ws->published()->query("fixture.test", RecordType::A);
    EXPECT_EQ(live.status, Status::Records);
    ASSERT_EQ(live.records.size(), 1u);
    EXPECT_EQ(live.records.front().value, "192.0.2.10");

    // As it is now: the zone file's records, the authorisation not there yet.
    EXPECT_EQ(txt(ws->current(), "ws.example"),
              (std::vector<std::string>{"site-verification=abc", "v=spf1 ip4:198.51.100.1 -all"}));
    EXPECT_EQ(txt(ws->current(), "_dmarc.ws.example"), (std::vector<std::string>{"v=DMARC1; p=none"}));
    EXPECT_EQ(ws->current()->query("ws.example._report._dmarc.reports.fixture.test", RecordType::TXT).status,
              Status::NxDomain);
    EXPECT_EQ(ws->current()->query("fixture.test", RecordType::A).records.size(), 1u);

    // For lint: the file without the records the plan replaces (its lines kept), then the plan's zone.
    const auto& zones = ws->lintZones();
    ASSERT_EQ(zones.size(), 2u);
    EXPECT_EQ(zones.front().path, m_dir.file("ws.example.zone"));
    for (std::size_t i = 0; i < zones.front().data.records().size(); ++i) {
        const auto& record = zones.front().data.records()[i];
        EXPECT_NE(record.value, "v=spf1 ip4:198.51.100.1 -all");
        EXPECT_NE(record.value, "v=DMARC1; p=none");
        EXPECT_GT(zones.front().data.lineOf(i), 0);
    }
    ASSERT_NE(ws->planZone(), nullptr);
    EXPECT_EQ(ws->planZone(), &zones.back());
    EXPECT_EQ(ws->planZone()->path, "ws.dmarcplan.json");
    for (const auto& finding : ws->planFindings()) {
        EXPECT_EQ(finding.code.rfind("PLAN-", 0), 0u);
        EXPECT_EQ(finding.location.file, "ws.dmarcplan.json");
    }
}

TEST_F(WorkspaceTest, OfflineNamesOutsideTheZonesAreOffline) {
    auto ws = Workspace::open(offline(), planInput());
    ASSERT_TRUE(ws) << ws.error().describe();
    EXPECT_EQ(ws->live(), nullptr);
    EXPECT_EQ(txt(ws->published(), "ws.example"),
              (std::vector<std::string>{"site-verification=abc", "v=spf1 mx ip4:192.0.2.0/28 -all"}));
    auto outside = ws->published()->query("fixture.test", RecordType::A);
    EXPECT_EQ(outside.status, Status::NxDomain); // names outside the zones do not exist
    EXPECT_EQ(outside.source, "offline");
    EXPECT_EQ(ws->current()->query("fixture.test", RecordType::A).source, "offline");
}

TEST_F(WorkspaceTest, OfflineWithoutZonesAnswersNothing) {
    dns::ResolverOptions options;
    options.offline = true;
    auto ws = Workspace::open(options);
    ASSERT_TRUE(ws) << ws.error().describe();
    EXPECT_EQ(ws->domain(), "");
    EXPECT_EQ(ws->current()->query("ws.example", RecordType::TXT).source, "offline");
    EXPECT_EQ(ws->published(), ws->current());
}

TEST_F(WorkspaceTest, WithoutAPlanPublishedIsCurrent) {
    auto ws = Workspace::open(offline());
    ASSERT_TRUE(ws) << ws.error().describe();
    EXPECT_FALSE(ws->hasPlan());
    EXPECT_EQ(ws->generated(), nullptr);
    EXPECT_EQ(ws->planZone(), nullptr);
    EXPECT_TRUE(ws->planFindings().empty());
    EXPECT_EQ(ws->domain(), "ws.example"); // the first zone file's origin
    EXPECT_EQ(ws->published(), ws->current());
    ASSERT_EQ(ws->lintZones().size(), 1u);
    EXPECT_EQ(ws->lintZones().front().data.records().size(), 5u); // MX, A, 2 TXT, _dmarc (not the SOA)
    EXPECT_EQ(txt(ws->current(), "_dmarc.ws.example"), (std::vector<std::string>{"v=DMARC1; p=none"}));
}

TEST_F(WorkspaceTest, OverAGivenResolverThePlanIsLaidOverIt) {
    auto current = Workspace::open(offline());
    ASSERT_TRUE(current);
    auto ws = Workspace::over(current->current(), planInput());
    ASSERT_TRUE(ws) << ws.error().describe();
    EXPECT_EQ(ws->current(), current->current());
    EXPECT_EQ(txt(ws->published(), "_dmarc.ws.example").front().rfind("v=DMARC1; p=reject", 0), 0u);
    // The plan's zone is authoritative for the domain: the given resolver's MX host is not seen...
    EXPECT_EQ(ws->published()->query("ws.example", RecordType::MX).status, Status::NoData);
    // ...unless the plan keeps the MX hosts it sends from.
    PlanInput keeping = planInput();
    keeping.keepCurrentMx = true;
    auto kept = Workspace::over(current->current(), std::move(keeping));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->published()->query("ws.example", RecordType::MX).records.size(), 1u);
    EXPECT_EQ(kept->published()->query("mail.ws.example", RecordType::A).records.size(), 1u);
}

TEST_F(WorkspaceTest, BadInputIsAnErrorNamingIt) {
    test::writeFile(m_dir.file("bad.zone"), "$ORIGIN bad.test.\n$TTL 60\n@ IN MX not-a-number\n");
    dns::ResolverOptions options = offline();
    options.zoneFiles.push_back(m_dir.file("bad.zone"));
    auto bad = Workspace::open(options);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().source, m_dir.file("bad.zone"));
    EXPECT_EQ(bad.error().line, 3);

    dns::ResolverOptions server;
    server.nameservers = {"not a server:x"};
    auto noServer = Workspace::open(server);
    ASSERT_FALSE(noServer);
    EXPECT_NE(noServer.error().describe().find("not a server"), std::string::npos) << noServer.error().describe();

    PlanInput broken = planInput();
    broken.plan.dmarc.rua = {"mailto:nobody"};
    auto unusable = Workspace::open(offline(), std::move(broken));
    ASSERT_FALSE(unusable);
    EXPECT_NE(unusable.error().describe().find("nobody"), std::string::npos) << unusable.error().describe();
}

// The GUI's workers share one workspace: concurrent questions through copies get the same answers
// and share one cache.
TEST_F(WorkspaceTest, CopiesShareResolversAcrossThreads) {
    auto opened = Workspace::open(offline(), planInput());
    ASSERT_TRUE(opened);
    const Workspace shared = *opened;
    std::vector<std::thread> threads;
    std::vector<std::vector<std::string>> answers(8);
    for (std::size_t i = 0; i < answers.size(); ++i)
        threads.emplace_back([copy = shared, &answers, i] {
            for (int round = 0; round < 50; ++round)
                answers[i] = txt(copy.published(), "ws.example");
        });
    for (auto& thread : threads)
        thread.join();
    for (const auto& answer : answers)
        EXPECT_EQ(answer, answers.front());
    EXPECT_EQ(answers.front().size(), 2u);
    EXPECT_EQ(shared.published(), opened->published());
}

} // namespace
} // namespace dmarcplan::workspace
