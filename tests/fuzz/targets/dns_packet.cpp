// Raw DNS replies as a hostile server sends them (issue 14), through the live client's reply check
// (ID, QR, opcode, question: RFC 5452 §9.1) and the reading that turns a reply into an Answer (records,
// CNAME chain, NXDOMAIN/NODATA, negative TTL). The first input byte picks the question's type and
// whether the query's ID is the reply's own (so the fuzzer gets past the ID check half the time); the
// rest is the reply.
#include "tests/fuzz/FuzzTarget.h"

#include "core/dns/LiveResolver.h"

#include <array>
#include <cstdint>

using namespace dmarcplan;

namespace {

constexpr std::array<dns::RecordType, 6> kTypes = {dns::RecordType::A,    dns::RecordType::TXT,   dns::RecordType::MX,
                                                   dns::RecordType::AAAA, dns::RecordType::CNAME, dns::RecordType::PTR};

} // namespace

DMARCPLAN_FUZZ_TARGET(dns_packet) {
    if (input.empty())
        return;
    const auto control = static_cast<std::uint8_t>(input[0]);
    const std::string_view bytes = input.substr(1);
    const std::span<const std::uint8_t> reply(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    const auto type = kTypes[control % kTypes.size()];
    auto query = dns::makeQuery("www.example.test", type);
    FUZZ_CHECK(query.ok());
    if ((control & 0x80) && reply.size() >= 2)
        query->id = static_cast<std::uint16_t>(reply[0] << 8 | reply[1]);

    auto reading = dns::readReply(reply, *query, "live:fuzz");
    const bool idMatches = reply.size() >= 2 && (reply[0] << 8 | reply[1]) == query->id;
    if (reply.size() >= 12 && !idMatches)
        FUZZ_CHECK(reading.verdict == dns::ReplyVerdict::WrongId);
    if (reading.verdict != dns::ReplyVerdict::Accepted) {
        FUZZ_CHECK(reading.answer.records.empty());
        return;
    }
    // Taken: it must have been a response (QR=1) to this very ID.
    FUZZ_CHECK(idMatches && reply.size() >= 12 && (reply[2] & 0x80));
    FUZZ_CHECK(reading.truncated == ((reply[2] & 0x02) != 0));
    if (reading.truncated)
        return;
    const auto& answer = reading.answer;
    FUZZ_CHECK(answer.name == "www.example.test");
    FUZZ_CHECK(answer.source == "live:fuzz");
    switch (answer.status) {
    case dns::Status::Records:
        FUZZ_CHECK(!answer.records.empty());
        for (const auto& record : answer.records)
            FUZZ_CHECK(record.type == type || (answer.type == dns::RecordType::CNAME && record.type == answer.type));
        break;
    case dns::Status::TempError:
        FUZZ_CHECK(!answer.error.empty());
        break;
    case dns::Status::NxDomain:
    case dns::Status::NoData:
        FUZZ_CHECK(answer.records.empty());
        break;
    }
    (void)answer.values();
    (void)answer.minTtl();
}
