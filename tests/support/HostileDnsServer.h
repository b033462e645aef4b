#pragma once
// tests/dns/hostile-dns.py run for one test: a name server on 127.0.0.1 at a free port that answers in
// one hostile way (see the script for the modes). Stopped by its process id when the object goes.

#include <cstdint>
#include <string>
#include <sys/types.h>

namespace dmarcplan::test {

class HostileDnsServer {
public:
    // Fails the current test when the server does not come up.
    explicit HostileDnsServer(const std::string& mode, double delaySeconds = -1);
    ~HostileDnsServer();
    HostileDnsServer(const HostileDnsServer&) = delete;
    HostileDnsServer& operator=(const HostileDnsServer&) = delete;
    std::uint16_t port() const { return m_port; }
    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); } // for --nameserver

private:
    pid_t m_pid = -1;
    std::uint16_t m_port = 0;
};

} // namespace dmarcplan::test
