#pragma once
// Helpers shared by the test programs: data paths, the local DNS server, running the CLI.

#include "core/dns/ZoneData.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::test {

std::string dataPath(const std::string& relative);   // under tests/data
std::string sourcePath(const std::string& relative); // under the source tree
std::string binaryPath(const std::string& relative); // under the build tree

// Port of the nsd started by the dns_server CTest fixture; nullopt when it is not running
// (tests that need it fail with a clear message instead of skipping).
std::optional<std::uint16_t> localDnsPort();
std::string localDnsServer(); // "127.0.0.1:PORT"; fails the current test if the server is not up

// A UDP socket on 127.0.0.1 that never answers: a name server that times out on every question.
class SilentDnsServer {
public:
    SilentDnsServer();
    ~SilentDnsServer();
    SilentDnsServer(const SilentDnsServer&) = delete;
    SilentDnsServer& operator=(const SilentDnsServer&) = delete;
    std::uint16_t port() const { return m_port; }
    std::string address() const { return "127.0.0.1:" + std::to_string(m_port); } // for --nameserver

private:
    int m_fd = -1;
    std::uint16_t m_port = 0;
};

// Every fixture zone file under tests/data/zones loaded into one ZoneData.
dns::ZoneData fixtureZones();

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs the real dmarcplan binary with arguments (no shell), optional standard input.
CommandResult runCli(const std::vector<std::string>& args, const std::string& input = {});

// A fresh empty temporary directory removed by the destructor.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

void writeFile(const std::string& path, const std::string& content);
std::string readFile(const std::string& path);

} // namespace dmarcplan::test
