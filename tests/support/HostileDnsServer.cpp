#include "tests/support/HostileDnsServer.h"

#include "tests/support/TestSupport.h"

#include <csignal>
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace dmarcplan::test {

HostileDnsServer::HostileDnsServer(const std::string& mode, double delaySeconds) {
    const std::string script = sourcePath("tests/dns/hostile-dns.py");
    std::vector<std::string> args = {"/usr/bin/python3", script, "--mode", mode, "--lifetime", "300"};
    if (delaySeconds >= 0)
        args.insert(args.end(), {"--delay", std::to_string(delaySeconds)});
    // Built before fork(): the child of a threaded program may only call async-signal-safe functions.
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    int out[2];
    if (pipe(out) != 0) {
        ADD_FAILURE() << "pipe() failed";
        return;
    }
    m_pid = fork();
    if (m_pid == 0) {
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execv(argv[0], argv.data());
        _exit(127);
    }
    close(out[1]);
    // The script prints its port once both sockets listen.
    std::string line;
    pollfd entry{out[0], POLLIN, 0};
    while (line.find('\n') == std::string::npos && poll(&entry, 1, 10000) > 0) {
        char buffer[64];
        ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        line.append(buffer, static_cast<std::size_t>(n));
    }
    close(out[0]);
    int port = std::atoi(line.c_str());
    if (m_pid < 0 || port <= 0 || port > 65535) {
        ADD_FAILURE() << "hostile-dns.py --mode " << mode << " did not start (printed \"" << line << "\")";
        return;
    }
    m_port = static_cast<std::uint16_t>(port);
}

HostileDnsServer::~HostileDnsServer() {
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        waitpid(m_pid, nullptr, 0);
    }
}

} // namespace dmarcplan::test
