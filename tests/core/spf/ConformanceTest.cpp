// Runs every case of the RFC 7208 test suite (tests/data/spf/rfc7208-tests.yml, format in the README
// beside it) against its simulated DNS, and requires the expected result (or a listed alternative)
// and the explanation where a case gives one. No case is skipped.

#include "core/common/DomainName.h"
#include "core/dns/ResolverFactory.h"
#include "core/spf/Evaluator.h"
#include "tests/support/TestSupport.h"

#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <yaml-cpp/yaml.h>

namespace {

using namespace dmarcplan;

// The suite's TIMEOUT item after records of some types: those types answer, every other type times
// out (README rule 4). Names whose TIMEOUT covers every type RFC 7208 asks go to ZoneData::addTimeout.
class PartialTimeoutResolver : public dns::Resolver {
public:
    PartialTimeoutResolver(dns::ResolverPtr inner, std::map<std::string, std::set<dns::RecordType>> answered)
        : m_inner(std::move(inner)), m_answered(std::move(answered)) {}

    dns::Answer query(std::string_view name, dns::RecordType type) override {
        auto it = m_answered.find(normalizeDomain(name));
        if (it != m_answered.end() && !it->second.count(type)) {
            dns::Answer answer;
            answer.name = normalizeDomain(name);
            answer.type = type;
            answer.status = dns::Status::TempError;
            answer.error = "timeout";
            return answer;
        }
        return m_inner->query(name, type);
    }
    std::size_t queriesSent() const override { return m_inner->queriesSent(); }

private:
    dns::ResolverPtr m_inner;
    std::map<std::string, std::set<dns::RecordType>> m_answered;
};

std::vector<std::string> stringsOf(const YAML::Node& value) {
    std::vector<std::string> strings;
    if (value.IsSequence())
        for (const auto& item : value)
            strings.push_back(item.as<std::string>());
    else
        strings.push_back(value.as<std::string>());
    return strings;
}

struct Scenario {
    std::shared_ptr<dns::Resolver> resolver;
};

Scenario buildScenario(const YAML::Node& zonedata) {
    dns::ZoneData zone;
    std::map<std::string, std::set<dns::RecordType>> partialTimeouts;
    for (const auto& entry : zonedata) {
        const std::string name = normalizeDomain(entry.first.as<std::string>());
        const YAML::Node& items = entry.second;
        bool explicitTxt = false;
        for (const auto& item : items)
            if (item.IsMap() && item.begin()->first.as<std::string>() == "TXT")
                explicitTxt = true;
        std::set<dns::RecordType> typesBefore;
        bool timeout = false;
        for (const auto& item : items) {
            if (item.IsScalar() && item.as<std::string>() == "TIMEOUT") {
                timeout = true;
                break;
            }
            const std::string type = item.begin()->first.as<std::string>();
            // A copy: the iterator begin() returns is a temporary, and ->second lives inside it.
            const YAML::Node value = item.begin()->second;
            if (type == "SPF") {
                auto strings = stringsOf(value);
                zone.addRecord(dns::Record::makeTxt(name, strings, 300, dns::RecordType::SPF));
                typesBefore.insert(dns::RecordType::SPF);
                if (!explicitTxt) { // rule 1: SPF entries answer TXT unless the name has TXT entries
                    zone.addRecord(dns::Record::makeTxt(name, strings, 300));
                    typesBefore.insert(dns::RecordType::TXT);
                }
            } else if (type == "TXT") {
                if (value.IsScalar() && value.as<std::string>() == "NONE")
                    continue; // rule 2: no TXT record, and no SPF-to-TXT copy
                zone.addRecord(dns::Record::makeTxt(name, stringsOf(value), 300));
                typesBefore.insert(dns::RecordType::TXT);
            } else if (type == "MX") {
                dns::Record record;
                record.name = name;
                record.type = dns::RecordType::MX;
                record.ttl = 300;
                record.preference = value[0].as<std::uint16_t>();
                record.value = normalizeDomain(value[1].as<std::string>());
                zone.addRecord(record);
                typesBefore.insert(dns::RecordType::MX);
            } else {
                auto recordType = dns::recordTypeFromString(type);
                if (!recordType) {
                    ADD_FAILURE() << "unknown record type " << type << " at " << name;
                    continue;
                }
                dns::Record record;
                record.name = name;
                record.type = *recordType;
                record.ttl = 300;
                record.value = value.as<std::string>();
                if (*recordType == dns::RecordType::CNAME || *recordType == dns::RecordType::PTR)
                    record.value = normalizeDomain(record.value);
                zone.addRecord(record);
                typesBefore.insert(*recordType);
            }
        }
        if (!timeout)
            continue;
        typesBefore.erase(dns::RecordType::SPF); // RFC 7208 never asks for type 99
        if (typesBefore.empty())
            zone.addTimeout(name);
        else
            partialTimeouts[name] = typesBefore;
    }
    Scenario scenario;
    scenario.resolver = std::make_shared<PartialTimeoutResolver>(dns::makeResolver(std::move(zone)), partialTimeouts);
    return scenario;
}

TEST(SpfConformance, Rfc7208SuitePassesEveryCase) {
    const auto documents = YAML::LoadAllFromFile(test::dataPath("spf/rfc7208-tests.yml"));
    int total = 0;
    int passed = 0;
    for (const auto& document : documents) {
        const auto scenario = buildScenario(document["zonedata"]);
        for (const auto& entry : document["tests"]) {
            const std::string name = entry.first.as<std::string>();
            const YAML::Node& test = entry.second;
            ++total;
            spf::CheckRequest request;
            request.ip = test["host"].as<std::string>();
            request.sender = test["mailfrom"].as<std::string>();
            request.helo = test["helo"].as<std::string>();
            request.defaultExplanation = "DEFAULT";
            auto outcome = spf::checkHost(*scenario.resolver, request);
            std::vector<std::string> expected = stringsOf(test["result"]);
            bool resultOk = false;
            for (const auto& e : expected)
                resultOk = resultOk || spf::parseResult(e) == outcome.result;
            bool explanationOk = !test["explanation"] || outcome.explanation == test["explanation"].as<std::string>();
            if (resultOk && explanationOk) {
                ++passed;
                continue;
            }
            std::string trace;
            for (const auto& step : outcome.trace)
                trace += "\n    " + spf::toJson(step).dump();
            ADD_FAILURE() << document["description"].as<std::string>() << " / " << name << ": got "
                          << spf::toString(outcome.result) << " \"" << outcome.explanation << "\", expected "
                          << YAML::Dump(test["result"]) << " \""
                          << (test["explanation"] ? test["explanation"].as<std::string>() : "") << "\"" << trace;
        }
    }
    std::cout << passed << "/" << total << " cases passed\n";
    EXPECT_EQ(total, 203);
    EXPECT_EQ(passed, total);
}

} // namespace
