#pragma once
// The live client's socket I/O: one query to one server over UDP, and over TCP when the UDP answer is
// truncated, every wait bounded by a monotonic deadline (poll() with the time left), so a server that
// answers slowly, a byte at a time, or never cannot stretch a question past its budget.

#include <chrono>
#include <cstdint>
#include <functional>
#include <span>
#include <string>

namespace dmarcplan::dns {

struct NameServer;

// A point on the monotonic clock by which something must be done.
class Deadline {
public:
    using Clock = std::chrono::steady_clock;
    explicit Deadline(Clock::time_point at) : m_at(at) {}
    static Deadline after(std::chrono::milliseconds budget) { return Deadline(Clock::now() + budget); }

    Clock::time_point at() const { return m_at; }
    bool expired() const { return Clock::now() >= m_at; }
    std::chrono::milliseconds remaining() const;
    Deadline earliest(const Deadline& other) const { return m_at <= other.m_at ? *this : other; }

private:
    Clock::time_point m_at;
};

// What the caller makes of one reply that came from the server's address and port.
enum class Take {
    Drop,         // not the answer (wrong ID, question, QR...): keep waiting
    Keep,         // the answer: done
    RetryOverTcp, // the answer, truncated (TC=1): ask again over TCP
};
using ReplyHandler = std::function<Take(std::span<const std::uint8_t> reply, bool overTcp)>;

struct ExchangeResult {
    bool answered = false; // the handler kept a reply
    bool timedOut = false; // the deadline ran out (otherwise `error` is a network error)
    bool overTcp = false;  // TCP was used (the UDP answer was truncated)
    int dropped = 0;       // replies not taken: from another address or port, or refused by the handler
    std::string error;     // when not answered: what happened, in plain words
};

// Sends `query` over UDP from a fresh socket, so the kernel picks a new random source port (RFC 5452
// §9.1), and takes replies only from the server's address and port, until one is kept or `udpDeadline`
// passes. A truncated answer is asked again over TCP (RFC 7766 §5), and that connect, the write and
// every read share `deadline`: a server that dribbles its answer cannot extend it.
ExchangeResult exchange(const NameServer& server, std::span<const std::uint8_t> query, const Deadline& udpDeadline,
                        const Deadline& deadline, const ReplyHandler& handle);

} // namespace dmarcplan::dns
