#include "tests/support/TestSupport.h"

#include <arpa/inet.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <netinet/in.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dmarcplan::test {

namespace {
// Paths are compiled in by tests/CMakeLists.txt; the environment may override them (installed runs).
std::string env(const char* name) {
    if (const char* value = std::getenv(name))
        return value;
    static const std::map<std::string, std::string> compiled = {
        {"DMARCPLAN_TEST_DATA", DMARCPLAN_TEST_DATA},
        {"DMARCPLAN_TEST_DNS_STATE", DMARCPLAN_TEST_DNS_STATE},
        {"DMARCPLAN_CLI", DMARCPLAN_CLI},
        {"DMARCPLAN_SOURCE_DIR", DMARCPLAN_SOURCE_DIR},
        {"DMARCPLAN_BINARY_DIR", DMARCPLAN_BINARY_DIR},
    };
    return compiled.at(name);
}

std::string drain(int fd) {
    std::string out;
    char buffer[4096];
    ssize_t n;
    while ((n = read(fd, buffer, sizeof buffer)) > 0)
        out.append(buffer, static_cast<std::size_t>(n));
    return out;
}
} // namespace

SilentDnsServer::SilentDnsServer() {
    m_fd = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    if (m_fd < 0 || bind(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        getsockname(m_fd, reinterpret_cast<sockaddr*>(&addr), &length) != 0)
        ADD_FAILURE() << "cannot bind a UDP socket on 127.0.0.1";
    m_port = ntohs(addr.sin_port);
}

SilentDnsServer::~SilentDnsServer() {
    if (m_fd >= 0)
        close(m_fd);
}

std::string dataPath(const std::string& relative) {
    return env("DMARCPLAN_TEST_DATA") + "/" + relative;
}
std::string sourcePath(const std::string& relative) {
    return env("DMARCPLAN_SOURCE_DIR") + "/" + relative;
}
std::string binaryPath(const std::string& relative) {
    return env("DMARCPLAN_BINARY_DIR") + "/" + relative;
}

std::optional<std::uint16_t> localDnsPort() {
    std::ifstream in(env("DMARCPLAN_TEST_DNS_STATE") + "/port");
    int port = 0;
    if (!(in >> port) || port <= 0)
        return std::nullopt;
    return static_cast<std::uint16_t>(port);
}

std::string localDnsServer() {
    auto port = localDnsPort();
    if (!port) {
        ADD_FAILURE() << "the local DNS server is not running (ctest fixture dns_server)";
        return "127.0.0.1:1";
    }
    return "127.0.0.1:" + std::to_string(*port);
}

dns::ZoneData fixtureZones() {
    dns::ZoneData all;
    for (const auto& entry : std::filesystem::directory_iterator(dataPath("zones"))) {
        if (entry.path().extension() != ".zone")
            continue;
        auto zone = dns::ZoneData::fromFile(entry.path().string());
        if (!zone) {
            ADD_FAILURE() << zone.error().describe();
            continue;
        }
        all.merge(*zone);
    }
    return all;
}

CommandResult runCli(const std::vector<std::string>& args, const std::string& input) {
    CommandResult result;
    std::string binary = env("DMARCPLAN_CLI");
    int inPipe[2], outPipe[2], errPipe[2];
    if (pipe(inPipe) || pipe(outPipe) || pipe(errPipe))
        return result;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(inPipe[0], 0);
        dup2(outPipe[1], 1);
        dup2(errPipe[1], 2);
        close(inPipe[1]);
        close(outPipe[0]);
        close(errPipe[0]);
        std::vector<char*> argv;
        argv.push_back(binary.data());
        for (const auto& a : args)
            argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        execv(binary.c_str(), argv.data());
        _exit(127);
    }
    close(inPipe[0]);
    close(outPipe[1]);
    close(errPipe[1]);
    // Write stdin then read both outputs; outputs are small enough for the pipe buffers of stderr.
    std::size_t written = 0;
    while (written < input.size()) {
        ssize_t n = write(inPipe[1], input.data() + written, input.size() - written);
        if (n <= 0)
            break;
        written += static_cast<std::size_t>(n);
    }
    close(inPipe[1]);
    result.out = drain(outPipe[0]);
    result.err = drain(errPipe[0]);
    close(outPipe[0]);
    close(errPipe[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

TempDir::TempDir() {
    std::string templ = (std::filesystem::temp_directory_path() / "dmarcplan-test-XXXXXX").string();
    char* made = mkdtemp(templ.data());
    m_path = made ? made : templ;
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

void writeFile(const std::string& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace dmarcplan::test
